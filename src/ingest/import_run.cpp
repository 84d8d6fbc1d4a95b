#include "ingest/import_run.h"

#include <chrono>
#include <optional>

#include "ingest/checking_thread.h"
#include "ingest/import_log.h"
#include "ingest/rejects_file.h"
#include "ingest/row_shape.h"
#include "store/schema.h"

namespace hc::ingest {
namespace {

// Turns the database's own foreign key checks off for the life of the
// object, restoring them after: the importer has already checked every
// reference (with a message naming the column and value, which a constraint
// error cannot give), and the database checking each again cost a quarter
// of a visits import. Nothing else writes through this connection while it
// is off, and no import deletes a row another could reference.
class DatabaseReferenceChecksOff {
 public:
  DatabaseReferenceChecksOff(store::Database& db, bool off) : db_(db) {
    if (!off) return;
    const bool sqlite = db.dialect() == store::Dialect::kSqlite;
    auto st = db.prepare(sqlite ? "PRAGMA foreign_keys" : "SELECT @@foreign_key_checks");
    was_on_ = st->step() && st->getInt(0) != 0;
    while (st->step()) {
    }
    if (was_on_) db.executeScript(sqlite ? "PRAGMA foreign_keys = OFF" : "SET foreign_key_checks = 0");
  }
  ~DatabaseReferenceChecksOff() {
    if (!was_on_) return;
    try {
      db_.executeScript(db_.dialect() == store::Dialect::kSqlite ? "PRAGMA foreign_keys = ON"
                                                                 : "SET foreign_key_checks = 1");
    } catch (const store::DatabaseError&) {
      // The connection is gone; a new one starts with the checks on.
    }
  }

 private:
  store::Database& db_;
  bool was_on_ = false;
};

class ImportRun {
 public:
  ImportRun(store::Database& db, RowSource& source, RowImport& rows, const ImportRules& rules)
      : db_(db), source_(source), rows_(rows), rules_(rules), diagnostics_(rules.options.max_messages) {
    report_.path = rules.path;
    report_.kind = rules.kind;
  }

  FileReport run() {
    if (!source_.next(record_)) {
      fail(source_.errorLine(),
           source_.error().empty() ? "the file is empty: there is no header row" : source_.error());
      return finish(FileOutcome::kRejected);
    }
    if (!readHeader()) return finish(FileOutcome::kRejected);
    line_ = record_.line;
    const std::string rejects_path = rejectsPathFor(rules_.options.rejects_path, rules_.path,
                                                    rules_.options.skip_invalid, rules_.files_in_import);
    if (!rejects_path.empty()) rejects_.emplace(rejects_path, std::string(record_.raw), source_.hadByteOrderMark());
    try {
      // Before the transaction: SQLite ignores the setting inside one.
      const DatabaseReferenceChecksOff checked_already(db_, rules_.references_checked);
      rows_.beginChecks(db_);
      store::Transaction transaction(db_);
      const int64_t import_id =
          beginImport(db_, rules_.path, rules_.kind, rules_.options.extracted, rules_.options.actor);
      rows_.begin(db_, import_id);
      if (!readRows()) return finish(FileOutcome::kRejected);
      if (report_.rejected > 0 && !rules_.options.skip_invalid) return finish(FileOutcome::kRejected);
      finishImport(db_, import_id, {report_.rows_read, report_.inserted, report_.replaced, report_.rejected},
                   report_.rejected ? "stored_with_rejects" : "stored");
      if (!rules_.options.check_only) transaction.commit();  // else rolled back: nothing stored
      return finish(report_.rejected ? FileOutcome::kStoredWithRejects : FileOutcome::kStored);
    } catch (const store::DatabaseError& e) {
      fail(line_, std::string("database error: ") + e.what());
      return finish(FileOutcome::kRejected);
    }
  }

 private:
  bool readHeader() {
    // The RowImport reports into a list of its own so that the source can
    // place each finding before it is kept.
    DiagnosticList found(rules_.options.max_messages);
    const bool usable = rows_.readHeader(record_, source_.name(), found);
    for (Diagnostic d : found.kept()) add(std::move(d));
    shape_.emplace(record_);
    return usable;
  }

  // Reads, checks and stores every data row; false when the file cannot be
  // taken at all (unreadable past some point, rejects not writable).
  bool readRows() {
    CheckingThread checking(source_, *shape_, rows_);
    while (RowBatch* batch = checking.next()) {
      for (size_t i = 0; i < batch->size(); ++i) {
        CheckedRow& row = (*batch)[i];
        line_ = row.record.line;
        ++report_.rows_read;
        const bool stored = row.checked && rows_.store(row, report_);
        for (const Diagnostic& d : row.findings) add(d);
        if (!stored && !reject(row)) return false;
        if (rules_.options.on_progress && report_.rows_read % rules_.options.progress_rows == 0)
          rules_.options.on_progress(report_);
      }
    }
    rows_.end(report_);
    if (!source_.error().empty()) {
      fail(source_.errorLine(), source_.error());
      return false;
    }
    if (rejects_ && !rejects_->close()) {
      fail(0, rejects_->error());
      return false;
    }
    return true;
  }

  // Counts `row` as rejected and writes it to the rejects file.
  bool reject(const CheckedRow& row) {
    ++report_.rejected;
    if (!rejects_) return true;
    reason_.clear();
    for (const Diagnostic& d : row.findings) {
      if (!d.is_error) continue;
      if (!reason_.empty()) reason_ += "; ";
      if (!d.column.empty()) reason_ += d.column + ": ";
      reason_ += d.reason;
    }
    if (rejects_->add(row.record.raw, reason_)) return true;
    fail(0, rejects_->error());
    return false;
  }

  void add(Diagnostic d) {
    source_.locate(d);
    diagnostics_.add(std::move(d));
  }

  void fail(int64_t line, const std::string& why) {
    add(Diagnostic{source_.name(), line, "", why + "; the file is not imported"});
  }

  FileReport finish(FileOutcome outcome) {
    report_.outcome = outcome;
    if (outcome == FileOutcome::kRejected) report_.inserted = report_.replaced = 0;  // rolled back
    report_.warnings = diagnostics_.warnings();
    report_.messages = diagnostics_.kept();
    report_.messages_not_shown = diagnostics_.notKept();
    if (rejects_ && rejects_->rows() > 0) report_.rejects_path = rejects_->path();
    report_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    return report_;
  }

  store::Database& db_;
  RowSource& source_;
  RowImport& rows_;
  const ImportRules& rules_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  DiagnosticList diagnostics_;
  CsvRecord record_;  // the header
  int64_t line_ = 0;  // of the row being stored, for a database error
  std::optional<RowShape> shape_;
  std::optional<RejectsFile> rejects_;
  std::string reason_;
  FileReport report_;
};

}  // namespace

FileReport runImport(store::Database& db, RowSource& source, RowImport& rows, const ImportRules& rules) {
  return ImportRun(db, source, rows, rules).run();
}

FileReport importCsvFile(store::Database& db, RowImport& rows, const ImportRules& rules) {
  store::migrate(db);
  CsvRowSource source(rules.path);
  return runImport(db, source, rows, rules);
}

}  // namespace hc::ingest

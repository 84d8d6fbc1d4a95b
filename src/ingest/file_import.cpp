#include "ingest/file_import.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>

#include "ingest/csv_reader.h"
#include "ingest/header.h"
#include "ingest/import_log.h"
#include "ingest/rejects_file.h"
#include "ingest/row_validator.h"
#include "ingest/row_writer.h"

namespace hc::ingest {
namespace {

// "'V1'" for a key; "'T1', '2024-04-01'" for a key of two columns, with
// the matching column text "team_id, effective_from".
void describeKey(const FileKind& kind, const std::vector<Value>& values, std::string& columns, std::string& key) {
  for (size_t k = 0; k < kind.key_columns; ++k) {
    columns += (k ? ", " : "") + std::string(kind.columns[k].name);
    key += (k ? ", " : "") + quoted(values[k].text());
  }
}

// Turns the database's own foreign key checks off for the life of the
// object, restoring them after: the importer has already checked every
// reference (with a message naming the column and value, which a constraint
// error cannot give), and the database checking each again cost a quarter
// of a visits import. Nothing else writes through this connection while it
// is off, and no import deletes a row another could reference.
class DatabaseReferenceChecksOff {
 public:
  explicit DatabaseReferenceChecksOff(store::Database& db) : db_(db) {
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

class FileImport {
 public:
  FileImport(store::Database& db, RowSource& reader, const std::string& path, const std::string& label,
             const std::string& rejects_stem_path, const FileKind& kind, const ImportOptions& options,
             size_t files_in_import)
      : db_(db), kind_(kind), options_(options), files_in_import_(files_in_import), file_(label),
        rejects_stem_path_(rejects_stem_path), diagnostics_(options.max_messages), reader_(reader) {
    report_.path = path;
    report_.kind = std::string(kind.name);
  }

  FileReport run() {
    if (!reader_.next(record_)) {
      fail(reader_.errorLine(), reader_.error().empty() ? "the file is empty: there is no header row"
                                                        : reader_.error());
      return finish(FileOutcome::kRejected);
    }
    const Header header(kind_, record_, file_, diagnostics_);
    if (!header.usable()) return finish(FileOutcome::kRejected);
    const std::string rejects_path =
        rejectsPathFor(options_.rejects_path, rejects_stem_path_, options_.skip_invalid, files_in_import_);
    if (!rejects_path.empty()) rejects_.emplace(rejects_path, std::string(record_.raw), reader_.hadByteOrderMark());
    try {
      const DatabaseReferenceChecksOff checked_already(db_);  // before the transaction: SQLite ignores it inside one
      store::Transaction transaction(db_);
      const int64_t import_id = beginImport(db_, report_.path, report_.kind);
      if (!readRows(header, import_id)) return finish(FileOutcome::kRejected);
      if (report_.rejected > 0 && !options_.skip_invalid) return finish(FileOutcome::kRejected);
      finishImport(db_, import_id, {report_.rows_read, report_.inserted, report_.replaced, report_.rejected},
                   report_.rejected ? "stored_with_rejects" : "stored");
      transaction.commit();
      return finish(report_.rejected ? FileOutcome::kStoredWithRejects : FileOutcome::kStored);
    } catch (const store::DatabaseError& e) {
      fail(record_.line, std::string("database error: ") + e.what());
      return finish(FileOutcome::kRejected);
    }
  }

 private:
  // Reads, checks and stores every data row; false when the file cannot be
  // taken at all (unreadable past some point, rejects not writable).
  bool readRows(const Header& header, int64_t import_id) {
    RowValidator validator(db_, kind_, header, file_);
    const std::unique_ptr<RowWriter> writer = RowWriter::create(db_, kind_, import_id);
    while (reader_.next(record_)) {
      ++report_.rows_read;
      bool stored = false;
      if (header.repeatedBy(record_)) {
        findings_.clear();
        findings_.push_back(
            Diagnostic{file_, record_.line, "", "this line repeats the header: the export looks pasted twice"});
      } else if (validator.check(record_, findings_)) {
        stored = store(*writer, validator.values());
      }
      for (Diagnostic& d : findings_) diagnostics_.add(placed(header, d));
      if (!stored && !reject()) return false;
      if (options_.on_progress && report_.rows_read % options_.progress_rows == 0) options_.on_progress(report_);
    }
    writer->finish();
    report_.inserted = writer->inserted();
    report_.replaced = writer->replaced();
    if (!reader_.error().empty()) {
      fail(reader_.errorLine(), reader_.error());
      return false;
    }
    if (rejects_ && !rejects_->close()) {
      fail(0, rejects_->error());
      return false;
    }
    return true;
  }

  // A finding about a sheet's row names its cell ("staff!C12") in place of
  // the file and line.
  Diagnostic& placed(const Header& header, Diagnostic& d) const {
    const int column = d.column.empty() ? -1 : kind_.columnIndex(d.column);
    const std::string cell = reader_.where(d.line, column < 0 ? -1 : header.fieldOf(static_cast<size_t>(column)));
    if (!cell.empty()) {
      d.file = cell;
      d.line = 0;
    }
    return d;
  }

  bool store(RowWriter& writer, const std::vector<Value>& values) {
    int64_t earlier = 0;
    const RowWriter::Outcome outcome = writer.write(values, record_.line, earlier);
    if (outcome == RowWriter::Outcome::kStored) return true;
    std::string columns, key;
    describeKey(kind_, values, columns, key);
    const std::string at = "line " + std::to_string(earlier);
    if (outcome == RowWriter::Outcome::kRepeat) {
      ++report_.repeats;
      findings_.push_back(Diagnostic{file_, record_.line, columns,
                                     key + " repeats " + at + " with the same values; stored once", false});
      return true;
    }
    findings_.push_back(
        Diagnostic{file_, record_.line, columns, key + " appears again with different values (first at " + at + ")"});
    return false;
  }

  // Counts the current row as rejected and writes it to the rejects file.
  bool reject() {
    ++report_.rejected;
    if (!rejects_) return true;
    reason_.clear();
    for (const Diagnostic& d : findings_) {
      if (!d.is_error) continue;
      if (!reason_.empty()) reason_ += "; ";
      if (!d.column.empty()) reason_ += d.column + ": ";
      reason_ += d.reason;
    }
    if (rejects_->add(record_.raw, reason_)) return true;
    fail(0, rejects_->error());
    return false;
  }

  void fail(int64_t line, const std::string& why) {
    diagnostics_.add(Diagnostic{file_, line, "", why + "; the file is not imported"});
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
  const FileKind& kind_;
  const ImportOptions& options_;
  const size_t files_in_import_;
  const std::string file_;
  const std::string rejects_stem_path_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  DiagnosticList diagnostics_;
  RowSource& reader_;
  CsvRecord record_;
  std::optional<RejectsFile> rejects_;
  std::vector<Diagnostic> findings_;
  std::string reason_;
  FileReport report_;
};

}  // namespace

FileReport importFile(store::Database& db, const std::string& path, const FileKind& kind,
                      const ImportOptions& options, size_t files_in_import) {
  CsvReader reader(path);
  return FileImport(db, reader, path, std::filesystem::path(path).filename().string(), path, kind, options,
                    files_in_import)
      .run();
}

FileReport importRows(store::Database& db, RowSource& source, const std::string& path, const std::string& label,
                      const std::string& rejects_stem_path, const FileKind& kind, const ImportOptions& options,
                      size_t files_in_import) {
  return FileImport(db, source, path, label, rejects_stem_path, kind, options, files_in_import).run();
}

}  // namespace hc::ingest

#include "ingest/file_import.h"

#include <memory>

#include "ingest/checked_rows.h"
#include "ingest/row_source.h"
#include "ingest/row_writer.h"
#include "ingest/visit_summaries.h"

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

// The contract's rows go to the kind's table through a RowWriter, which
// tells a row repeated exactly (stored once) from a key given twice with
// different values (rejected).
class ContractRows : public CheckedRows {
 public:
  using CheckedRows::CheckedRows;

  void end(FileReport& report) override {
    writer_->finish();
    if (summaries_) summaries_->write(*db_);
    report.inserted = writer_->inserted();
    report.replaced = writer_->replaced();
  }

 protected:
  void prepare(store::Database& db, int64_t import_id) override {
    db_ = &db;
    // Visits keep their monthly summaries in step, in the same transaction.
    summaries_ = VisitSummaries::forKind(kind());
    writer_ = RowWriter::create(db, kind(), import_id, summaries_.get());
  }

  bool storeValues(const std::vector<Value>& values, int64_t line, std::vector<Diagnostic>& findings,
                   FileReport& report) override {
    int64_t earlier = 0;
    const RowWriter::Outcome outcome = writer_->write(values, line, earlier);
    if (outcome == RowWriter::Outcome::kStored) {
      if (checkedKeys() && kind().key_columns == 1) checkedKeys()->add(kind(), values[0].text());
      return true;
    }
    std::string columns, key;
    describeKey(kind(), values, columns, key);
    const std::string at = "line " + std::to_string(earlier);
    if (outcome == RowWriter::Outcome::kRepeat) {
      ++report.repeats;
      findings.push_back(
          Diagnostic{file(), line, columns, key + " repeats " + at + " with the same values; stored once", false});
      return true;
    }
    findings.push_back(
        Diagnostic{file(), line, columns, key + " appears again with different values (first at " + at + ")"});
    return false;
  }

 private:
  store::Database* db_ = nullptr;
  std::unique_ptr<VisitSummaries> summaries_;
  std::unique_ptr<RowWriter> writer_;
};

}  // namespace

FileReport importFile(store::Database& db, const std::string& path, const FileKind& kind,
                      const ImportOptions& options, size_t files_in_import) {
  CsvRowSource source(path);
  return importRows(db, source, path, kind, options, files_in_import);
}

FileReport importRows(store::Database& db, RowSource& source, const std::string& path, const FileKind& kind,
                      const ImportOptions& options, size_t files_in_import) {
  ContractRows rows(kind, options.extracted, options.checked_keys.get());
  ImportRules rules{path, std::string(kind.name), options, files_in_import, /*references_checked=*/true};
  return runImport(db, source, rows, rules);
}

}  // namespace hc::ingest

#include "ingest/checked_rows.h"

namespace hc::ingest {

bool CheckedRows::readHeader(const CsvRecord& header, const std::string& file, DiagnosticList& diagnostics) {
  file_ = file;
  header_.emplace(kind_, header, file, diagnostics);
  return header_->usable();
}

void CheckedRows::begin(store::Database& db, int64_t import_id) {
  validator_ = std::make_unique<RowValidator>(db, kind_, *header_, file_);
  prepare(db, import_id);
}

bool CheckedRows::take(const CsvRecord& record, std::vector<Diagnostic>& findings, FileReport& report) {
  if (!validator_->check(record, findings)) return false;
  return store(validator_->values(), record.line, findings, report);
}

}  // namespace hc::ingest

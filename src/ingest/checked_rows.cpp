#include "ingest/checked_rows.h"

namespace hc::ingest {

bool CheckedRows::readHeader(const CsvRecord& header, const std::string& file, DiagnosticList& diagnostics) {
  file_ = file;
  header_.emplace(kind_, header, file, diagnostics);
  return header_->usable();
}

void CheckedRows::beginChecks(store::Database& db) {
  validator_.reset();
  lookups_ = db.openAnother();
  validator_ = std::make_unique<RowValidator>(*lookups_, kind_, *header_, file_, extracted_, checked_);
}

void CheckedRows::begin(store::Database& db, int64_t import_id) { prepare(db, import_id); }

bool CheckedRows::check(CheckedRow& row) {
  if (!validator_->check(row.record, row.findings)) return false;
  row.values = validator_->values();
  return true;
}

bool CheckedRows::store(CheckedRow& row, FileReport& report) {
  return storeValues(row.values, row.record.line, row.findings, report);
}

}  // namespace hc::ingest

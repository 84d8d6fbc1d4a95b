#include "ingest/sheet_rows.h"

#include "ingest/text.h"

namespace hc::ingest {

SheetRows::SheetRows(std::unique_ptr<xlsx::SheetReader> sheet) : sheet_(std::move(sheet)) {}

bool SheetRows::next(CsvRecord& record) {
  while (sheet_->next(row_)) {
    texts_.clear();
    bool blank = true;
    for (const xlsx::Cell& cell : row_.cells) {
      // The contract's booleans are lower case; Excel shows TRUE.
      texts_.push_back(cell.kind == xlsx::Cell::Kind::kBool ? (cell.number != 0 ? "true" : "false")
                                                            : std::string(trim(xlsx::displayText(cell))));
      blank = blank && texts_.back().empty();
    }
    if (blank) continue;
    if (width_ == 0) {
      width_ = texts_.size();
      header_ = texts_;
    }
    if (texts_.size() < width_) texts_.resize(width_);
    record = CsvRecord();
    record.line = row_.number;
    raw_.clear();
    for (size_t i = 0; i < texts_.size(); ++i) {
      if (i) raw_ += ',';
      appendCsvField(raw_, texts_[i]);
    }
    for (const std::string& t : texts_) record.fields.emplace_back(t);
    record.raw = raw_;
    return true;
  }
  return false;
}

void SheetRows::locate(Diagnostic& finding) const {
  if (finding.line <= 0) return;
  size_t column = 0;
  for (size_t i = 0; i < header_.size(); ++i)
    if (!finding.column.empty() && equalsIgnoreCase(header_[i], finding.column)) column = i;
  finding.location = xlsx::cellReference(sheet_->sheetName(), column, finding.line);
}

}  // namespace hc::ingest

// SheetRows: a sheet of an Excel workbook as a RowSource, so that
// `healthcheck import book.xlsx` checks and stores a sheet named "staff"
// exactly as it would staff.csv. Each row becomes a record whose fields are
// the cells as text (dates as YYYY-MM-DD, so no day/month confusion),
// numbered by its sheet row; findings name the cell ("staff!C12").
//
// Thread-safety: one thread; must not outlive the Workbook.
#ifndef HC_INGEST_SHEET_ROWS_H_
#define HC_INGEST_SHEET_ROWS_H_

#include <memory>
#include <string>
#include <vector>

#include "ingest/row_source.h"
#include "xlsx/sheet_reader.h"

namespace hc::ingest {

class SheetRows : public RowSource {
 public:
  explicit SheetRows(std::unique_ptr<xlsx::SheetReader> sheet);

  bool next(CsvRecord& record) override;
  const std::string& error() const override { return sheet_->error(); }
  int64_t errorLine() const override { return 0; }
  const std::string& name() const override { return sheet_->sheetName(); }
  // "staff!C12" for a finding about the start_date of row 12, whose
  // header names start_date in column C.
  void locate(Diagnostic& finding) const override;

 private:
  std::unique_ptr<xlsx::SheetReader> sheet_;
  xlsx::Row row_;
  std::vector<std::string> texts_;
  std::string raw_;
  size_t width_ = 0;  // the header's: data rows are padded to it
  std::vector<std::string> header_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_SHEET_ROWS_H_

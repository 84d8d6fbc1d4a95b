// SheetReader: one sheet of a workbook, read as a stream of rows with Poco's
// XML pull parser over the inflating part, so only the current row is in
// memory. Each cell comes out as Excel shows it (cell.h): shared and inline
// strings as text, numbers, booleans, error values ("#N/A"), the cached
// value of a formula, and numbers in a date format as dates (1900 or 1904
// date system).
//
// Thread-safety: one thread; must not outlive the Workbook that opened it.
#ifndef HC_XLSX_SHEET_READER_H_
#define HC_XLSX_SHEET_READER_H_

#include <memory>
#include <string>

#include "xlsx/cell.h"
#include "xlsx/package.h"
#include "xlsx/shared_strings.h"
#include "xlsx/styles.h"

namespace Poco::XML {
class XMLStreamParser;
}

namespace hc::xlsx {

class SheetReader {
 public:
  // The longest text one cell may hold (Excel's own limit is 32767
  // characters); longer is a damaged or hostile file.
  static constexpr size_t kMaxCellBytes = size_t(1) << 20;

  SheetReader(std::string sheet_name, std::unique_ptr<PartStream> part, const SharedStrings& strings,
              const Styles& styles, bool date1904);
  ~SheetReader();
  SheetReader(const SheetReader&) = delete;
  SheetReader& operator=(const SheetReader&) = delete;

  // The next row that holds a cell (rows are in sheet order; empty rows are
  // skipped). False at the end of the sheet or when it cannot be read
  // further; then error() says why.
  bool next(Row& row);

  // Empty while all is well; otherwise e.g. "List 3: the sheet's XML is
  // malformed (line 12, column 40: ...)".
  const std::string& error() const { return error_; }
  const std::string& sheetName() const { return sheet_name_; }

 private:
  bool readCell(Row& row);
  void finishCell(Cell& cell, const std::string& type, int64_t row, size_t column);
  void fail(std::string why);

  std::string sheet_name_;
  std::unique_ptr<PartStream> part_;
  const SharedStrings& strings_;
  const Styles& styles_;
  bool date1904_;
  std::unique_ptr<Poco::XML::XMLStreamParser> parser_;
  int64_t last_row_ = 0;
  bool done_ = false;
  std::string value_, inline_text_;
  std::string error_;
};

}  // namespace hc::xlsx

#endif  // HC_XLSX_SHEET_READER_H_

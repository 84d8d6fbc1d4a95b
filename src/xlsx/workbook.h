// Workbook: an Excel workbook (.xlsx) opened for reading: its sheets by
// name, the date system it uses, and a streaming reader for each sheet.
//
// Opening reads the package's directory, the workbook part (sheet names,
// the 1904 flag), its relationships, the styles (which formats are dates)
// and the shared strings (held compactly: see shared_strings.h). Sheets are
// read row by row (sheet_reader.h), so memory stays bounded however many
// rows they hold. Nothing throws: problems are values in error().
//
// Example:
//   hc::xlsx::Workbook book("annex-a.xlsx");
//   if (!book.error().empty()) return fail(book.error());
//   for (size_t i = 0; i < book.sheetNames().size(); ++i) {
//     auto sheet = book.openSheet(i);
//     hc::xlsx::Row row;
//     while (sheet->next(row)) use(row);
//     if (!sheet->error().empty()) return fail(sheet->error());
//   }
//
// Thread-safety: one thread; a SheetReader must not outlive its Workbook.
#ifndef HC_XLSX_WORKBOOK_H_
#define HC_XLSX_WORKBOOK_H_

#include <memory>
#include <string>
#include <vector>

#include "xlsx/package.h"
#include "xlsx/shared_strings.h"
#include "xlsx/sheet_reader.h"
#include "xlsx/styles.h"

namespace hc::xlsx {

class Workbook {
 public:
  explicit Workbook(const std::string& path, const Limits& limits = {});

  // Empty when the workbook opened; otherwise why not, in words for the
  // person who gave the file ("not an Excel workbook (.xlsx): ...").
  const std::string& error() const { return error_; }

  // The sheets' names, in the workbook's order.
  const std::vector<std::string>& sheetNames() const { return sheet_names_; }
  // True when the workbook counts dates from 1904 (older Mac Excel).
  bool date1904() const { return date1904_; }

  // A reader over sheet `index` (< sheetNames().size()); check its error().
  std::unique_ptr<SheetReader> openSheet(size_t index);

 private:
  bool readWorkbook(const std::string& part);
  bool readRelationships(const std::string& part);

  Package package_;
  std::string error_;
  std::vector<std::string> sheet_names_;
  std::vector<std::string> sheet_rel_ids_;
  std::vector<std::string> sheet_parts_;
  bool date1904_ = false;
  std::string shared_strings_part_, styles_part_;
  SharedStrings shared_strings_;
  Styles styles_;
};

}  // namespace hc::xlsx

#endif  // HC_XLSX_WORKBOOK_H_

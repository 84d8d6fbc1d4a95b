// XlsxBuilder: writes small .xlsx workbooks for tests, part by part, so a
// test can hold exactly the cells real files hold (error values, formulas
// without a cached result, inline strings, the 1904 date system) and
// hostile packages (zip bombs, damaged parts) that no spreadsheet program
// would write.
//
// A cell is given as text with a marker in front:
//   ""             no cell            "#N/A"          an error value
//   "text"         a shared string    "~text"         an inline string
//   "%12.5"        a number           "?1"            a boolean
//   "@2025-04-01"  a date, custom format dd/mm/yyyy (style 1)
//   "@14:2025-04-01" the same in built-in format 14 (style 2)
//   "="            a formula with no cached result
//   "=%3" / "=text" a formula whose cached result is 3 / "text"
//
// Thread-safety: one thread.
#ifndef HC_TESTS_SUPPORT_XLSX_BUILDER_H_
#define HC_TESTS_SUPPORT_XLSX_BUILDER_H_

#include <string>
#include <utility>
#include <vector>

namespace hc::testing {

class XlsxBuilder {
 public:
  using Rows = std::vector<std::vector<std::string>>;

  XlsxBuilder& sheet(const std::string& name, const Rows& rows);
  XlsxBuilder& date1904(bool on = true) {
    date1904_ = on;
    return *this;
  }
  // Writes the workbook to `path`.
  void write(const std::string& path) const;

  // The sheet XML the builder would write for `rows` (for packages built by hand).
  std::string sheetXml(const Rows& rows) const;

 private:
  std::vector<std::pair<std::string, Rows>> sheets_;
  bool date1904_ = false;
  mutable std::vector<std::string> strings_;
};

// Writes a zip package of the given (name, contents) parts to `path`.
void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& parts);

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_XLSX_BUILDER_H_

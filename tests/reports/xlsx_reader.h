// Reading a workbook back for the tests with Debian's python3-openpyxl
// (/usr/bin/python3): an independent reader, so that the tests check what
// Excel-compatible software sees, not what libxlsxwriter meant to write.
#ifndef HC_TESTS_REPORTS_XLSX_READER_H_
#define HC_TESTS_REPORTS_XLSX_READER_H_

#include <map>
#include <string>
#include <vector>

namespace hc::reports::testing {

struct XlsxCell {
  std::string type;           // openpyxl data_type: "n" number, "s" string, "f" formula, "b"...
  std::string text;           // str(value)
  double number = 0;          // when type == "n"
  std::string number_format;  // "#,##0.0"
};

struct XlsxSheet {
  std::map<std::string, XlsxCell> cells;  // "E5" -> cell, non-empty cells only
  std::string freeze_panes;               // "D5", or "" for none
  std::string auto_filter;                // "A4:J11", or ""
  int charts = 0;
  int conditional_rules = 0;
  std::vector<std::string> merged;        // "E3:I3"
  // Print setup.
  std::string orientation;                // "landscape"
  int paper_size = 0;                     // 9: A4
  bool fit_to_page = false;
  int fit_to_width = 1, fit_to_height = 1;  // pages; 0 = as many as needed
  std::string print_title_rows;           // "$3:$4"
  std::string print_title_cols;           // "$A:$C"
  std::string footer;                     // "left|centre|right" codes: "&A||Page &P of &N"
  std::map<int, double> row_heights;      // 1-based row -> points, rows with a set height
};

struct XlsxWorkbook {
  std::string error;  // non-empty when the file could not be read
  std::vector<std::string> sheet_names;
  std::map<std::string, XlsxSheet> sheets;
  std::map<std::string, std::string> properties;  // title, subject, creator, keywords, description, category
  int formula_elements = 0;  // <f> elements in any sheet's XML
  bool xml_well_formed = false;  // every XML part of the package parses
};

// Reads `path`; on failure `error` says why (openpyxl missing included).
XlsxWorkbook readXlsx(const std::string& path);

}  // namespace hc::reports::testing

#endif  // HC_TESTS_REPORTS_XLSX_READER_H_

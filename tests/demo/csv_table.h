// CsvTable: a whole CSV file read back for the demo's tests, by an RFC 4180
// reader of the tests' own, so that the demo is checked independently of
// the importer.
#ifndef HC_TESTS_DEMO_CSV_TABLE_H_
#define HC_TESTS_DEMO_CSV_TABLE_H_

#include <string>
#include <vector>

namespace hc::demo::testing {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  // Index of a column; throws std::out_of_range when it is not there.
  size_t column(const std::string& name) const;
  const std::string& at(size_t row, const std::string& name) const { return rows[row][column(name)]; }
};

// Parses RFC 4180 text: quoted fields with doubled quotes, commas and line
// breaks. Throws std::runtime_error on an unterminated quote or a row whose
// width differs from the header's.
CsvTable parseCsv(const std::string& text);
CsvTable readCsv(const std::string& path);

}  // namespace hc::demo::testing

#endif  // HC_TESTS_DEMO_CSV_TABLE_H_

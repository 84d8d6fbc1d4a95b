// Cell and Row: what the Excel reader hands out, one row at a time, and the
// A1-style references ("List 3!F12") that messages name cells by.
//
// A cell is what Excel shows, not what it stores: a formula cell is its
// cached value (with `formula` set), a number in a date format is a date,
// a shared string is its text.
//
// Thread-safety: plain values; all functions are pure.
#ifndef HC_XLSX_CELL_H_
#define HC_XLSX_CELL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace hc::xlsx {

struct Cell {
  enum class Kind { kEmpty, kNumber, kText, kBool, kError, kDate };
  Kind kind = Kind::kEmpty;
  double number = 0;      // kNumber; kBool: 1 or 0; kDate: the serial number
  std::string text;       // kText; kError: "#N/A", "#REF!" ...
  Date date;              // kDate: the day
  int minute_of_day = 0;  // kDate: the time of day, when the format shows one
  bool formula = false;   // a formula cell: the values above are its cached result
  // A formula cell that has no cached result (kind kEmpty): written by a
  // program that left the calculation to Excel.
  bool formula_without_value = false;

  bool empty() const { return kind == Kind::kEmpty; }
};

struct Row {
  int64_t number = 0;       // the sheet's row number, 1-based
  std::vector<Cell> cells;  // index = column (0 = A); cells past the last are empty

  // The cell in column `column` (0-based); an empty one past the end.
  const Cell& at(size_t column) const;
};

// The cell's value as text, as a CSV export would hold it: dates
// "2025-04-01" (with " 14:05" when it has a time), numbers as Excel shows
// them in General format (45123, 0.5), booleans TRUE/FALSE, errors "#N/A".
std::string displayText(const Cell& cell);

// "A", "Z", "AA", "XFD" for columns 0, 25, 26, 16383.
std::string columnLetters(size_t column);

// "List 3!F12"; sheet names holding anything but letters, digits and
// underscores are not quoted, as messages read better without.
std::string cellReference(std::string_view sheet, size_t column, int64_t row);

// Reads the column and row of an A1 reference ("F12" -> 5, 12); false for
// anything else. Columns past XFD and rows past 1048576 are refused.
bool parseCellReference(std::string_view ref, size_t& column, int64_t& row);

}  // namespace hc::xlsx

#endif  // HC_XLSX_CELL_H_

#include "xlsx/cell.h"

#include <cmath>
#include <cstdio>

namespace hc::xlsx {

const Cell& Row::at(size_t column) const {
  static const Cell kEmpty;
  return column < cells.size() ? cells[column] : kEmpty;
}

std::string displayText(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::kEmpty: return "";
    case Cell::Kind::kText:
    case Cell::Kind::kError: return cell.text;
    case Cell::Kind::kBool: return cell.number != 0 ? "TRUE" : "FALSE";
    case Cell::Kind::kDate: {
      if (cell.minute_of_day == 0) return cell.date.iso();
      char time[16];
      std::snprintf(time, sizeof time, " %02d:%02d", cell.minute_of_day / 60, cell.minute_of_day % 60);
      return cell.date.iso() + time;
    }
    case Cell::Kind::kNumber: {
      // Excel's General format shows up to 15 significant digits.
      char text[40];
      std::snprintf(text, sizeof text, "%.15g", cell.number);
      return text;
    }
  }
  return "";
}

std::string columnLetters(size_t column) {
  std::string out;
  for (size_t n = column + 1; n > 0; n = (n - 1) / 26) out.insert(out.begin(), char('A' + (n - 1) % 26));
  return out;
}

std::string cellReference(std::string_view sheet, size_t column, int64_t row) {
  return std::string(sheet) + "!" + columnLetters(column) + std::to_string(row);
}

bool parseCellReference(std::string_view ref, size_t& column, int64_t& row) {
  size_t i = 0, col = 0;
  while (i < ref.size() && i < 3 && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    col = col * 26 + size_t((ref[i] | 0x20) - 'a' + 1);
    ++i;
  }
  if (i == 0 || col > 16384 || i == ref.size()) return false;
  int64_t r = 0;
  for (size_t j = i; j < ref.size(); ++j) {
    if (ref[j] < '0' || ref[j] > '9' || j - i >= 7) return false;
    r = r * 10 + (ref[j] - '0');
  }
  if (r < 1 || r > 1048576) return false;
  column = col - 1;
  row = r;
  return true;
}

}  // namespace hc::xlsx

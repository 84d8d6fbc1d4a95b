#include "xlsx/number_formats.h"

#include <cmath>

namespace hc::xlsx {

bool isBuiltInDateFormat(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(std::string_view code) {
  bool day_or_year = false, month_or_minute = false, hour_or_second = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;  // the first section is the one for positive numbers
    if (c == '"') {       // literal text
      const size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped, spacing or fill character
    } else if (c == '[') {  // colour, condition or locale: [Red], [<100], [$-809]
      const size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      // Elapsed time ([h], [mm]) is a duration, not a date.
      if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 's' || inside[0] == 'S'))
        hour_or_second = true;
      i = close;
    } else {
      switch (c | 0x20) {
        case 'd':
        case 'y': day_or_year = true; break;
        case 'm': month_or_minute = true; break;
        case 'h':
        case 's': hour_or_second = true; break;
        default: break;
      }
    }
  }
  // "m" beside hours or seconds is minutes; a format with only those is a
  // time of day, which on its own is no date.
  return day_or_year || (month_or_minute && !hour_or_second);
}

std::optional<SerialDate> dateOfSerial(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) return std::nullopt;
  double whole = std::floor(serial);
  int minutes = static_cast<int>(std::lround((serial - whole) * 1440));
  if (minutes == 1440) {
    whole += 1;
    minutes = 0;
  }
  const int32_t days = static_cast<int32_t>(whole);
  Date date;
  if (date1904) {
    date = Date::fromCivil(1904, 1, 1).plusDays(days);
  } else {
    if (days < 1) return std::nullopt;  // 0 is Excel's "1900-01-00"
    // Excel counts a 1900-02-29 that never was (serial 60): days after it
    // are one fewer since 1899-12-31 than the serial says.
    date = days < 60 ? Date::fromCivil(1899, 12, 31).plusDays(days)
                     : Date::fromCivil(1899, 12, 30).plusDays(days == 60 ? 61 : days);
  }
  if (date.year() > 9999) return std::nullopt;
  return SerialDate{date, minutes};
}

}  // namespace hc::xlsx

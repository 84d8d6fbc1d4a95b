// Number formats: which of a workbook's cell formats make a number a date,
// and what day an Excel serial number is.
//
// Excel stores a date as a number (days since its epoch) and tells it from
// a number only by the cell's format: one of the built-in date formats
// (14 "m/d/yyyy", 15 "d-mmm-yy", 22 "m/d/yyyy h:mm", 27-36 and 50-58 in
// East Asian locales, ...) or a custom format with day, month or year
// parts ("dd/mm/yyyy", "d mmmm yyyy", "[$-809]dd mmm yy"). Minutes ("h:mm",
// "mm:ss") are not months.
//
// Thread-safety: pure functions.
#ifndef HC_XLSX_NUMBER_FORMATS_H_
#define HC_XLSX_NUMBER_FORMATS_H_

#include <optional>
#include <string_view>

#include "core/date.h"

namespace hc::xlsx {

// True when built-in format `id` shows a date (with or without a time).
bool isBuiltInDateFormat(int id);

// True when the custom format code shows a day, month or year, e.g.
// "dd/mm/yyyy" or "yyyy-mm-dd hh:mm"; false for "0.00", "h:mm:ss",
// "[Red]0;\"days\"" and the like.
bool isDateFormatCode(std::string_view code);

// The day and minute of day of serial number `serial` in the 1900 date
// system (1 = 1900-01-01, with Excel's phantom 1900-02-29 as 60) or the
// 1904 system (0 = 1904-01-01). nullopt for serials outside 1900..9999 or
// not finite.
struct SerialDate {
  Date date;
  int minute_of_day = 0;
};
std::optional<SerialDate> dateOfSerial(double serial, bool date1904);

}  // namespace hc::xlsx

#endif  // HC_XLSX_NUMBER_FORMATS_H_

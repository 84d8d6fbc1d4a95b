// The England and Wales bank holidays the service ships (2015 to 2027,
// with substitute days and the one-off changes: VE Day 2020, the Platinum
// Jubilee and the State Funeral in 2022, the Coronation in 2023), and their
// merge with the holidays a council imports (holidays.csv): the holidays
// a WorkingDays (core/working_days.h) is built from.
//
// Example:
//   Dataset data = ...;  // data.holidays as imported
//   data.holidays = allHolidays(data.holidays);
//
// Thread-safety: the table is immutable; the functions are pure.
#ifndef HC_CORE_BANK_HOLIDAYS_H_
#define HC_CORE_BANK_HOLIDAYS_H_

#include <vector>

#include "core/records.h"

namespace hc {

// In date order: 2015-01-01 New Year's Day ... 2027-12-28 Boxing Day
// (substitute day).
const std::vector<Holiday>& englandAndWalesBankHolidays();

// The shipped bank holidays plus `imported`, in date order, one per date;
// where both have a date, the imported name is kept.
std::vector<Holiday> allHolidays(const std::vector<Holiday>& imported);

}  // namespace hc

#endif  // HC_CORE_BANK_HOLIDAYS_H_

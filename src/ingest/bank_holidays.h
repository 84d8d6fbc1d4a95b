// The England and Wales bank holidays the service ships (2015 to 2027,
// with substitute days and the one-off changes: VE Day 2020, the Platinum
// Jubilee and the State Funeral in 2022, the Coronation in 2023), and their
// merge with the holidays a council imports (holidays.csv).
//
// Thread-safety: the table is immutable; the functions are pure.
#ifndef HC_INGEST_BANK_HOLIDAYS_H_
#define HC_INGEST_BANK_HOLIDAYS_H_

#include <vector>

#include "core/records.h"

namespace hc::ingest {

// In date order.
const std::vector<Holiday>& englandAndWalesBankHolidays();

// The shipped bank holidays plus `imported`, in date order, one per date;
// where both have a date, the imported name is kept.
std::vector<Holiday> allHolidays(const std::vector<Holiday>& imported);

}  // namespace hc::ingest

#endif  // HC_INGEST_BANK_HOLIDAYS_H_

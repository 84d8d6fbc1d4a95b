// The working-day calendar: Monday to Friday less public holidays
// (data-contract.md). WorkingDays counts them over any date range in O(1):
// weekdays by arithmetic, holidays by a prefix sum over the span the
// holidays cover, so the metrics engine can count per record on its hot
// path. The holidays themselves come from core/bank_holidays.h plus those a
// council imports.
//
// Example:
//   WorkingDays wd(allHolidays(imported));
//   wd.count(Date::fromCivil(2025, 8, 1), Date::fromCivil(2025, 8, 31));  // 20
//
// Thread-safety: weekdaysBetween is pure; a WorkingDays is immutable after
// construction and may be read from any thread.
#ifndef HC_CORE_WORKING_DAYS_H_
#define HC_CORE_WORKING_DAYS_H_

#include <cstdint>
#include <vector>

#include "core/date.h"
#include "core/records.h"

namespace hc {

// Monday to Friday in [first, last], both included; 0 when last < first.
// weekdaysBetween(2025-08-01, 2025-08-31) == 21.
int weekdaysBetween(Date first, Date last);

class WorkingDays {
 public:
  // Holidays on a weekend or listed twice count once, as no working day.
  explicit WorkingDays(const std::vector<Holiday>& holidays);

  // Working days in [a, b], both included; 0 when b < a. With 2025-08-25 a
  // bank holiday: count(2025-08-25, 2025-08-31) == 4.
  int count(Date a, Date b) const;
  bool isWorkingDay(Date d) const { return count(d, d) == 1; }

 private:
  // Weekday holidays in [lo_, d).
  int holidaysBefore(Date d) const;
  int32_t lo_ = 0;
  std::vector<int32_t> prefix_;  // prefix_[i]: weekday holidays in [lo_, lo_ + i)
};

}  // namespace hc

#endif  // HC_CORE_WORKING_DAYS_H_

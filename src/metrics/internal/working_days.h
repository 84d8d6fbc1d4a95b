// WorkingDays: Monday to Friday less public holidays (data-contract.md),
// counted over any date range in O(1): weekdays by arithmetic, holidays by
// a prefix sum over the span the holidays cover.
//
// Thread-safety: immutable after construction.
#ifndef HC_METRICS_INTERNAL_WORKING_DAYS_H_
#define HC_METRICS_INTERNAL_WORKING_DAYS_H_

#include <cstdint>
#include <vector>

#include "core/date.h"
#include "core/records.h"

namespace hc::metrics::internal {

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

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_WORKING_DAYS_H_

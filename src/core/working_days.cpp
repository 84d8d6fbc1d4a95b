#include "core/working_days.h"

#include <algorithm>

namespace hc {
namespace {

// Weekdays in [1969-12-29 (a Monday), d): whole weeks give 5 each.
int64_t weekdaysBefore(Date d) {
  const int64_t n = int64_t(d.days()) + 3;
  int64_t weeks = n / 7, rest = n % 7;
  if (rest < 0) rest += 7, --weeks;
  return weeks * 5 + std::min<int64_t>(rest, 5);
}

}  // namespace

int weekdaysBetween(Date first, Date last) {
  if (last < first) return 0;
  return int(weekdaysBefore(last.plusDays(1)) - weekdaysBefore(first));
}

WorkingDays::WorkingDays(const std::vector<Holiday>& holidays) {
  std::vector<int32_t> days;
  for (const Holiday& h : holidays)
    if (!h.date.isWeekend()) days.push_back(h.date.days());
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  if (days.empty()) return;
  lo_ = days.front();
  prefix_.assign(size_t(days.back() - lo_) + 2, 0);
  for (int32_t d : days) ++prefix_[size_t(d - lo_) + 1];
  for (size_t i = 1; i < prefix_.size(); ++i) prefix_[i] += prefix_[i - 1];
}

int WorkingDays::holidaysBefore(Date d) const {
  if (prefix_.empty() || d.days() <= lo_) return 0;
  const size_t i = std::min(size_t(d.days() - lo_), prefix_.size() - 1);
  return prefix_[i];
}

int WorkingDays::count(Date a, Date b) const {
  if (b < a) return 0;
  const Date end = b.plusDays(1);
  return int(weekdaysBefore(end) - weekdaysBefore(a)) - (holidaysBefore(end) - holidaysBefore(a));
}

}  // namespace hc

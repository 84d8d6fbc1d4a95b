#include "metrics/status.h"

#include <algorithm>
#include <cmath>

namespace hc::metrics {

Status rate(Metric m, double value, const Thresholds& thresholds) {
  const std::optional<ThresholdLimits> limits = thresholds.limits(m);
  if (!limits) return Status::kNone;
  const bool lower_better = info(m).better == Better::kLower;
  // A value within a billionth of a limit is at the limit: sums of FTE
  // (0.1 + 0.2) and means of survey scores can land a hair beside a limit
  // the exact figure meets, and "10.0%" shown must not be rated as above
  // 10. No real figure differs from a limit by so little: its counts would
  // run to billions.
  auto at_least_as_good = [&](double limit) {
    const double slack = 1e-9 * std::max(1.0, std::fabs(limit));
    return lower_better ? value <= limit + slack : value >= limit - slack;
  };
  if (at_least_as_good(limits->green)) return Status::kGreen;
  if (at_least_as_good(limits->amber)) return Status::kAmber;
  return Status::kRed;
}

Status worse(Status a, Status b) {
  if (a == Status::kNone) return b;
  if (b == Status::kNone) return a;
  return a < b ? a : b;  // kRed < kAmber < kGreen
}

const char* statusName(Status s) {
  switch (s) {
    case Status::kRed: return "red";
    case Status::kAmber: return "amber";
    case Status::kGreen: return "green";
    case Status::kNone: return "";
  }
  return "";
}

}  // namespace hc::metrics

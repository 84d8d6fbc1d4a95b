#include "metrics/status.h"

namespace hc::metrics {

Status rate(Metric m, double value, const Thresholds& thresholds) {
  const std::optional<ThresholdLimits> limits = thresholds.limits(m);
  if (!limits) return Status::kNone;
  const bool lower_better = info(m).better == Better::kLower;
  auto at_least_as_good = [&](double limit) { return lower_better ? value <= limit : value >= limit; };
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

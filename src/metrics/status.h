// Rating a value red, amber or green (metrics.md "Status").
//
// Thread-safety: pure functions.
#ifndef HC_METRICS_STATUS_H_
#define HC_METRICS_STATUS_H_

#include "metrics/catalogue.h"
#include "metrics/health_check.h"
#include "metrics/thresholds.h"

namespace hc::metrics {

// Green when `value` is at least as good as the green limit, else amber
// when at least as good as the amber limit, else red; "good" in the
// metric's better direction; a value within a billionth of a limit is at
// it (rounding in sums, never a real difference). kNone when the metric
// has no limits.
// With defaults: rate(Metric::kCaseloadAvg, 16, t) == kGreen,
// rate(Metric::kCaseloadAvg, 20.5, t) == kRed.
Status rate(Metric m, double value, const Thresholds& thresholds);

// The worse of two statuses, kNone counting as no status at all:
// worse(kGreen, kAmber) == kAmber, worse(kNone, kGreen) == kGreen.
Status worse(Status a, Status b);

}  // namespace hc::metrics

#endif  // HC_METRICS_STATUS_H_

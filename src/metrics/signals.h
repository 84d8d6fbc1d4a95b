// The two tests of metrics.md "Signals: difference that is not noise":
// funnel limits against the council (Spiegelhalter's funnel plot, normal
// approximation) and statistical process control over time (NHS England's
// "Making Data Count" XmR chart). The engine uses them for every metric's
// signal; the dashboard uses the same functions to draw funnel plots and
// process-control charts, so a chart and its signal never disagree.
//
// Thread-safety: pure functions.
#ifndef HC_METRICS_SIGNALS_H_
#define HC_METRICS_SIGNALS_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "metrics/catalogue.h"
#include "metrics/health_check.h"

namespace hc::metrics {

inline constexpr double kFunnelZ998 = 3.09;  // the limits the signal uses
inline constexpr double kFunnelZ95 = 1.96;   // the inner limits a funnel plot also draws

// Percentages (0..100) around the council's value.
struct FunnelLimits {
  double lower = 0;
  double upper = 0;
};

// Whether metrics.md compares metric m with the council by funnel limits
// (the percentages of counted units): true for supervision_compliance,
// false for caseload_avg.
bool hasFunnel(Metric m);

// p0 +- z x sqrt(p0 (1 - p0) / n) with p0 = council_percent / 100, as
// percentages clipped to 0..100; nullopt where n <= 0 or p0 is 0 or 1 (or
// outside them). funnelLimits(20, 100, kFunnelZ998) = {7.64, 32.36}.
std::optional<FunnelLimits> funnelLimits(double council_percent, int64_t n, double z = kFunnelZ998);

// The vs_council signal: kWorse when `value` lies beyond the 99.8% limit on
// the worse side (`better` tells which), kBetter beyond it on the better
// side, else kNone; nullopt where there is no value, no council value, or
// funnelLimits gives none. compareWithCouncil(40, 100, 20, Better::kLower)
// == kWorse.
std::optional<Comparison> compareWithCouncil(std::optional<double> value, int64_t n,
                                             std::optional<double> council_percent, Better better);

// An XmR process-control chart over a scope's values, oldest first.
struct ProcessChart {
  double mean = 0;          // m, over the values present
  double moving_range = 0;  // MR, mean |x_i - x_(i-1)| over consecutive values present
  double lower = 0;         // m - 2.66 MR
  double upper = 0;         // m + 2.66 MR
  // Per input position: the value is part of a special cause (outside the
  // limits, in a run of 7 or more on one side of m, or in 6 or more
  // strictly rising or falling). False for a missing value.
  std::vector<bool> special;
  Trend trend = Trend::kNone;  // the signal: the special cause at the latest value
};

inline constexpr int kMinProcessValues = 8;  // fewer values: no signal

// The chart of `values` (missing ones skipped). The trend is kConcern or
// kImprovement when the latest value lies outside the limits, or the latest
// 7 values all lie above m or all below m, or the latest 6 are strictly
// increasing or decreasing (tested in that order), pointing the worse or the
// better way. nullopt when the latest value is missing or fewer than
// kMinProcessValues values are present.
// Example: {5,5,5,5,5,5,5,9} with Better::kLower: m 5.5, MR 4/7, upper 7.02,
// latest above it: kConcern.
std::optional<ProcessChart> processChart(const std::vector<std::optional<double>>& values, Better better);

}  // namespace hc::metrics

#endif  // HC_METRICS_SIGNALS_H_

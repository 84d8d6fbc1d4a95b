// The two tests of metrics.md "Signals: difference that is not noise":
// funnel limits against the council (Spiegelhalter's funnel plot: the
// normal approximation where it holds, exact binomial limits where n is
// too small for it) and statistical process control over time (NHS
// England's "Making Data Count" XmR chart), its limits kept to the values
// the metric can take. The engine uses them for every metric's
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
// The normal approximation holds where n x p0 x (1 - p0) is 9 or more (the
// usual rule for a binomial: the mean is 3 standard deviations clear of 0
// and n). Below it a count's chance is skewed and lumpy, and the
// approximation's limits can sit at a value n cannot reach by chance alone
// (1 complaint of 1, upheld, against a council at 9.1%: 9% of such teams).
inline constexpr double kFunnelNormalFrom = 9;

// Percentages (0..100) around the council's value.
struct FunnelLimits {
  double lower = 0;
  double upper = 0;
};

// Whether metrics.md compares metric m with the council by funnel limits
// (the percentages of counted units): true for supervision_compliance,
// false for caseload_avg.
bool hasFunnel(Metric m);

// The limits around p0 = council_percent / 100 for a figure of n counted
// units, as percentages clipped to 0..100; nullopt where n <= 0 or p0 is 0
// or 1 (or outside them). Where n p0 (1 - p0) >= kFunnelNormalFrom,
// p0 +- z x sqrt(p0 (1 - p0) / n): funnelLimits(20, 100) = {7.64, 32.36}.
// Below it, exact binomial limits with the normal's tail beyond each (z
// 3.09: 0.1%, z 1.96: 2.5%): half a unit inside the first count whose
// chance of being reached (that count or one further out) is no more than
// the tail, so a count beyond the limit is one a team of n reaches by chance
// at most that often, and a limit no count reaches is 0 or 100.
// funnelLimits(9.1, 1) = {0, 100}: 1 of 1 happens 9.1% of the time;
// funnelLimits(9.1, 5) = {0, 70}: 4 of 5 (80%) 0.03%, 3 of 5 (60%) 0.7%.
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
  double lower = 0;         // m - 2.66 MR, no less than the metric's lowest value
  double upper = 0;         // m + 2.66 MR, no more than its highest
  // Per input position: the value is part of a special cause (outside the
  // limits, in a run of 7 or more on one side of m, or in 6 or more
  // strictly rising or falling). False for a missing value.
  std::vector<bool> special;
  Trend trend = Trend::kNone;  // the signal: the special cause at the latest value
};

inline constexpr int kMinProcessValues = 8;  // fewer values: no signal

// The chart of `values` (missing ones skipped), which lie in `range`
// (catalogue.h valueRange): the limits are kept inside it, so a
// percentage's limits run from 0 to 100 at the widest; a value can never
// lie beyond a limit at the range's end, so no signal changes. The trend
// is kConcern or kImprovement when the latest value lies outside the limits, or the latest
// 7 values all lie above m or all below m, or the latest 6 are strictly
// increasing or decreasing (tested in that order), pointing the worse or the
// better way. nullopt when the latest value is missing or fewer than
// kMinProcessValues values are present.
// Example: {5,5,5,5,5,5,5,9} with Better::kLower: m 5.5, MR 4/7, upper 7.02,
// latest above it: kConcern.
std::optional<ProcessChart> processChart(const std::vector<std::optional<double>>& values, Better better,
                                         const ValueRange& range);

}  // namespace hc::metrics

#endif  // HC_METRICS_SIGNALS_H_

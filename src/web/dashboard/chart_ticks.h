// The tick values of a chart's value axis: a few round numbers (steps of
// 1, 2, 2.5 or 5 times a power of ten) inside the range the axis spans, so
// that a director can read a figure off a scale that need not start at 0.
// The charts fit their scale to the data (dashboard_process_chart.h) and
// then mark it; the ticks never widen the scale.
//
// Thread-safety: pure functions.
#ifndef HC_WEB_DASHBOARD_CHART_TICKS_H_
#define HC_WEB_DASHBOARD_CHART_TICKS_H_

#include <string>
#include <vector>

#include "metrics/catalogue.h"

namespace hc::web::dashboard {

struct AxisTicks {
  std::vector<double> values;  // rising
  double step = 0;
  int decimals = 0;  // enough to tell the values apart: 2.5 steps need one
};

// The ticks in [lo, hi] with the smallest round step that gives at most
// `max_ticks` of them; with max_ticks >= 5 that is never fewer than 3 (the
// next smaller step gave 6 or more, and each step is at most twice the
// one before). A percentage's ticks stay within 0 to 100 unless the range
// lies wholly outside it; a count's steps are whole numbers.
// axisTicks(69.5, 91.6, Unit::kPercent) == {70, 75, 80, 85, 90}, step 5.
AxisTicks axisTicks(double lo, double hi, metrics::Unit unit, int max_ticks = 5);

// A tick's label as the pages show the unit where it is short: "75%",
// "1,500", "2.5"; other units are named once, by axisUnitCaption.
std::string tickLabel(metrics::Unit unit, double value, int decimals);

// The unit's words for a caption over the value axis ("days", "per 100
// cases", "out of 100"); "" where the tick labels say it ("%") or there is
// nothing to say (counts and ratios).
std::string axisUnitCaption(metrics::Unit unit);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_CHART_TICKS_H_

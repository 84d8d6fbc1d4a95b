#include "web/dashboard/chart_ticks.h"

#include <algorithm>
#include <cmath>

#include "reports/figure_text.h"

namespace hc::web::dashboard {
namespace {

// How many multiples of `step` lie in [lo, hi], allowing for rounding at
// the ends (70 must count in [70.0000000001, 90]).
int64_t firstMultiple(double lo, double step) { return int64_t(std::ceil(lo / step - 1e-9)); }
int64_t lastMultiple(double hi, double step) { return int64_t(std::floor(hi / step + 1e-9)); }

}  // namespace

AxisTicks axisTicks(double lo, double hi, metrics::Unit unit, int max_ticks) {
  if (unit == metrics::Unit::kPercent && std::max(lo, 0.0) < std::min(hi, 100.0))
    lo = std::max(lo, 0.0), hi = std::min(hi, 100.0);
  AxisTicks t;
  if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi) || max_ticks < 1) return t;
  // Start a power of ten below the step that would give max_ticks, where
  // every step gives too many, and take the first step that gives few enough.
  int exponent = int(std::floor(std::log10((hi - lo) / max_ticks))) - 1;
  if (unit == metrics::Unit::kCount) exponent = std::max(exponent, 0);
  for (;; ++exponent) {
    const double power = std::pow(10.0, exponent);
    for (double mantissa : {1.0, 2.0, 2.5, 5.0}) {
      const double step = mantissa * power;
      if (unit == metrics::Unit::kCount && mantissa == 2.5 && exponent == 0) continue;  // no 2.5 people
      const int64_t first = firstMultiple(lo, step), last = lastMultiple(hi, step);
      if (last - first + 1 > max_ticks) continue;
      t.step = step;
      for (int64_t k = first; k <= last; ++k) t.values.push_back(double(k) * step);
      while (t.decimals < 6 && std::fabs(step * std::pow(10.0, t.decimals) -
                                         std::round(step * std::pow(10.0, t.decimals))) > 1e-6)
        ++t.decimals;
      return t;
    }
  }
}

std::string tickLabel(metrics::Unit unit, double value, int decimals) {
  return reports::formatNumber(value, decimals) + (unit == metrics::Unit::kPercent ? "%" : "");
}

std::string axisUnitCaption(metrics::Unit unit) {
  // formatValue's words after the number, so the caption says the unit as
  // every other figure on the page does.
  const std::string shown = reports::formatValue(unit, 0);
  const size_t space = shown.find(' ');
  return space == std::string::npos ? "" : "(" + shown.substr(space + 1) + ")";
}

}  // namespace hc::web::dashboard

#include "metrics/signals.h"

#include <algorithm>
#include <cmath>

#include "metrics/internal/binomial_limits.h"

namespace hc::metrics {

bool hasFunnel(Metric m) {
  switch (m) {
    case Metric::kSupervisionCompliance:
    case Metric::kCaseloadOverLimit:
    case Metric::kUnallocatedRate:
    case Metric::kLoneWorkingAssessed:
    case Metric::kVisitCompletionRate:
    case Metric::kNoAccessRate:
    case Metric::kRescheduledRate:
    case Metric::kAssessmentWithin45Days:
    case Metric::kComplaintsUpheldRate:
    case Metric::kSatisfactionRate:
    case Metric::kPackageCostOutliers:
      return true;
    default:
      return false;
  }
}

std::optional<FunnelLimits> funnelLimits(double council_percent, int64_t n, double z) {
  const double p0 = council_percent / 100;
  if (n <= 0 || !(p0 > 0 && p0 < 1)) return std::nullopt;
  const double spread = p0 * (1 - p0);
  if (double(n) * spread >= kFunnelNormalFrom) {
    const double half = z * std::sqrt(spread / double(n));
    return FunnelLimits{std::max(0.0, (p0 - half) * 100), std::min(100.0, (p0 + half) * 100)};
  }
  const double tail = 0.5 * std::erfc(z / std::sqrt(2.0));
  const internal::CountLimits c = internal::binomialCountLimits(n, p0, tail);
  // Half a unit inside the first count beyond: a figure a little off its
  // count by rounding stays on its side.
  return FunnelLimits{std::max(0.0, (double(c.below) - 0.5) / double(n) * 100),
                      std::min(100.0, (double(c.above) + 0.5) / double(n) * 100)};
}

std::optional<Comparison> compareWithCouncil(std::optional<double> value, int64_t n,
                                             std::optional<double> council_percent, Better better) {
  if (!value || !council_percent) return std::nullopt;
  const std::optional<FunnelLimits> limits = funnelLimits(*council_percent, n, kFunnelZ998);
  if (!limits) return std::nullopt;
  const bool high = *value > limits->upper, low = *value < limits->lower;
  if (!high && !low) return Comparison::kNone;
  return high == (better == Better::kLower) ? Comparison::kWorse : Comparison::kBetter;
}

namespace {

// Marks [first, last) of `positions` as special.
void mark(std::vector<bool>& special, const std::vector<size_t>& positions, size_t first, size_t last) {
  for (size_t k = first; k < last; ++k) special[positions[k]] = true;
}

}  // namespace

std::optional<ProcessChart> processChart(const std::vector<std::optional<double>>& values, Better better,
                                         const ValueRange& range) {
  if (values.empty() || !values.back()) return std::nullopt;
  std::vector<size_t> at;  // positions of the values present
  std::vector<double> x;
  for (size_t i = 0; i < values.size(); ++i)
    if (values[i]) {
      at.push_back(i);
      x.push_back(*values[i]);
    }
  const size_t count = x.size();
  if (count < size_t(kMinProcessValues)) return std::nullopt;

  ProcessChart chart;
  double sum = 0, ranges = 0;
  for (size_t k = 0; k < count; ++k) {
    sum += x[k];
    if (k > 0) ranges += std::fabs(x[k] - x[k - 1]);
  }
  chart.mean = sum / double(count);
  chart.moving_range = ranges / double(count - 1);
  chart.lower = range.clamp(chart.mean - 2.66 * chart.moving_range);
  chart.upper = range.clamp(chart.mean + 2.66 * chart.moving_range);
  const double m = chart.mean;

  chart.special.assign(values.size(), false);
  for (size_t k = 0; k < count; ++k)
    if (x[k] > chart.upper || x[k] < chart.lower) chart.special[at[k]] = true;
  // Runs on one side of the mean (7 or more), and rises or falls (6 or more
  // values, each strictly beyond the one before).
  for (const int side : {1, -1}) {
    size_t start = 0;
    for (size_t k = 0; k <= count; ++k) {
      if (k < count && (side > 0 ? x[k] > m : x[k] < m)) continue;
      if (k - start >= 7) mark(chart.special, at, start, k);
      start = k + 1;
    }
    start = 0;
    for (size_t k = 1; k <= count; ++k) {
      if (k < count && (side > 0 ? x[k] > x[k - 1] : x[k] < x[k - 1])) continue;
      if (k - start >= 6) mark(chart.special, at, start, k);
      start = k;
    }
  }

  // The signal: the latest value's special cause, by the first rule that
  // holds; `high` says whether it points upwards.
  const double latest = x.back();
  std::optional<bool> high;
  if (latest > chart.upper || latest < chart.lower) {
    high = latest > chart.upper;
  } else {
    auto all = [&](size_t n, auto pred) {
      for (size_t k = count - n; k < count; ++k)
        if (!pred(k)) return false;
      return true;
    };
    if (all(7, [&](size_t k) { return x[k] > m; })) high = true;
    else if (all(7, [&](size_t k) { return x[k] < m; })) high = false;
    // The latest 6 strictly rising (falling): 5 steps up (down).
    else if (all(5, [&](size_t k) { return x[k] > x[k - 1]; })) high = true;
    else if (all(5, [&](size_t k) { return x[k] < x[k - 1]; })) high = false;
  }
  if (high) chart.trend = *high == (better == Better::kHigher) ? Trend::kImprovement : Trend::kConcern;
  return chart;
}

}  // namespace hc::metrics

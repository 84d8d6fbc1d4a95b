#include "metrics/internal/figure_bounds.h"

#include <algorithm>
#include <cmath>

namespace hc::metrics::internal {
namespace {

// Narrows one sum `top = sum(parts)`; true when a range moved.
bool narrow(std::vector<TotalRange>& r, int top, const std::vector<int>& parts) {
  double low_sum = 0, high_sum = 0;
  for (int c : parts) {
    low_sum += r[size_t(c)].low;
    high_sum += r[size_t(c)].high;
  }
  bool moved = false;
  // Moves smaller than this are rounding, not information: stop there so
  // that the loop ends.
  auto tighten = [&](TotalRange& x, double low, double high) {
    const double slack = 1e-9 * (1 + std::fabs(x.low) + std::fabs(x.high));
    if (low > x.low + slack) x.low = low, moved = true;
    if (high < x.high - slack) x.high = high, moved = true;
  };
  TotalRange& t = r[size_t(top)];
  tighten(t, low_sum, high_sum);
  const TotalRange whole = t;
  for (int c : parts) {
    TotalRange& x = r[size_t(c)];
    const double others_low = low_sum - x.low, others_high = high_sum - x.high;
    tighten(x, whole.low - others_high, whole.high - others_low);
  }
  return moved;
}

}  // namespace

std::vector<TotalRange> workableRanges(const std::vector<int>& parent, const std::vector<bool>& sums,
                                       std::vector<TotalRange> ranges) {
  std::vector<std::vector<int>> children(parent.size());
  for (size_t s = 0; s < parent.size(); ++s)
    if (parent[s] >= 0 && sums[size_t(parent[s])]) children[size_t(parent[s])].push_back(int(s));
  // On a tree of sums a pass up and a pass down settle it; a few more
  // passes cost little and cover deeper trees.
  for (int pass = 0; pass < 64; ++pass) {
    bool moved = false;
    for (size_t s = parent.size(); s-- > 0;)
      if (!children[s].empty()) moved |= narrow(ranges, int(s), children[s]);
    for (size_t s = 0; s < parent.size(); ++s)
      if (!children[s].empty()) moved |= narrow(ranges, int(s), children[s]);
    if (!moved) break;
  }
  return ranges;
}

}  // namespace hc::metrics::internal

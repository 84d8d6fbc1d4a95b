// What a viewer can work out about hidden figures from the shown ones.
//
// A people-based figure is a share of its n people (or a mean over n
// responses), so value x n is a total that adds up: a service's total is
// the sum of its teams', the council's the sum of its services'. A shown
// figure fixes its total; a hidden one only lies between low x n and
// high x n (0% and 100%). The sums narrow those ranges: with a service
// shown and all but one of its teams shown, the last team's total is
// exact. workableRanges() narrows every range as far as the sums allow.
// The scopes form a tree and each sum shares at most one figure with
// another, so narrowing each sum in turn until nothing changes gives
// exactly the range consistent with everything shown.
//
// Example: council 10.42% of 48 shown, T1 71.43% of 7 shown, T2 (n=4)
// hidden, no other team: T2's range is [500 - 500, ...] = exactly 0.
//
// Thread-safety: pure function.
#ifndef HC_METRICS_INTERNAL_FIGURE_BOUNDS_H_
#define HC_METRICS_INTERNAL_FIGURE_BOUNDS_H_

#include <vector>

namespace hc::metrics::internal {

// A range of a figure's total (value x n). A shown figure: low == high.
struct TotalRange {
  double low = 0;
  double high = 0;
};

// parent[s]: the scope whose total is the sum of s's and its siblings'
// (-1 for the top). `sums[s]` false: s is no sum of its children (it has
// no figure), so its children's ranges are not tied to it. Returns each
// scope's narrowed range; high < low means the shown figures contradict
// the sums (as for a rate weighted by other than n): treat as worked out.
std::vector<TotalRange> workableRanges(const std::vector<int>& parent, const std::vector<bool>& sums,
                                       std::vector<TotalRange> ranges);

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_FIGURE_BOUNDS_H_

// The small-numbers rule of metrics.md: which figures to hide so that no
// hidden figure can be worked out from what a viewer is shown.
//
// A people-based figure resting on 1..min_group_size-1 people is hidden
// when the output is published (or for a viewer who may not see that scope
// as computed); a survey score is hidden so always. stress_share is hidden
// wherever sickness_rate rests on too few people as well. A figure with no
// value or n = 0 has nothing to hide and is never hidden.
//
// Then more figures are hidden (complements) until each hidden one keeps a
// range of at least two values consistent with everything shown
// (figure_bounds.h), reasoning with the totals each figure really sums:
// value x base (Figure::base: n people, or FTE x working days for
// sickness). Complements are chosen at least cost over the metric's whole
// table, smallest n first (ties: the first in scope order, which is
// team_id order):
// - a hidden figure alone in a shown sum, or hidden beside others that are
//   all 0% (or all 100%) like it: the cheapest sibling whose figure breaks
//   that all-or-nothing; only where none does, the sum's own figure (the
//   service);
// - a hidden figure whose parts are all shown: its cheapest part;
// - the council's figure never, unless it is 0% or 100% (then every part
//   is too and hiding it can be the only protection), or as the very last
//   resort for a viewer who sees nearly everything as computed.
// Thread-safety: pure functions.
#ifndef HC_METRICS_INTERNAL_SUPPRESSION_H_
#define HC_METRICS_INTERNAL_SUPPRESSION_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "metrics/health_check.h"
#include "metrics/internal/context.h"
#include "metrics/internal/scopes.h"

namespace hc::metrics::internal {

// One metric's figures over a tree of scopes: parent[s] is the scope whose
// figure sums s and its siblings (-1 for the council).
struct FigureTree {
  std::vector<int> parent;
  std::vector<Figure> figures;
  std::vector<int64_t> people;  // what the minimum group size is checked against (usually n)
  std::vector<bool> seen;       // seen as computed: never hidden
};

// What the minimum group size is checked against: n, but for stress_share
// the staff behind sickness_rate where they are too few (a share of a few
// people's absence is theirs). peopleOf(kStressShare, 12, 3, 5) == 3.
int64_t peopleOf(Metric m, int64_t n, int64_t sickness_n, int min_group_size);

// The hidden flags, one per scope, for metric `m` (its unit gives the
// range a hidden figure may take: 0..100 for shares and scores).
std::vector<bool> protectFigures(const FigureTree& tree, Metric m, int min_group_size);

// flags[scope * kMetricCount + int(metric)] is true where the figure is
// hidden in the health check computed with `options` (nothing seen as
// computed beyond what options.published allows).
std::vector<bool> suppressedFigures(const ScopeLayout& layout, const FigureTable& figures,
                                    const HealthCheckOptions& options);

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_SUPPRESSION_H_

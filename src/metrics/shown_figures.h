// A health check as one viewer may see it (metrics.md "Small numbers"):
// from the figures as computed, the people-based ones hidden wherever the
// viewer may not see that scope as computed, with every further figure
// hidden that the viewer could otherwise work out from what they are shown
// (their own teams included). Survey scores are hidden for every viewer
// alike, so they are taken as computed. Statuses and signals of hidden
// figures go (and comparisons with a hidden council figure), and every
// score and rating is worked out afresh from the figures shown
// (scoreHealthCheck). The ranks stay those of `computed`: the published
// order of attention, one for every viewer (ScopeResult::ranked_score).
//
// Example (a manager of T0001):
//   auto mine = [&](const ScopeResult& s) { return s.id == "T0001"; };
//   HealthCheck theirs = figuresShownTo(computed, mine, 5);
//
// Thread-safety: pure function.
#ifndef HC_METRICS_SHOWN_FIGURES_H_
#define HC_METRICS_SHOWN_FIGURES_H_

#include <functional>

#include "metrics/health_check.h"

namespace hc::metrics {

// True where the viewer sees the scope as computed (a manager's own teams
// and services; never the council for anyone but a director).
using SeesAsComputed = std::function<bool(const ScopeResult&)>;

// `computed`: computed with options.published false. A viewer who sees
// nothing as computed gets what options.published = true gives.
HealthCheck figuresShownTo(const HealthCheck& computed, const SeesAsComputed& sees, int min_group_size);

}  // namespace hc::metrics

#endif  // HC_METRICS_SHOWN_FIGURES_H_

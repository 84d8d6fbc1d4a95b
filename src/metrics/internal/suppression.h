// The small-numbers rule of metrics.md: which figures to hide.
//
// A people-based figure resting on 1..min_group_size-1 people is hidden
// when the output is published; a survey score is hidden so always. A
// figure with n = 0 has no value and so nothing to hide: it is never marked
// suppressed, and never triggers the complementary rule. Complementary
// rule: where exactly one team of a service is hidden, the team with the
// next-smallest n (ties by team_id) is hidden too; and likewise where
// exactly one service of the council is hidden, so that no hidden figure
// can be recovered from the council total either.
//
// Thread-safety: pure function.
#ifndef HC_METRICS_INTERNAL_SUPPRESSION_H_
#define HC_METRICS_INTERNAL_SUPPRESSION_H_

#include <vector>

#include "metrics/health_check.h"
#include "metrics/internal/context.h"
#include "metrics/internal/scopes.h"

namespace hc::metrics::internal {

// flags[scope * kMetricCount + int(metric)] is true where the figure is hidden.
std::vector<bool> suppressedFigures(const ScopeLayout& layout, const FigureTable& figures,
                                    const HealthCheckOptions& options);

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_SUPPRESSION_H_

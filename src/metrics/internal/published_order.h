// The order of attention made from the published figures, put onto a view
// that shows more (a director's, a manager's): one order for every viewer,
// so that a member, a manager and a director read the same rank for a team
// and no rank rests on a figure members are not shown (a rank made from
// a hidden figure would tell which way it lies: metrics.md "Small
// numbers", "a sort order ... must not reveal a suppressed figure").
//
// Thread-safety: pure function of its arguments.
#ifndef HC_METRICS_INTERNAL_PUBLISHED_ORDER_H_
#define HC_METRICS_INTERNAL_PUBLISHED_ORDER_H_

#include <vector>

#include "metrics/health_check.h"

namespace hc::metrics::internal {

// `hc`: a health check as computed (scored). `published_hidden`: the
// published view's hidden flags, [scope * kMetricCount + int(metric)]
// (suppressedFigures with published = true). Sets each team's rank and
// ranked_score to those of the published view; nothing else changes.
void rankAsPublished(HealthCheck& hc, const std::vector<bool>& published_hidden);

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_PUBLISHED_ORDER_H_

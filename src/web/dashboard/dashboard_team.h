// The dashboard's team page: every metric of one team by area (each area a
// section with id "area-<id>", the heat map's link target), with its value,
// status, last period's value, the n it rests on, and a small trend chart
// over the snapshot's periods, with the DfE's comparators where published.
//
// Thread-safety: pure function of its arguments.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_TEAM_H_
#define HC_WEB_DASHBOARD_DASHBOARD_TEAM_H_

#include <functional>
#include <string>
#include <vector>

#include "html/html.h"
#include "metrics/benchmark.h"
#include "metrics/health_check.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// The contents of <main>; `periods` oldest first, the shown period last.
// Empty when the team is not in the last period. `benchmarks`:
// the DfE's comparators of each period (same order; empty: none imported).
// `area_footer`, when given, adds a fragment at the end of each area's section
// (the actions agreed for that area: dashboard_actions.h).
html::Html teamHtml(const std::vector<metrics::HealthCheck>& periods,
                    const std::vector<metrics::MetricBenchmarks>& benchmarks, const std::string& team_id,
                    const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                    const std::function<html::Html(const std::string& area_id)>& area_footer = {});

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_TEAM_H_

// The dashboard's overview page: the filters (service, locality, period:
// all in the address), download links, and the heat map: the council and
// service rows on top, then the teams grouped by service, by the five
// areas, each cell a link to that area of the team page (keeping the
// filters) whose text names the status and the worst metric.
//
// Thread-safety: pure function of its arguments.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_OVERVIEW_H_
#define HC_WEB_DASHBOARD_DASHBOARD_OVERVIEW_H_

#include <string>
#include <vector>

#include "metrics/health_check.h"
#include "metrics/period.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// The contents of <main>. `quarters`: the period selector's choices.
std::string overviewHtml(const metrics::HealthCheck& hc, const DashboardQuery& q,
                         const std::vector<metrics::Period>& quarters);

// The filter form and the quarter links (shared with the other pages).
std::string filtersHtml(const metrics::HealthCheck& hc, const DashboardQuery& q,
                        const std::vector<metrics::Period>& quarters, const std::string& action);
// The quarter links alone, for pages without service or locality filters.
std::string quarterLinksHtml(const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                             const std::string& action);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_OVERVIEW_H_

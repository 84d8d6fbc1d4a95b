// The dashboard's overview page, built around "which teams need attention,
// and why": compact filters (service, locality, order, period: all in the
// address), the "Needs attention" list, then the heat map: the teams in
// attention order (or by name or service), then the council and services,
// by area, each cell a link to that area of the team page (keeping the
// filters) giving the rating in words and colour, the area score, how many
// measures are red, marks for significant signals and the measures behind
// the rating. Areas no team has figures for are said once, not drawn.
// Downloads and links come below.
//
// Thread-safety: pure function of its arguments.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_OVERVIEW_H_
#define HC_WEB_DASHBOARD_DASHBOARD_OVERVIEW_H_

#include <string>
#include <vector>

#include "html/html.h"
#include "metrics/health_check.h"
#include "metrics/period.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// The contents of <main>. `quarters`: the period selector's choices.
html::Html overviewHtml(const metrics::HealthCheck& hc, const DashboardQuery& q,
                        const std::vector<metrics::Period>& quarters);

// The filter form and the quarter links (shared with the other pages).
// `overview`: with the order of teams, and without the quarter links
// (which the overview shows below its map).
html::Html filtersHtml(const metrics::HealthCheck& hc, const DashboardQuery& q,
                       const std::vector<metrics::Period>& quarters, const std::string& action,
                       bool overview = false);
// The quarter links alone, for pages without service or locality filters.
html::Html quarterLinksHtml(const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                            const std::string& action);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_OVERVIEW_H_

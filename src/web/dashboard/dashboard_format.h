// The pieces every dashboard page shares: status words and CSS classes,
// figures as text (through reports' figure_text, so the dashboard rounds
// exactly as the members' report does), the worst metric of an area, the
// scopes a filter shows, and the dashboard's stylesheet, generated from
// reports' status colours (each text/background pair at least 4.5:1).
//
// The pages are served under a Content-Security-Policy without inline
// styles, so colours come from classes in that stylesheet, never style=.
//
// Thread-safety: pure functions.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_FORMAT_H_
#define HC_WEB_DASHBOARD_DASHBOARD_FORMAT_H_

#include <string>
#include <vector>

#include "html/html.h"
#include "web/view/app_components.h"
#include "metrics/catalogue.h"
#include "metrics/health_check.h"
#include "reports/svg_bar_chart.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// "red", "amber", "green" or "none": the suffix of the hc-status--* class.
const char* statusKey(metrics::Status s);
// "Red", "Amber", "Green" or "No rating".
std::string statusWord(metrics::Status s);
// <strong class="hc-tag hc-status--red">Red</strong>
html::Html statusTag(metrics::Status s);

// "14.2%", or "Not shown (fewer than 5)" when suppressed, or "No figure".
std::string figureText(const metrics::MetricInfo& info, const metrics::MetricResult& m);

// The first metric (catalogue order) whose status is the area's; nullptr
// when the area has no rating.
const metrics::MetricResult* worstMetric(const metrics::AreaResult& area);
// "Red: vacancy rate", "Green", "No rating": the heat-map cell's text.
std::string cellText(const metrics::AreaResult& area);

// The scopes of `hc` a query shows: the council, the services (only the
// chosen one when filtered) and the teams passing the filters; in order.
std::vector<const metrics::ScopeResult*> shownScopes(const metrics::HealthCheck& hc, const DashboardQuery& q);
// The scope with this level and id, or nullptr.
const metrics::ScopeResult* findScope(const metrics::HealthCheck& hc, metrics::Level level, const std::string& id);

// A service's name ("Children's services") from its id ("children"), so no
// page shows the raw id; the id itself if the health check has no such
// service.
std::string serviceName(const metrics::HealthCheck& hc, const std::string& service_id);


// <div class="hc-chart-box"> holding a bar chart twice: wide for a desk,
// narrow for a phone; the stylesheet shows one by the window's width, so
// the chart never scrolls sideways nor shrinks its text below 12 px.
html::Html barChartBox(const reports::BarChart& chart);

// The stylesheet served at /dashboard/dashboard.css.
std::string stylesheet();
// The members' report served in the browser: reflow on a phone (WCAG
// 1.4.10) without touching the printed report: its wide tables scroll in
// their own box with the first column fixed and a cue, its charts keep
// legible text and scroll sideways.
std::string membersScreenStylesheet();


}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_FORMAT_H_

// DashboardQuery: what a dashboard view shows, read from and written back
// to the address (?period=2026-Q3&service=children&locality=North), so any
// view can be bookmarked and shared and every link keeps the filters.
//
// Thread-safety: plain values and pure functions.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_QUERY_H_
#define HC_WEB_DASHBOARD_DASHBOARD_QUERY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "metrics/health_check.h"
#include "metrics/period.h"
#include "html/element.h"
#include "web/http/request.h"

namespace hc::web::dashboard {

struct DashboardQuery {
  metrics::Period period;
  bool period_given = false;  // false: the default period was chosen
  std::string service;        // a service id, "" for all
  std::string locality;       // "" for all
  std::string sort;           // the overview's teams: "" attention order, "name", "service"

  // "?period=2026-Q3&service=children" (URL-encoded; not HTML-escaped).
  // The period is always written, so a shared link never drifts when
  // newer data arrives.
  std::string queryString() const;
  // This query for another period.
  DashboardQuery withPeriod(const metrics::Period& p) const;
  // Whether a team scope passes the service and locality filters.
  bool shows(const metrics::ScopeResult& scope) const;
};

// The latest complete quarter with data: the latest quarter whose last day
// is on or before `latest` (the last day the records cover). Without
// data, the quarter of today's date.
metrics::Period defaultPeriod(const std::optional<Date>& latest);

// The query of a request. nullopt when `period` is there but is not a
// period, with the reason in *error for an error message.
std::optional<DashboardQuery> parseDashboardQuery(const http::Request& request, const std::optional<Date>& latest,
                                                  std::string* error);

// The last `count` quarters up to the default period, newest first: the
// period selector's choices.
std::vector<metrics::Period> recentQuarters(const std::optional<Date>& latest, int count);

// Percent-encoding (html/element.h), used throughout the dashboard's links.
using html::urlEncode;

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_QUERY_H_

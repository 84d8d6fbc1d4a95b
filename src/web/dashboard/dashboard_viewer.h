// snapshotFor: the dashboard's figures as one signed-in person may see them
// (access/access_scope.h): a director, every figure as computed; a member,
// the published figures (small numbers suppressed); a manager, the teams
// and services they manage as computed and the rest with the small-numbers
// rule applied to what they see (metrics/shown_figures.h), so that nothing
// hidden can be worked out from their own teams.
// With no signed-in person (never, behind the sign-in filter) it fails
// closed: published figures only.
//
// Example:
//   auto shown = snapshotFor(cache, signedInUser(request), period, false, 5);
//
// Thread-safety: as the cache, safe from any thread.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_VIEWER_H_
#define HC_WEB_DASHBOARD_DASHBOARD_VIEWER_H_

#include <memory>
#include <optional>

#include "access/user.h"
#include "metrics/period.h"
#include "web/dashboard/dashboard_cache.h"

namespace hc::web::dashboard {

// Does `viewer` see `scope` as computed? A director everything; a manager
// their own teams and services; never the council but for a director.
bool seesAsComputed(const access::User& viewer, const metrics::ScopeResult& scope);

std::shared_ptr<const DashboardSnapshot> snapshotFor(DashboardCache& cache, const std::optional<access::User>& viewer,
                                                     const metrics::Period& period, bool with_trend,
                                                     int min_group_size);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_VIEWER_H_

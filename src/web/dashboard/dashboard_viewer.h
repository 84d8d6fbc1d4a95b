// snapshotFor: the dashboard's figures as one signed-in person may see them
// (access/access_scope.h): a director, every figure as computed; a member,
// the published figures (small numbers suppressed); a manager, the teams
// and services they manage as computed and everything else as published.
// With no signed-in person (never, behind the sign-in filter) it fails
// closed: published figures only.
//
// Example:
//   auto shown = snapshotFor(cache, signedInUser(request), period, false);
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

std::shared_ptr<const DashboardSnapshot> snapshotFor(DashboardCache& cache, const std::optional<access::User>& viewer,
                                                     const metrics::Period& period, bool with_trend);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_VIEWER_H_

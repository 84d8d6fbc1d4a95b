#include "web/dashboard/dashboard_viewer.h"

#include "access/access_scope.h"
#include "metrics/shown_figures.h"

namespace hc::web::dashboard {

bool seesAsComputed(const access::User& viewer, const metrics::ScopeResult& scope) {
  if (viewer.role == access::Role::kDirector) return true;
  switch (scope.level) {
    case metrics::Level::kTeam:
      return access::seesUnsuppressed(viewer, scope.id, scope.service);
    case metrics::Level::kService:
      return access::seesUnsuppressed(viewer, "", scope.id);
    case metrics::Level::kCouncil:
      return false;  // it holds every other team
  }
  return false;
}

std::shared_ptr<const DashboardSnapshot> snapshotFor(DashboardCache& cache, const std::optional<access::User>& viewer,
                                                     const metrics::Period& period, bool with_trend,
                                                     int min_group_size) {
  if (viewer && viewer->role == access::Role::kDirector) return cache.get(period, with_trend, false);
  auto published = cache.get(period, with_trend, true);
  if (!viewer || access::publishedOnly(*viewer) || (viewer->teams.empty() && viewer->services.empty()))
    return published;

  // A manager: their own scopes as computed count as shown, so the
  // small-numbers rule is applied afresh to what they see (putting their
  // teams back into the published figures would let them work out the
  // teams hidden to protect them).
  auto computed = cache.get(period, with_trend, false);
  auto theirs = std::make_shared<DashboardSnapshot>();
  const access::User& manager = *viewer;
  auto sees = [&manager](const metrics::ScopeResult& s) { return seesAsComputed(manager, s); };
  for (const metrics::HealthCheck& hc : computed->periods)
    theirs->periods.push_back(metrics::figuresShownTo(hc, sees, min_group_size));
  return theirs;
}

}  // namespace hc::web::dashboard

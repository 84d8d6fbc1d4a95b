#include "web/dashboard/dashboard_viewer.h"

#include "access/access_scope.h"

namespace hc::web::dashboard {
namespace {

// Does the viewer see this scope as computed? The council never, for a
// manager: it holds every other team.
bool seesAsComputed(const access::User& viewer, const metrics::ScopeResult& scope) {
  switch (scope.level) {
    case metrics::Level::kTeam:
      return access::seesUnsuppressed(viewer, scope.id, scope.service);
    case metrics::Level::kService:
      return access::seesUnsuppressed(viewer, "", scope.id);
    case metrics::Level::kCouncil:
      return false;
  }
  return false;
}

}  // namespace

std::shared_ptr<const DashboardSnapshot> snapshotFor(DashboardCache& cache, const std::optional<access::User>& viewer,
                                                     const metrics::Period& period, bool with_trend) {
  if (viewer && viewer->role == access::Role::kDirector) return cache.get(period, with_trend, false);
  auto published = cache.get(period, with_trend, true);
  if (!viewer || access::publishedOnly(*viewer) || (viewer->teams.empty() && viewer->services.empty()))
    return published;

  // A manager: the published figures with their own scopes put back. Both
  // snapshots come from the same records, so their scopes line up.
  auto computed = cache.get(period, with_trend, false);
  auto mixed = std::make_shared<DashboardSnapshot>(*published);
  for (size_t k = 0; k < mixed->periods.size() && k < computed->periods.size(); ++k) {
    auto& scopes = mixed->periods[k].scopes;
    const auto& own = computed->periods[k].scopes;
    for (size_t s = 0; s < scopes.size() && s < own.size(); ++s)
      if (scopes[s].id == own[s].id && scopes[s].level == own[s].level && seesAsComputed(*viewer, own[s]))
        scopes[s] = own[s];
  }
  return mixed;
}

}  // namespace hc::web::dashboard

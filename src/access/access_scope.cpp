#include "access/access_scope.h"

namespace hc::access {

bool knownAccessTag(const std::string& tag) {
  for (const char* t : {access_tag::kPublic, access_tag::kSignedIn, access_tag::kDashboard, access_tag::kDirector,
                        access_tag::kAdmin, access_tag::kImport, access_tag::kAudit})
    if (tag == t) return true;
  return false;
}

bool mayCall(const User* user, const std::string& tag) {
  if (tag == access_tag::kPublic) return true;
  if (!user) return false;
  if (tag == access_tag::kSignedIn) return true;
  if (tag == access_tag::kDashboard) return seesFigures(*user);
  if (tag == access_tag::kDirector) return user->role == Role::kDirector;
  if (tag == access_tag::kAdmin) return user->role == Role::kAdmin;
  if (tag == access_tag::kImport) return user->role == Role::kAdmin || user->role == Role::kAnalyst;
  if (tag == access_tag::kAudit) return user->role == Role::kAdmin || user->role == Role::kDirector;
  return false;
}

bool mayManageActions(const User& user, const std::string& scope_id, const std::string& team_service) {
  if (user.role == Role::kDirector) return true;
  if (user.role != Role::kManager || scope_id == "council") return false;
  return user.teams.count(scope_id) > 0 || user.services.count(scope_id) > 0 ||
         (!team_service.empty() && user.services.count(team_service) > 0);
}

bool seesUnsuppressed(const User& user, const std::string& team_id, const std::string& service) {
  switch (user.role) {
    case Role::kDirector:
      return true;
    case Role::kManager:
      return user.teams.count(team_id) > 0 || (!service.empty() && user.services.count(service) > 0);
    default:
      return false;
  }
}

bool seesFigures(const User& user) { return user.role != Role::kAdmin && user.role != Role::kAnalyst; }

bool publishedOnly(const User& user) { return user.role == Role::kMember; }

bool mayExport(const User& user) { return user.role == Role::kDirector || user.role == Role::kManager; }

}  // namespace hc::access

// AccessScope: who may call a route, and who may see which figures. The one
// place the role model is written down; the web filter and every page that
// shows figures ask here, never decide for themselves.
//
// Route access tags (Router::get/post's third argument):
//   "public"     anyone, no account (the survey form, sign-in, assets)
//   "signed-in"  any account (sign-out, the home page of a signed-in user)
//   "dashboard"  director, manager, member: figures, each page filtering
//                what it shows with seesUnsuppressed()/publishedOnly()
//   "director"   directors only
//   "admin"      admins only (accounts, surveys, settings)
//   "import"     admins and analysts (uploads, imports, the import history)
//   "audit"      admins and directors (the audit log)
// An unknown tag admits no one (a typo fails closed).
//
// Figures: a director sees every team unsuppressed; a manager sees the
// teams they manage, and every team of a service they manage, unsuppressed,
// and everything else as published (small numbers suppressed); a member
// sees published figures only; an admin and an analyst see none.
//
// Thread-safety: pure functions.
#ifndef HC_ACCESS_ACCESS_SCOPE_H_
#define HC_ACCESS_ACCESS_SCOPE_H_

#include <string>

#include "access/user.h"

namespace hc::access {

namespace access_tag {
constexpr const char* kPublic = "public";
constexpr const char* kSignedIn = "signed-in";
constexpr const char* kDashboard = "dashboard";
constexpr const char* kDirector = "director";
constexpr const char* kAdmin = "admin";
constexpr const char* kImport = "import";
constexpr const char* kAudit = "audit";
}  // namespace access_tag

// True when `tag` is one of the tags above.
bool knownAccessTag(const std::string& tag);

// May this user (nullptr: not signed in) call a route tagged `tag`?
bool mayCall(const User* user, const std::string& tag);

// May the user see team `team_id` of `service` unsuppressed (exact counts,
// named staff-level detail)?
bool seesUnsuppressed(const User& user, const std::string& team_id, const std::string& service);

// May the user see any figures at all (as published, at least)?
bool seesFigures(const User& user);

// True when the user sees published figures only everywhere (members):
// pages can skip loading unsuppressed data altogether.
bool publishedOnly(const User& user);

// May the user add and update the actions of `scope_id` (a team id, a
// service or "council"; `team_service` is the team's service, empty for
// other scopes)? Directors: any scope. Managers: the teams they manage,
// every team of a service they manage, and that service itself; never the
// council. Members and admins read actions only.
bool mayManageActions(const User& user, const std::string& scope_id, const std::string& team_service);

// May the user export reports (the members' report, the workbook)?
// Directors and managers: what they export is filtered as they see it.
bool mayExport(const User& user);

}  // namespace hc::access

#endif  // HC_ACCESS_ACCESS_SCOPE_H_

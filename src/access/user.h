// User: a signed-in person's role and, for a manager, what they manage.
//
//   admin     manages users, imports, surveys and settings; sees no figures
//   analyst   a workforce or performance officer: imports the exports and
//             reads the import history; sees no figures, manages nothing else
//   director  sees every figure unsuppressed
//   manager   sees their own teams (or whole services) unsuppressed, and
//             everything else as published
//   member    an elected member: published figures only
//
// Staff answering surveys have no account (the link is the authority).
//
// Thread-safety: a plain value.
#ifndef HC_ACCESS_USER_H_
#define HC_ACCESS_USER_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace hc::access {

enum class Role { kAdmin, kDirector, kManager, kMember, kAnalyst };

const char* roleName(Role role);
std::optional<Role> parseRole(std::string_view name);

struct User {
  std::string username;
  Role role = Role::kMember;
  std::set<std::string> teams;     // team ids a manager manages
  std::set<std::string> services;  // services a manager manages whole
};

// True when `name` may be a username: 1-64 characters of letters, digits
// and . _ - @ (an e-mail address works). Checked before any query, so a
// username never carries markup or control characters into pages or logs.
bool validUsername(std::string_view name);

}  // namespace hc::access

#endif  // HC_ACCESS_USER_H_

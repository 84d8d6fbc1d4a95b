#include "access/user.h"

namespace hc::access {

const char* roleName(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kDirector: return "director";
    case Role::kManager: return "manager";
    case Role::kMember: return "member";
    case Role::kAnalyst: return "analyst";
  }
  return "member";
}

std::optional<Role> parseRole(std::string_view name) {
  for (Role r : {Role::kAdmin, Role::kDirector, Role::kManager, Role::kMember, Role::kAnalyst})
    if (name == roleName(r)) return r;
  return std::nullopt;
}

bool validUsername(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-' || c == '@';
    if (!ok) return false;
  }
  return true;
}

}  // namespace hc::access

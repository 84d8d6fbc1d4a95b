// RoleMapping: which role, and for a manager which teams and services, a
// directory identity (directory_identity.h) gives, read from the mapping
// file that healthcheck.conf names (`directory-roles FILE`):
//
//   # Lines are tried top to bottom: the FIRST role line that matches
//   # gives the role (put admin first).
//   role admin    group CN=HC Admins,OU=Groups,DC=council,DC=gov,DC=uk
//   role director approle HealthCheck.Director
//   role manager  group CN=HC Managers,OU=Groups,DC=council,DC=gov,DC=uk
//   role member   approle HealthCheck.Member
//   # A manager's scope: every matching line adds a team or a service.
//   team T0001 group CN=Team Alder,OU=Teams,DC=council,DC=gov,DC=uk
//   service "Children in need" approle HealthCheck.CIN
//   # Or an attribute (LDAP) / claim (OIDC) whose values are team ids.
//   team-attribute departmentNumber
//
// `group` matches an LDAP group DN or an Entra group object id; `approle`
// an Entra app role value (which works when Entra drops the groups claim
// above 200 groups). Matching ignores case, and spaces around a DN's ',' and
// '='. The rest of the line after group/approle is the value (DNs hold
// spaces); a value may be in double quotes.
//
// Thread-safety: immutable after parsing; share freely.
#ifndef HC_DIRECTORY_ROLE_MAPPING_H_
#define HC_DIRECTORY_ROLE_MAPPING_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "access/user.h"
#include "directory/directory_identity.h"

namespace hc::directory {

// What an identity matches by.
enum class MatchBy { kGroup, kAppRole };

struct RoleRule {
  access::Role role;
  MatchBy by;
  std::string value;  // normalised (matchKey)
  std::string shown;  // as written, for the admin area
  int line = 0;
};

struct ScopeRule {
  bool service = false;  // false: a team id; true: a service name
  std::string scope;     // the team id or service name
  MatchBy by;
  std::string value;     // normalised (matchKey)
  std::string shown;     // as written
  int line = 0;
};

// A mapping file that cannot be used: "roles.conf:3: 'boss' is not a role
// (admin, director, manager, member, analyst)".
struct MappingError {
  std::string message;
};

// What the directory gives a person: a role and, for a manager, a scope.
struct MappedAccess {
  access::Role role;
  std::set<std::string> teams;
  std::set<std::string> services;
  std::string why;  // which line gave the role ("roles.conf:2"), for the audit
};

class RoleMapping {
 public:
  // Parses the text of a mapping file; `file_name` is for messages.
  static std::variant<RoleMapping, MappingError> parse(std::string_view text, const std::string& file_name);
  // Reads and parses the file at `path`.
  static std::variant<RoleMapping, MappingError> read(const std::string& path);

  // The role and scope `who` is given; nullopt when no role line matches.
  // Scope is only a manager's (others get none).
  std::optional<MappedAccess> map(const DirectoryIdentity& who) const;

  // The attribute or claim whose values are team ids ("" for none).
  const std::string& teamAttribute() const { return team_attribute_; }
  // Whom a person without access should ask (healthcheck.conf's
  // `directory-contact`), in words shown as they are.
  const std::string& contact() const { return contact_; }
  void setContact(std::string contact) { contact_ = std::move(contact); }

  const std::vector<RoleRule>& roleRules() const { return roles_; }
  const std::vector<ScopeRule>& scopeRules() const { return scopes_; }

  // How a group DN or id is compared: lower case, no spaces around ',' '='.
  static std::string matchKey(std::string_view value);

 private:
  std::vector<RoleRule> roles_;
  std::vector<ScopeRule> scopes_;
  std::string team_attribute_;
  std::string contact_ = "your health check administrator";
};

}  // namespace hc::directory

#endif  // HC_DIRECTORY_ROLE_MAPPING_H_

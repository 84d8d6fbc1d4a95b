// DirectoryIdentity: who the council's directory says a person is, as an
// OpenID Connect provider (directory/oidc/) or an LDAP directory
// (directory/ldap/) told it at one sign-in. The mapping (role_mapping.h)
// turns its groups, app roles and team ids into a role and a scope, and
// directory_accounts.h keeps the account in step with it.
//
// Thread-safety: a plain value.
#ifndef HC_DIRECTORY_DIRECTORY_IDENTITY_H_
#define HC_DIRECTORY_DIRECTORY_IDENTITY_H_

#include <string>
#include <vector>

namespace hc::directory {

struct DirectoryIdentity {
  std::string source;        // "oidc" or "ldap" (users.source)
  std::string subject;       // the directory's stable id: OIDC `sub`, LDAP entryUUID / objectGUID (hex)
  std::string username;      // the account's name here (sAMAccountName, uid, preferred_username)
  std::string display_name;  // shown, never audited
  std::string email;         // never audited (audit rows hold no staff addresses)
  std::vector<std::string> groups;     // group DNs (LDAP) or group object ids (Entra)
  std::vector<std::string> app_roles;  // Entra app role values (`roles` claim)
  std::vector<std::string> team_ids;   // from the mapping's team attribute (or claim)
};

}  // namespace hc::directory

#endif  // HC_DIRECTORY_DIRECTORY_IDENTITY_H_

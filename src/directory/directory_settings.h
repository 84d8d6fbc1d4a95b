// DirectorySettings: signing in with the council's own directory, as the
// server is configured (healthcheck.conf: directory-roles, directory-contact,
// local-sign-in, ldap-*; the OpenID Connect settings beside them).
//
// Without a role mapping nobody signs in through a directory, whatever
// else is set. Local passwords stay the break-glass way in for admins;
// local-sign-in = admins-only refuses them to every other role.
//
// Thread-safety: a plain value.
#ifndef HC_DIRECTORY_DIRECTORY_SETTINGS_H_
#define HC_DIRECTORY_DIRECTORY_SETTINGS_H_

#include <memory>

#include "directory/ldap/ldap_settings.h"
#include "directory/oidc/oidc_settings.h"
#include "directory/role_mapping.h"

namespace hc::directory {

struct DirectorySettings {
  // The mapping of groups and app roles to roles and scope, its contact
  // set (directory-contact); null: no directory sign-in.
  std::shared_ptr<const RoleMapping> roles;
  // local-sign-in = admins-only: a local password signs in admins only.
  bool local_admins_only = false;
  // LDAP (directory/ldap/); LdapSettings::configured() false: off.
  ldap::LdapSettings ldap;
  // OpenID Connect (directory/oidc/); OidcSettings::configured() false: off.
  oidc::OidcSettings oidc;

  bool ldapOn() const { return roles && ldap.configured(); }
  bool oidcOn() const { return roles && oidc.configured(); }
};

}  // namespace hc::directory

#endif  // HC_DIRECTORY_DIRECTORY_SETTINGS_H_

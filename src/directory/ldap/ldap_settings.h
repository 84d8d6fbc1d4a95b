// LdapSettings: how to reach the council's LDAP directory (on-premises
// Active Directory, or OpenLDAP), from healthcheck.conf's ldap-* keys and
// the service account's password from the environment file
// (HEALTHCHECK_LDAP_PASSWORD, as HEALTHCHECK_DB_PASSWORD for the database).
//
// The connection is always encrypted: ldaps:// (TLS from the start) or
// ldap:// with StartTLS (ldap-starttls = yes). Plain ldap:// without
// StartTLS sends passwords in clear and is refused unless
// ldap-allow-plain = yes, which exists for tests on 127.0.0.1 only.
//
// Thread-safety: a plain value.
#ifndef HC_DIRECTORY_LDAP_LDAP_SETTINGS_H_
#define HC_DIRECTORY_LDAP_LDAP_SETTINGS_H_

#include <optional>
#include <string>

namespace hc::directory::ldap {

struct LdapSettings {
  std::string url;            // ldaps://dc1.council.local:636; empty: LDAP sign-in off
  std::string bind_dn;        // the service account, CN=svc-healthcheck,OU=Service,DC=council,DC=local
  std::string bind_password;  // HEALTHCHECK_LDAP_PASSWORD
  std::string base_dn;        // where people (and groups) are searched, DC=council,DC=local
  // {user} is replaced by the typed name, escaped (RFC 4515).
  std::string user_filter = "(sAMAccountName={user})";
  // {dn} is replaced by the person's DN, escaped; empty: the person's
  // memberOf attribute gives the groups (Active Directory, OpenLDAP's
  // memberof overlay).
  std::string group_filter;
  std::string ca_file;        // PEM file of the CA that signed the directory's certificate; empty: the system's
  bool starttls = false;      // ldap:// then StartTLS
  bool allow_plain = false;   // tests only: plain ldap:// without TLS
  int timeout_seconds = 5;    // connecting, and each operation
  // The attribute whose values are team ids (RoleMapping::teamAttribute()).
  std::string team_attribute;

  bool configured() const { return !url.empty(); }
};

// What makes `settings` unusable, in words for the admin ("ldap-url must
// start with ldaps:// or ldap://"); nullopt when fine or not configured.
std::optional<std::string> settingsProblem(const LdapSettings& settings);

}  // namespace hc::directory::ldap

#endif  // HC_DIRECTORY_LDAP_LDAP_SETTINGS_H_

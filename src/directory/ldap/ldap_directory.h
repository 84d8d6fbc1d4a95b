// LdapDirectory: the council's LDAP directory (Active Directory or
// OpenLDAP) through Debian's OpenLDAP client library (libldap), for
// checking a person's password and reading who they are.
//
// authenticate(name, password), over one connection:
//   1. connect: ldaps://, or ldap:// then StartTLS (plain only when
//      ldap-allow-plain); the certificate checked against ldap-ca-file
//      (or the system's CAs) and the host name, always (TLS_DEMAND);
//   2. bind as the service account (ldap-bind-dn, HEALTHCHECK_LDAP_PASSWORD;
//      anonymous when no bind DN is set);
//   3. search ldap-base-dn with ldap-user-filter, the typed name escaped
//      (ldap_filter.h); exactly one entry or nobody (two entries: nobody);
//   4. the groups: its memberOf values, or the DNs ldap-group-filter finds;
//   5. bind as that entry's DN with the typed password. An empty password
//      is refused before any of this: an LDAP "unauthenticated bind" (a DN
//      and no password) succeeds without checking anything.
//
// What comes back says only whether the directory could not be used
// (kDirectoryDown: unreachable, TLS, service bind or search failed) or
// refused the person (kRefused: no such name, several, wrong password, a
// locked or expired directory account) with a detail for the log; never
// which of the refusals it was, to the person.
//
// The identity's subject is entryUUID (OpenLDAP) or objectGUID (AD, in
// hex), its username the directory's own spelling of the filter's
// attribute (so "JSmith" and "jsmith" are one account).
//
// Thread-safety: const methods open their own connection; call from any
// thread.
#ifndef HC_DIRECTORY_LDAP_LDAP_DIRECTORY_H_
#define HC_DIRECTORY_LDAP_LDAP_DIRECTORY_H_

#include <string>
#include <variant>
#include <vector>

#include "directory/connection_step.h"
#include "directory/directory_identity.h"
#include "directory/ldap/ldap_settings.h"

namespace hc::directory::ldap {

struct LdapProblem {
  enum class Kind { kDirectoryDown, kRefused } kind;
  std::string detail;  // for the audit and the admin, not the person
};

using LdapAnswer = std::variant<DirectoryIdentity, LdapProblem>;

using directory::ConnectionStep;  // "Connect", "TLS", "Service account bind", "Search"

class LdapDirectory {
 public:
  explicit LdapDirectory(LdapSettings settings) : settings_(std::move(settings)) {}

  LdapAnswer authenticate(const std::string& username, const std::string& password) const;

  // Connect (TCP), TLS, the service account's bind and a search of the
  // base DN, in that order, stopping at the first that fails.
  std::vector<ConnectionStep> testConnection() const;

  const LdapSettings& settings() const { return settings_; }

 private:
  LdapSettings settings_;
};

}  // namespace hc::directory::ldap

#endif  // HC_DIRECTORY_LDAP_LDAP_DIRECTORY_H_

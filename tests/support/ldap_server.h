// LdapServer: a real OpenLDAP slapd on 127.0.0.1 for the directory tests
// (tests/support/ldap_server.sh, Debian's slapd and ldap-utils), set up in a
// temporary folder with a test CA, LDAPS and StartTLS, the memberof overlay
// and a small directory under dc=council,dc=test:
//
//   people  (uid=NAME,ou=people; password NAME-secret)
//     ada (hc-admins), dora (hc-directors), jane (hc-managers, team-alder,
//     departmentNumber T0009), pat (hc-managers, team-birch), mo
//     (hc-members), nobody (no group)
//   groups  cn=GROUP,ou=groups: groupOfNames with member
//   service account cn=svc-healthcheck,dc=council,dc=test (svc-secret)
//
//   LdapServer ldap;
//   settings.url = ldap.ldapsUrl(); settings.ca_file = ldap.caFile();
//   ldap.modify("dn: cn=team-alder,...\nchangetype: modify\n...");
//   ldap.stop();   // connections refused until start()
//
// Thread-safety: one test's fixture; not shared.
#ifndef HC_TESTS_SUPPORT_LDAP_SERVER_H_
#define HC_TESTS_SUPPORT_LDAP_SERVER_H_

#include <string>

namespace hc::testing {

class LdapServer {
 public:
  static constexpr const char* kBase = "dc=council,dc=test";
  static constexpr const char* kServiceDn = "cn=svc-healthcheck,dc=council,dc=test";
  static constexpr const char* kServicePassword = "svc-secret";

  LdapServer();
  ~LdapServer();
  LdapServer(const LdapServer&) = delete;
  LdapServer& operator=(const LdapServer&) = delete;

  std::string ldapsUrl() const { return "ldaps://127.0.0.1:" + std::to_string(ldaps_port_); }
  std::string ldapUrl() const { return "ldap://127.0.0.1:" + std::to_string(ldap_port_); }
  const std::string& caFile() const { return ca_file_; }
  // A group's DN: groupDn("hc-admins").
  static std::string groupDn(const std::string& cn);

  // Applies an LDIF change (ldapmodify as the root DN over ldapi).
  void modify(const std::string& ldif);
  void stop();
  void start();

 private:
  std::string dir_, ca_file_;
  int ldaps_port_ = 0, ldap_port_ = 0;
  int pid_ = 0;
};

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_LDAP_SERVER_H_

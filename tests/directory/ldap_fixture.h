// One real slapd (support/ldap_server.h) for a whole suite of the
// directory tests, and the settings and role mapping that fit its
// directory. Tests that change the directory put it back.
#ifndef HC_TESTS_DIRECTORY_LDAP_FIXTURE_H_
#define HC_TESTS_DIRECTORY_LDAP_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>

#include "directory/directory_settings.h"
#include "directory/ldap/ldap_settings.h"
#include "directory/role_mapping.h"
#include "support/ldap_server.h"

namespace hc::directory {

inline hc::testing::LdapServer& sharedLdap() {
  static auto* server = new hc::testing::LdapServer();  // ends with the process: its destructor stops slapd
  static const struct Stopper {
    ~Stopper() { delete server; }
  } stopper;
  return *server;
}

inline ldap::LdapSettings ldapSettings() {
  auto& server = sharedLdap();
  ldap::LdapSettings s;
  s.url = server.ldapsUrl();
  s.ca_file = server.caFile();
  s.bind_dn = hc::testing::LdapServer::kServiceDn;
  s.bind_password = hc::testing::LdapServer::kServicePassword;
  s.base_dn = hc::testing::LdapServer::kBase;
  s.user_filter = "(&(objectClass=inetOrgPerson)(uid={user}))";
  s.team_attribute = "departmentNumber";
  return s;
}

inline std::shared_ptr<const RoleMapping> testMapping() {
  using hc::testing::LdapServer;
  const std::string text = "role admin group " + LdapServer::groupDn("hc-admins") + "\n" +
                           "role director group " + LdapServer::groupDn("hc-directors") + "\n" +
                           "role manager group " + LdapServer::groupDn("hc-managers") + "\n" +
                           "role member group " + LdapServer::groupDn("hc-members") + "\n" +
                           "team T1 group " + LdapServer::groupDn("team-alder") + "\n" +
                           "team T2 group " + LdapServer::groupDn("team-birch") + "\n";
  auto mapping = std::make_shared<RoleMapping>(std::get<RoleMapping>(RoleMapping::parse(text, "roles.conf")));
  mapping->setContact("the Performance Team on extension 4321");
  return mapping;
}

inline DirectorySettings directorySettings() {
  DirectorySettings d;
  d.roles = testMapping();
  d.ldap = ldapSettings();
  return d;
}

// An LDIF change moving `uid` into or out of group `cn`.
inline std::string membership(const std::string& change, const std::string& cn, const std::string& uid) {
  return "dn: " + hc::testing::LdapServer::groupDn(cn) + "\nchangetype: modify\n" + change + ": member\nmember: uid=" +
         uid + ",ou=people," + hc::testing::LdapServer::kBase + "\n";
}

}  // namespace hc::directory

#endif  // HC_TESTS_DIRECTORY_LDAP_FIXTURE_H_

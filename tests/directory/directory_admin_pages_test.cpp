// The admin area's view of directory sign-in (/admin/directories and the
// accounts pages) against a real slapd: settings shown without the
// password, the role mapping, the connection test saying which step
// failed, each account's source; admins only.
#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "access/user_store.h"
#include "directory/directory_accounts.h"
#include "ldap_fixture.h"
#include "web/access_fixture.h"

namespace hc::web {
namespace {

class DirectoryAdminPagesTest : public AccessWebTest {
 protected:
  explicit DirectoryAdminPagesTest(const std::string& bind_password = hc::testing::LdapServer::kServicePassword)
      : AccessWebTest(false, [bind_password](WebAppOptions& o) {
          o.directory = directory::directorySettings();
          o.directory.ldap.bind_password = bind_password;
        }) {
    addUser("root", access::Role::kAdmin);
    addUser("mary", access::Role::kManager, {"T1"});
  }
  static bool has(const http::Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }
};

TEST_F(DirectoryAdminPagesTest, ShowsTheSettingsAndMappingButNeverThePassword) {
  http::Request r = as("root", "GET", "/admin/directories");
  const http::Response page = app_->handle(r);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, directory::sharedLdap().ldapsUrl()));
  EXPECT_TRUE(has(page, "set (HEALTHCHECK_LDAP_PASSWORD)"));
  EXPECT_FALSE(has(page, hc::testing::LdapServer::kServicePassword));
  EXPECT_TRUE(has(page, "Test the connection"));
  EXPECT_TRUE(has(page, "group cn=hc-managers,ou=groups,dc=council,dc=test"));
  EXPECT_TRUE(has(page, "the Performance Team on extension 4321"));
  http::Request manager = as("mary", "GET", "/admin/directories");
  EXPECT_EQ(app_->handle(manager).status, 403);
}

TEST_F(DirectoryAdminPagesTest, TheConnectionTestPassesEveryStepAndIsAudited) {
  http::Request r = as("root", "POST", "/admin/directories/ldap/test");
  const http::Response page = app_->handle(r);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "The connection to LDAP (Active Directory, OpenLDAP) works.")) << page.body;
  for (const char* step : {">Connect<", ">TLS<", ">Service account bind<", ">Search<"}) EXPECT_TRUE(has(page, step)) << step;
  EXPECT_FALSE(has(page, "Failed"));
  const auto log = access::AuditLog(test_db_.db()).since("2000-01-01");
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.back().action, "directory-test");
  EXPECT_EQ(log.back().actor, "root");
  EXPECT_EQ(log.back().detail, "the connection works");
  http::Request manager = as("mary", "POST", "/admin/directories/ldap/test");
  EXPECT_EQ(app_->handle(manager).status, 403);
}

TEST_F(DirectoryAdminPagesTest, AccountsShowTheirSourceAndLastDirectorySignIn) {
  directory::DirectoryIdentity pat{"ldap", "uuid-pat", "pat", "Pat", "pat@council.test", {}, {}, {}};
  pat.groups = {hc::testing::LdapServer::groupDn("hc-managers"), hc::testing::LdapServer::groupDn("team-birch")};
  ASSERT_TRUE(std::holds_alternative<access::User>(
      directory::signInFromDirectory(test_db_.db(), pat, *directory::testMapping(), nowSeconds())));
  http::Request list = as("root", "GET", "/admin/users");
  const http::Response users = app_->handle(list);
  EXPECT_TRUE(has(users, "Council directory (LDAP)"));
  EXPECT_TRUE(has(users, "Password"));
  http::Request one = as("root", "GET", "/admin/users/pat");
  const http::Response account = app_->handle(one);
  EXPECT_TRUE(has(account, "Last signed in through the directory"));
  EXPECT_TRUE(has(account, "The role and scope come from the council&#39;s directory at every sign-in"))
      << account.body;
  EXPECT_FALSE(has(account, "Create a set-password link")) << "no password for a directory account";
}

class DirectoryAdminBadBindTest : public DirectoryAdminPagesTest {
 protected:
  DirectoryAdminBadBindTest() : DirectoryAdminPagesTest("not-the-password") {}
};

TEST_F(DirectoryAdminBadBindTest, TheConnectionTestSaysPlainlyWhichStepFailed) {
  http::Request r = as("root", "POST", "/admin/directories/ldap/test");
  const http::Response page = app_->handle(r);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "The test failed at: Service account bind.")) << page.body;
  EXPECT_TRUE(has(page, "Invalid credentials"));
  const auto log = access::AuditLog(test_db_.db()).since("2000-01-01");
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.back().detail.rfind("failed at Service account bind: ", 0), 0u) << log.back().detail;
}

}  // namespace
}  // namespace hc::web

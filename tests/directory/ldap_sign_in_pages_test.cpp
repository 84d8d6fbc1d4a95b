// The sign-in form with LDAP on, through the application's routes, against
// a real slapd: each role lands where its work is with its scope from the
// directory; a move between groups follows at the next sign-in; no group
// any more disables the account and says whom to ask; the directory down
// gives a clear page while the local admin still signs in.
#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "access/user_store.h"
#include "ldap_fixture.h"
#include "web/access_fixture.h"

namespace hc::web {
namespace {

using directory::membership;
using directory::sharedLdap;

class LdapSignInPagesTest : public AccessWebTest {
 protected:
  explicit LdapSignInPagesTest(bool admins_only = false)
      : AccessWebTest(false, [admins_only](WebAppOptions& o) {
          o.directory = directory::directorySettings();
          o.directory.local_admins_only = admins_only;
        }) {
    addUser("root", access::Role::kAdmin, {}, true);  // the break-glass admin
  }
  http::Response signIn(const std::string& user, const std::string& password) {
    cookies_.clear();
    browse("GET", "/login");
    return browse("POST", "/login", {{"username", user}, {"password", password}});
  }
  std::optional<access::Credentials> account(const std::string& name) {
    return access::UserStore(test_db_.db()).credentials(name);
  }
};

TEST_F(LdapSignInPagesTest, EachRoleLandsWithItsScopeFromTheDirectory) {
  EXPECT_NE(browse("GET", "/login").body.find("Use your council user name and password."), std::string::npos);
  const http::Response pat = signIn("pat", "pat-secret");
  ASSERT_EQ(pat.status, 303) << pat.body;
  EXPECT_EQ(pat.header("Location"), "/dashboard/team/T2");
  EXPECT_EQ(account("pat")->source, "ldap");
  EXPECT_EQ(account("pat")->user.teams, (std::set<std::string>{"T2"}));
  EXPECT_EQ(browse("GET", "/home").status, 200);

  EXPECT_EQ(signIn("ada", "ada-secret").header("Location"), "/admin");
  EXPECT_EQ(account("ada")->user.role, access::Role::kAdmin);
  EXPECT_EQ(browse("GET", "/admin/users").status, 200);
  EXPECT_EQ(signIn("dora", "dora-secret").header("Location"), "/dashboard");
  EXPECT_EQ(account("dora")->user.role, access::Role::kDirector);
  EXPECT_EQ(signIn("mo", "mo-secret").header("Location"), "/dashboard");
  EXPECT_EQ(account("mo")->user.role, access::Role::kMember);
}

TEST_F(LdapSignInPagesTest, WrongPasswordAndInjectionGetTheGenericAnswerAndCountTowardsTheBackOff) {
  ASSERT_EQ(signIn("pat", "pat-secret").status, 303);
  const http::Response wrong = signIn("pat", "guess");
  EXPECT_EQ(wrong.status, 200);
  EXPECT_NE(wrong.body.find("The username or password is not right"), std::string::npos);
  EXPECT_EQ(account("pat")->failed_logins, 1);
  const http::Response injected = signIn("*)(uid=*", "pat-secret");
  EXPECT_EQ(injected.status, 200);
  EXPECT_NE(injected.body.find("The username or password is not right"), std::string::npos);
  EXPECT_EQ(browse("GET", "/home").status, 303) << "nobody signed in";
  for (const auto& e : access::AuditLog(test_db_.db()).since("2000-01-01"))
    EXPECT_EQ(e.subject.find("*)("), std::string::npos) << "the typed text is never in the audit";
}

TEST_F(LdapSignInPagesTest, AMoveBetweenGroupsChangesTheScopeAtNextSignIn) {
  ASSERT_EQ(signIn("pat", "pat-secret").header("Location"), "/dashboard/team/T2");
  sharedLdap().modify(membership("delete", "team-birch", "pat"));
  sharedLdap().modify(membership("add", "team-alder", "pat"));
  const http::Response again = signIn("pat", "pat-secret");
  sharedLdap().modify(membership("delete", "team-alder", "pat"));
  sharedLdap().modify(membership("add", "team-birch", "pat"));
  EXPECT_EQ(again.header("Location"), "/dashboard/team/T1");
  EXPECT_EQ(account("pat")->user.teams, (std::set<std::string>{"T1"}));
  bool audited = false;
  for (const auto& e : access::AuditLog(test_db_.db()).since("2000-01-01"))
    audited = audited || (e.action == "user-change" && e.actor == "directory:ldap" && e.subject == "pat");
  EXPECT_TRUE(audited);
}

TEST_F(LdapSignInPagesTest, NoGroupAnyMoreDisablesTheAccountAndSaysWhomToAsk) {
  ASSERT_EQ(signIn("mo", "mo-secret").status, 303);
  sharedLdap().modify(membership("delete", "hc-members", "mo"));
  const http::Response refused = signIn("mo", "mo-secret");
  sharedLdap().modify(membership("add", "hc-members", "mo"));
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("The directory does not give you a role on the health check."), std::string::npos);
  EXPECT_NE(refused.body.find("Ask the Performance Team on extension 4321 to give you access."), std::string::npos);
  ASSERT_TRUE(account("mo"));
  EXPECT_TRUE(account("mo")->disabled);
  // Nobody with no group at all gets an account.
  EXPECT_EQ(signIn("nobody", "nobody-secret").status, 403);
  EXPECT_FALSE(account("nobody"));
}

TEST_F(LdapSignInPagesTest, DirectoryDownGivesAClearPageAndTheLocalAdminStillSignsIn) {
  sharedLdap().stop();
  const http::Response down = signIn("pat", "pat-secret");
  const http::Response root = signIn("root", kTestPassword);
  sharedLdap().start();
  EXPECT_EQ(down.status, 503);
  EXPECT_NE(down.body.find("The council&#39;s directory cannot be reached just now"), std::string::npos) << down.body;
  EXPECT_EQ(root.status, 303);
  EXPECT_EQ(root.header("Location"), "/admin");
}

class LdapAdminsOnlyTest : public LdapSignInPagesTest {
 protected:
  LdapAdminsOnlyTest() : LdapSignInPagesTest(true) {}
};

TEST_F(LdapAdminsOnlyTest, LocalPasswordsAreForAdminsOnly) {
  addUser("carol", access::Role::kManager, {"T1"}, true);
  EXPECT_EQ(signIn("carol", kTestPassword).status, 200);
  EXPECT_EQ(browse("GET", "/home").status, 303);
  EXPECT_EQ(signIn("root", kTestPassword).status, 303);
  EXPECT_EQ(signIn("pat", "pat-secret").status, 303) << "the directory's people are not local";
}

}  // namespace
}  // namespace hc::web

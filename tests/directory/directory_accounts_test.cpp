// Accounts kept in step with the directory at each sign-in
// (directory/directory_accounts.h), on SQLite and MariaDB.
#include "directory/directory_accounts.h"

#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "access/login.h"
#include "access/password_hasher.h"
#include "access/session_store.h"
#include "access/user_store.h"
#include "store/schema.h"
#include "support/test_database.h"

namespace hc::directory {
namespace {

constexpr int64_t kNow = 1'800'000'000;

class DirectoryAccountsTest : public ::testing::Test {
 protected:
  DirectoryAccountsTest() {
    store::migrate(db());
    auto parsed = RoleMapping::parse(
        "role admin group CN=Admins,DC=t\n"
        "role manager group CN=Managers,DC=t\n"
        "role member group CN=Members,DC=t\n"
        "team T0001 group CN=Alder,DC=t\n"
        "team T0002 group CN=Birch,DC=t\n",
        "roles.conf");
    mapping_ = std::get<RoleMapping>(parsed);
    mapping_.setContact("the Performance Team (performance@council.example)");
    // The break-glass admin every installation keeps.
    access::UserStore(db()).add({"root", access::Role::kAdmin, {}, {}}, access::hashPassword("a long local password"));
  }
  store::Database& db() { return test_db_.db(); }
  DirectoryIdentity person(std::vector<std::string> groups) {
    DirectoryIdentity who;
    who.source = "ldap";
    who.subject = "uuid-jane";
    who.username = "jane";
    who.email = "jane@council.example";
    who.groups = std::move(groups);
    return who;
  }
  DirectorySignIn signIn(const DirectoryIdentity& who, int64_t now = kNow) {
    return signInFromDirectory(db(), who, mapping_, now);
  }
  std::vector<access::AuditEntry> audit() { return access::AuditLog(db()).since("2000-01-01"); }

  hc::testing::TestDatabase test_db_;
  RoleMapping mapping_;
};

TEST_F(DirectoryAccountsTest, FirstSignInCreatesTheAccountWithRoleAndScope) {
  const auto got = signIn(person({"CN=Managers,DC=t", "CN=Alder,DC=t"}));
  ASSERT_TRUE(std::holds_alternative<access::User>(got));
  EXPECT_EQ(std::get<access::User>(got).role, access::Role::kManager);
  const auto stored = access::UserStore(db()).credentials("jane");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->source, "ldap");
  EXPECT_EQ(stored->user.teams, (std::set<std::string>{"T0001"}));
  // No password here signs in to it.
  EXPECT_FALSE(access::Login(db()).attempt("jane", "!", kNow));
  const auto accounts = directoryAccounts(db());
  ASSERT_EQ(accounts.size(), 1u);
  EXPECT_EQ(accounts[0].subject, "uuid-jane");
  EXPECT_EQ(accounts[0].last_seen_at, kNow);
  bool added = false, login = false;
  for (const auto& e : audit()) {
    added = added || (e.action == "user-add" && e.actor == "directory:ldap" && e.subject == "jane");
    login = login || (e.action == "login" && e.detail == "ldap: manager (teams T0001)");
    EXPECT_EQ(e.detail.find("jane@"), std::string::npos) << "no staff address in the audit";
  }
  EXPECT_TRUE(added);
  EXPECT_TRUE(login);
}

TEST_F(DirectoryAccountsTest, MovedBetweenGroupsChangesScopeAtNextSignIn) {
  ASSERT_TRUE(std::holds_alternative<access::User>(signIn(person({"CN=Managers,DC=t", "CN=Alder,DC=t"}))));
  const auto got = signIn(person({"CN=Managers,DC=t", "CN=Birch,DC=t"}), kNow + 60);
  ASSERT_TRUE(std::holds_alternative<access::User>(got));
  EXPECT_EQ(access::UserStore(db()).find("jane")->teams, (std::set<std::string>{"T0002"}));
  bool changed = false;
  for (const auto& e : audit())
    changed = changed || (e.action == "user-change" && e.actor == "directory:ldap" &&
                          e.detail == "from manager (teams T0001) to manager (teams T0002) (line 2)");
  EXPECT_TRUE(changed);
}

TEST_F(DirectoryAccountsTest, NoRoleDisablesAndRefusesWithWhomToAskThenARoleEnablesAgain) {
  ASSERT_TRUE(std::holds_alternative<access::User>(signIn(person({"CN=Members,DC=t"}))));
  const std::string session = access::SessionStore(db()).create("jane", kNow);
  const auto refused = signIn(person({"CN=Elsewhere,DC=t"}), kNow + 60);
  ASSERT_TRUE(std::holds_alternative<Refusal>(refused));
  EXPECT_EQ(std::get<Refusal>(refused).whom_to_ask, "the Performance Team (performance@council.example)");
  const auto stored = access::UserStore(db()).credentials("jane");
  ASSERT_TRUE(stored) << "disabled, not deleted";
  EXPECT_TRUE(stored->disabled);
  EXPECT_FALSE(access::SessionStore(db()).resolve(session, kNow + 61)) << "its sessions end";
  EXPECT_TRUE(directoryAccounts(db())[0].disabled_by_directory);
  // Given a role again, the account comes back.
  ASSERT_TRUE(std::holds_alternative<access::User>(signIn(person({"CN=Members,DC=t"}), kNow + 120)));
  EXPECT_FALSE(access::UserStore(db()).credentials("jane")->disabled);
}

TEST_F(DirectoryAccountsTest, AnAdminsDisablingStandsWhateverTheDirectorySays) {
  ASSERT_TRUE(std::holds_alternative<access::User>(signIn(person({"CN=Members,DC=t"}))));
  ASSERT_EQ(access::UserStore(db()).setDisabled("jane", true), access::AccountChange::kDone);
  EXPECT_TRUE(std::holds_alternative<Refusal>(signIn(person({"CN=Members,DC=t"}))));
  EXPECT_TRUE(access::UserStore(db()).credentials("jane")->disabled);
}

TEST_F(DirectoryAccountsTest, ALocalAccountIsNotTakenOver) {
  const auto got = signIn([&] {
    auto who = person({"CN=Admins,DC=t"});
    who.username = "root";
    return who;
  }());
  ASSERT_TRUE(std::holds_alternative<Refusal>(got));
  const auto root = access::UserStore(db()).credentials("root");
  EXPECT_EQ(root->source, "local");
  EXPECT_TRUE(access::verifyPassword("a long local password", root->password_hash));
}

TEST_F(DirectoryAccountsTest, AnotherPersonWithAReusedNameIsRefused) {
  ASSERT_TRUE(std::holds_alternative<access::User>(signIn(person({"CN=Members,DC=t"}))));
  auto other = person({"CN=Admins,DC=t"});
  other.subject = "uuid-another-jane";
  EXPECT_TRUE(std::holds_alternative<Refusal>(signIn(other)));
  EXPECT_EQ(access::UserStore(db()).find("jane")->role, access::Role::kMember);
  // Nor is an LDAP account an OpenID Connect one.
  auto oidc = person({"CN=Members,DC=t"});
  oidc.source = "oidc";
  EXPECT_TRUE(std::holds_alternative<Refusal>(signIn(oidc)));
}

TEST_F(DirectoryAccountsTest, AManagerWithoutTeamsIsRefused) {
  const auto got = signIn(person({"CN=Managers,DC=t"}));
  ASSERT_TRUE(std::holds_alternative<Refusal>(got));
  EXPECT_FALSE(access::UserStore(db()).find("jane"));
}

TEST_F(DirectoryAccountsTest, TheLastActiveAdminIsKept) {
  auto who = person({"CN=Admins,DC=t"});
  ASSERT_TRUE(std::holds_alternative<access::User>(signIn(who)));
  ASSERT_EQ(access::UserStore(db()).setDisabled("root", true), access::AccountChange::kDone);
  EXPECT_TRUE(std::holds_alternative<Refusal>(signIn(person({}))));
  const auto jane = access::UserStore(db()).credentials("jane");
  EXPECT_EQ(jane->user.role, access::Role::kAdmin);
  EXPECT_FALSE(jane->disabled);
}

}  // namespace
}  // namespace hc::directory

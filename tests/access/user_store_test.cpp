#include "access/user_store.h"

#include <gtest/gtest.h>

#include "access/session_store.h"
#include "access_fixture.h"

namespace hc::access {
namespace {

using UserStoreTest = AccessTest;

User manager(const std::string& name) {
  User u;
  u.username = name;
  u.role = Role::kManager;
  u.teams = {"T1", "T2"};
  u.services = {"children"};
  return u;
}

TEST_F(UserStoreTest, AddsFindsAndListsUsersWithTheirScopes) {
  UserStore users(db());
  users.add(manager("mary.manager"), "$argon2id$fake");
  User d;
  d.username = "dan@council.gov.uk";
  d.role = Role::kDirector;
  users.add(d, "$argon2id$fake2");
  auto found = users.find("mary.manager");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->role, Role::kManager);
  EXPECT_EQ(found->teams, (std::set<std::string>{"T1", "T2"}));
  EXPECT_EQ(found->services, (std::set<std::string>{"children"}));
  auto list = users.list();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].username, "dan@council.gov.uk");
  EXPECT_EQ(list[1].username, "mary.manager");
  EXPECT_EQ(users.credentials("dan@council.gov.uk")->password_hash, "$argon2id$fake2");
  EXPECT_FALSE(users.find("nobody"));
}

TEST_F(UserStoreTest, RefusesDuplicatesAndHostileUsernames) {
  UserStore users(db());
  users.add(manager("mary"), "h");
  EXPECT_THROW(users.add(manager("mary"), "h"), std::invalid_argument);
  for (const std::string& bad : {std::string(""), std::string("a b"), std::string("x'; DROP TABLE users; --"),
                                 std::string("<script>"), std::string(65, 'a'), std::string("caf\xc3\xa9"),
                                 std::string("\xff\xfe")}) {
    EXPECT_THROW(users.add(manager(bad), "h"), std::invalid_argument) << bad;
    EXPECT_FALSE(users.find(bad));
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 1);
}

TEST_F(UserStoreTest, RemoveTakesScopesAndSessionsWithIt) {
  UserStore users(db());
  users.add(manager("mary"), "h");
  const std::string id = SessionStore(db()).create("mary", 1000);
  EXPECT_EQ(users.remove("mary"), AccountChange::kDone);
  EXPECT_EQ(users.remove("mary"), AccountChange::kNoSuchAccount);
  EXPECT_FALSE(users.find("mary"));
  EXPECT_FALSE(SessionStore(db()).resolve(id, 1001));
  EXPECT_EQ(count("SELECT COUNT(*) FROM user_scopes"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 0);
}

TEST_F(UserStoreTest, NewPasswordClearsBackOffAndEndsSessions) {
  UserStore users(db());
  users.add(manager("mary"), "old");
  users.recordFailure("mary", 7, 99999);
  const std::string id = SessionStore(db()).create("mary", 1000);
  EXPECT_TRUE(users.setPassword("mary", "new"));
  const auto c = users.credentials("mary");
  EXPECT_EQ(c->password_hash, "new");
  EXPECT_EQ(c->failed_logins, 0);
  EXPECT_EQ(c->locked_until, 0);
  EXPECT_FALSE(SessionStore(db()).resolve(id, 1001));
  EXPECT_FALSE(users.setPassword("nobody", "x"));
}

}  // namespace
}  // namespace hc::access

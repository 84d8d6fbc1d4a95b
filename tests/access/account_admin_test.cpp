// AccountAdmin: each change an admin makes to an account, its effect and
// its audit row; the last-admin rule, also under two admins demoting each
// other at once; set-password links; a person's change of their password.
#include "access/account_admin.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <thread>

#include "access/audit_log.h"
#include "access/login.h"
#include "access/password_hasher.h"
#include "access/password_links.h"
#include "access/secure_random.h"
#include "access/session_store.h"
#include "access/user_store.h"
#include "access_fixture.h"
#include "core/utc_clock.h"

namespace hc::access {
namespace {

constexpr const char* kPassword = "a long enough password";

User account(const std::string& name, Role role, std::set<std::string> teams = {}) {
  User u;
  u.username = name;
  u.role = role;
  u.teams = std::move(teams);
  return u;
}

class AccountAdminTest : public AccessTest {
 protected:
  AccountAdminTest() { UserStore(db()).add(account("ann", Role::kAdmin), hashPassword(kPassword)); }
  std::vector<AuditEntry> audit() { return AuditLog(db()).since("2000-01-01"); }
  const AuditEntry& lastAudit() {
    log_ = audit();
    return log_.back();
  }
  AccountAdmin admin_{db(), "ann"};
  std::vector<AuditEntry> log_;
};

TEST_F(AccountAdminTest, AddsAnAccountWithoutAPasswordAndAuditsWhoDidIt) {
  ASSERT_FALSE(admin_.add(account("mo", Role::kManager, {"T1"})));
  const auto c = UserStore(db()).credentials("mo");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->user.role, Role::kManager);
  EXPECT_EQ(c->user.teams, std::set<std::string>{"T1"});
  EXPECT_EQ(c->password_hash, kNoPassword);
  EXPECT_FALSE(c->disabled);
  EXPECT_EQ(c->source, "local");
  const AuditEntry row = lastAudit();
  EXPECT_EQ(row.actor, "ann");
  EXPECT_EQ(row.action, audit_action::kUserAdd);
  EXPECT_EQ(row.subject, "mo");
  EXPECT_EQ(row.detail, "role=manager team=T1");
  EXPECT_FALSE(Login(db()).attempt("mo", kNoPassword, nowSeconds()));  // no password signs in
}

TEST_F(AccountAdminTest, BadInputIsRefusedWithTheFieldAndNothingStored) {
  const auto before = count("SELECT COUNT(*) FROM audit_log");
  auto problem = admin_.add(account("bad name", Role::kMember));
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->field, "username");
  problem = admin_.add(account("mo", Role::kManager));
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->field, "scope");
  EXPECT_NE(problem->message.find("at least one team or service"), std::string::npos);
  problem = admin_.add(account("di", Role::kDirector, {"T1"}));
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->field, "scope");
  problem = admin_.add(account("ann", Role::kMember));
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->message.find("already an account called ann"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), before);
  EXPECT_EQ(admin_.disable("nobody")->field, "account");
  EXPECT_EQ(admin_.change(account("nobody", Role::kMember))->field, "account");
}

TEST_F(AccountAdminTest, ChangesRoleAndScopeAndAuditsBeforeAndAfter) {
  ASSERT_FALSE(admin_.add(account("mo", Role::kManager, {"T1"})));
  User now = account("mo", Role::kManager, {"T2"});
  now.services = {"adults"};
  ASSERT_FALSE(admin_.change(now));
  const auto found = UserStore(db()).find("mo");
  EXPECT_EQ(found->teams, std::set<std::string>{"T2"});
  EXPECT_EQ(found->services, std::set<std::string>{"adults"});
  const AuditEntry& row = lastAudit();
  EXPECT_EQ(row.action, audit_action::kUserChange);
  EXPECT_EQ(row.actor, "ann");
  EXPECT_EQ(row.detail, "from role=manager team=T1 to role=manager team=T2 service=adults");
  ASSERT_FALSE(admin_.change(account("mo", Role::kDirector)));
  EXPECT_TRUE(UserStore(db()).find("mo")->teams.empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM user_scopes"), 0);
}

TEST_F(AccountAdminTest, DisablingEndsSessionsAndSignInUntilEnabled) {
  UserStore(db()).add(account("di", Role::kDirector), hashPassword(kPassword));
  const std::string session = SessionStore(db()).create("di", nowSeconds());
  ASSERT_FALSE(admin_.disable("di"));
  EXPECT_TRUE(UserStore(db()).credentials("di")->disabled);
  EXPECT_FALSE(SessionStore(db()).resolve(session, nowSeconds()));
  EXPECT_EQ(lastAudit().action, audit_action::kUserDisable);
  EXPECT_FALSE(Login(db()).attempt("di", kPassword, nowSeconds()));  // the right password, refused
  EXPECT_EQ(lastAudit().detail, "account disabled");
  EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE username = 'di'"), 1);  // kept
  ASSERT_FALSE(admin_.enable("di"));
  EXPECT_EQ(lastAudit().action, audit_action::kUserEnable);
  EXPECT_EQ(lastAudit().actor, "ann");
  EXPECT_TRUE(Login(db()).attempt("di", kPassword, nowSeconds()));
}

TEST_F(AccountAdminTest, UnlockClearsTheBackOff) {
  UserStore(db()).recordFailure("ann", 9, nowSeconds() + 3600);
  ASSERT_FALSE(admin_.unlock("ann"));
  const auto c = UserStore(db()).credentials("ann");
  EXPECT_EQ(c->failed_logins, 0);
  EXPECT_EQ(c->locked_until, 0);
  EXPECT_EQ(lastAudit().action, audit_action::kUserUnlock);
  EXPECT_EQ(lastAudit().subject, "ann");
}

TEST_F(AccountAdminTest, TheLastActiveAdminCannotBeRemovedDisabledOrDemoted) {
  for (const Refusal& r : {admin_.remove("ann"), admin_.disable("ann"), admin_.change(account("ann", Role::kDirector))}) {
    ASSERT_TRUE(r);
    EXPECT_NE(r->message.find("last active admin"), std::string::npos);
  }
  const auto c = UserStore(db()).credentials("ann");
  EXPECT_EQ(c->user.role, Role::kAdmin);
  EXPECT_FALSE(c->disabled);
  // A disabled second admin is no second admin.
  UserStore(db()).add(account("bea", Role::kAdmin), "!");
  ASSERT_FALSE(admin_.disable("bea"));
  EXPECT_TRUE(admin_.change(account("ann", Role::kMember)));
  ASSERT_FALSE(admin_.enable("bea"));
  EXPECT_FALSE(admin_.change(account("ann", Role::kMember)));  // now there is another
  EXPECT_TRUE(AccountAdmin(db(), "bea").remove("bea"));
  EXPECT_EQ(UserStore(db()).find("bea")->role, Role::kAdmin);
}

TEST_F(AccountAdminTest, TwoAdminsDemotingEachOtherAtOnceLeaveOneAdmin) {
  UserStore(db()).add(account("bea", Role::kAdmin), "!");
  auto first = test_db_.open(), second = test_db_.open();
  for (int round = 0; round < 10; ++round) {
    std::atomic<int> ready{0};
    Refusal by_ann, by_bea;
    auto demote = [&](store::Database& conn, const std::string& actor, const std::string& other, Refusal& out) {
      ++ready;
      while (ready < 2) std::this_thread::yield();
      out = AccountAdmin(conn, actor).change(account(other, Role::kDirector));
    };
    std::thread a(demote, std::ref(*first), "ann", "bea", std::ref(by_ann));
    std::thread b(demote, std::ref(*second), "bea", "ann", std::ref(by_bea));
    a.join();
    b.join();
    EXPECT_NE(by_ann.has_value(), by_bea.has_value()) << "round " << round << ": exactly one demotion stands";
    EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0"), 1) << "round " << round;
    // Both admins again for the next round.
    ASSERT_FALSE(admin_.change(account(by_ann ? "ann" : "bea", Role::kAdmin)));
  }
}

TEST_F(AccountAdminTest, ASetPasswordLinkWorksOnceAndIsAudited) {
  ASSERT_FALSE(admin_.add(account("mo", Role::kManager, {"T1"})));
  UserStore(db()).recordFailure("mo", 9, nowSeconds() + 3600);
  const std::string session = SessionStore(db()).create("mo", nowSeconds());
  std::string token;
  ASSERT_FALSE(admin_.issueLink("mo", nowSeconds(), token));
  EXPECT_EQ(token.size(), 64u);
  EXPECT_EQ(lastAudit().action, audit_action::kPasswordLink);
  EXPECT_EQ(lastAudit().actor, "ann");
  EXPECT_EQ(PasswordLinks(db()).holder(token, nowSeconds()), "mo");
  EXPECT_EQ(setPasswordByLink(db(), token, kPassword, nowSeconds()), "mo");
  EXPECT_EQ(lastAudit().action, audit_action::kPasswordSet);
  EXPECT_EQ(lastAudit().actor, "mo");
  EXPECT_FALSE(SessionStore(db()).resolve(session, nowSeconds()));  // sessions ended
  EXPECT_EQ(UserStore(db()).credentials("mo")->locked_until, 0);
  EXPECT_TRUE(Login(db()).attempt("mo", kPassword, nowSeconds()));
  // Used: no second time.
  EXPECT_FALSE(PasswordLinks(db()).holder(token, nowSeconds()));
  EXPECT_FALSE(setPasswordByLink(db(), token, "another long password", nowSeconds()));
  EXPECT_TRUE(verifyPassword(kPassword, UserStore(db()).credentials("mo")->password_hash));
  for (const AuditEntry& e : audit()) {
    EXPECT_EQ(e.detail.find(token), std::string::npos);
    EXPECT_EQ(e.subject.find(token), std::string::npos);
  }
}

TEST_F(AccountAdminTest, ALinkExpiresIsReplacedAndDiesWithADisabledAccount) {
  ASSERT_FALSE(admin_.add(account("mo", Role::kMember)));
  const int64_t issued = 1'000'000;
  std::string first, second;
  ASSERT_FALSE(admin_.issueLink("mo", issued, first));
  EXPECT_TRUE(PasswordLinks(db()).holder(first, issued + kLinkSeconds - 1));
  EXPECT_FALSE(PasswordLinks(db()).holder(first, issued + kLinkSeconds));
  EXPECT_FALSE(setPasswordByLink(db(), first, kPassword, issued + kLinkSeconds));
  ASSERT_FALSE(admin_.issueLink("mo", issued, second));
  EXPECT_FALSE(PasswordLinks(db()).holder(first, issued + 1)) << "a new link replaces the old";
  EXPECT_TRUE(PasswordLinks(db()).holder(second, issued + 1));
  std::string wrong = second;
  wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
  for (const std::string& bad : {wrong, std::string("nonsense"), std::string(""), second.substr(0, 63),
                                 std::string("' OR 1=1 --")})
    EXPECT_FALSE(PasswordLinks(db()).holder(bad, issued + 1)) << bad;
  ASSERT_FALSE(admin_.disable("mo"));
  EXPECT_FALSE(PasswordLinks(db()).holder(second, issued + 1));
  EXPECT_EQ(admin_.issueLink("mo", issued, second)->field, "password-link");
}

TEST_F(AccountAdminTest, ChangingYourOwnPasswordNeedsTheCurrentOne) {
  const std::string session = SessionStore(db()).create("ann", nowSeconds());
  auto problem = changeOwnPassword(db(), "ann", "not it", "a new long password", "a new long password");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->field, "current-password");
  problem = changeOwnPassword(db(), "ann", kPassword, "short", "short");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->field, "password");
  problem = changeOwnPassword(db(), "ann", kPassword, "a new long password", "a new long passwore");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->field, "password-again");
  EXPECT_TRUE(SessionStore(db()).resolve(session, nowSeconds()));
  ASSERT_FALSE(changeOwnPassword(db(), "ann", kPassword, "a new long password", "a new long password"));
  EXPECT_TRUE(verifyPassword("a new long password", UserStore(db()).credentials("ann")->password_hash));
  EXPECT_FALSE(SessionStore(db()).resolve(session, nowSeconds()));
  EXPECT_EQ(lastAudit().action, audit_action::kPasswordSet);
  EXPECT_EQ(lastAudit().actor, "ann");
  EXPECT_EQ(lastAudit().detail.find("a new long password"), std::string::npos);
}

// The file's bytes, and its write-ahead log's, hold the token's hash only.
class SqliteOnlyPasswordLinkTest : public AccountAdminTest {};

TEST_F(SqliteOnlyPasswordLinkTest, TheTokenIsNowhereInTheDatabaseFiles) {
  ASSERT_FALSE(test_db_.isMysql());
  std::string token;
  ASSERT_FALSE(admin_.issueLink("ann", nowSeconds(), token));
  const std::string path = test_db_.url().substr(std::string("sqlite:").size());
  std::string bytes;
  for (const std::string& file : {path, path + "-wal"}) {
    std::ifstream in(file, std::ios::binary);
    bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_GT(bytes.size(), 4096u);
  EXPECT_EQ(bytes.find(token), std::string::npos);
  EXPECT_NE(bytes.find(sha256Hex(token)), std::string::npos) << "the hash is what is stored";
}

}  // namespace
}  // namespace hc::access

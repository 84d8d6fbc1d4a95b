#include "access/login.h"

#include <gtest/gtest.h>

#include <chrono>

#include "access/audit_log.h"
#include "access/password_hasher.h"
#include "access/user_store.h"
#include "access_fixture.h"

namespace hc::access {
namespace {

constexpr const char* kPassword = "a long enough password";

class LoginTest : public AccessTest {
 protected:
  LoginTest() {
    User u;
    u.username = "mary";
    u.role = Role::kManager;
    u.teams = {"T1"};
    UserStore(db()).add(u, hashPassword(kPassword));
  }
  std::vector<AuditEntry> audit() { return AuditLog(db()).since("2000-01-01"); }
};

TEST_F(LoginTest, RightPasswordSignsInAndIsAudited) {
  auto user = Login(db()).attempt("mary", kPassword, 1000);
  ASSERT_TRUE(user);
  EXPECT_EQ(user->role, Role::kManager);
  EXPECT_EQ(user->teams, std::set<std::string>{"T1"});
  const auto log = audit();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "login");
  EXPECT_EQ(log[0].actor, "mary");
}

TEST_F(LoginTest, WrongPasswordAndUnknownUserFailAlikeAndAreAudited) {
  EXPECT_FALSE(Login(db()).attempt("mary", "wrong password!!", 1000));
  EXPECT_FALSE(Login(db()).attempt("nobody", kPassword, 1000));
  EXPECT_FALSE(Login(db()).attempt("x'); DELETE FROM users; --", kPassword, 1000));
  const auto log = audit();
  ASSERT_EQ(log.size(), 3u);
  for (const auto& e : log) EXPECT_EQ(e.action, "login-failed");
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 1);
}

// A name that is no account may be a password typed in the wrong box: the
// audit keeps the fact and the caller's keyed tag of it, never the text.
TEST_F(LoginTest, AnUnknownNameIsAuditedAsItsTagOnly) {
  const std::string typed = "my-Secret-pa55word";
  EXPECT_FALSE(Login(db(), [](const std::string& name) { return "tag" + std::to_string(name.size()); })
                   .attempt(typed, kPassword, 1000));
  EXPECT_FALSE(Login(db()).attempt(typed, kPassword, 1000));  // no tagger: the fact alone
  const auto log = audit();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].actor, kUnknownNameActor);
  EXPECT_EQ(log[0].subject, "name-tag:tag" + std::to_string(typed.size()));
  EXPECT_EQ(log[1].subject, kUnknownNameActor);
  for (const auto& e : log) {
    EXPECT_EQ(e.action, "login-failed");
    for (const std::string& field : {e.actor, e.subject, e.detail}) EXPECT_EQ(field.find("Secret"), std::string::npos);
  }
}

TEST_F(LoginTest, BackOffAfterFiveFailuresLocksEvenTheRightPassword) {
  Login login(db());
  for (int i = 0; i < kFreeFailures - 1; ++i) EXPECT_FALSE(login.attempt("mary", "wrong password!!", 1000));
  EXPECT_EQ(UserStore(db()).credentials("mary")->locked_until, 0);
  EXPECT_FALSE(login.attempt("mary", "wrong password!!", 1000));  // the fifth
  EXPECT_EQ(UserStore(db()).credentials("mary")->locked_until, 1000 + kFirstLockSeconds);
  EXPECT_FALSE(login.attempt("mary", kPassword, 1000 + kFirstLockSeconds - 1));  // locked
  // Attempts while locked do not extend the lock.
  EXPECT_EQ(UserStore(db()).credentials("mary")->locked_until, 1000 + kFirstLockSeconds);
  // The next failure after the lock doubles it.
  EXPECT_FALSE(login.attempt("mary", "wrong password!!", 1000 + kFirstLockSeconds));
  EXPECT_EQ(UserStore(db()).credentials("mary")->locked_until, 1000 + 3 * kFirstLockSeconds);
  EXPECT_TRUE(login.attempt("mary", kPassword, 1000 + 3 * kFirstLockSeconds));
  EXPECT_EQ(UserStore(db()).credentials("mary")->failed_logins, 0);
}

TEST_F(LoginTest, LockDoublesUpToAnHour) {
  EXPECT_EQ(Login::lockSeconds(4), 0);
  EXPECT_EQ(Login::lockSeconds(5), 30);
  EXPECT_EQ(Login::lockSeconds(6), 60);
  EXPECT_EQ(Login::lockSeconds(9), 480);
  EXPECT_EQ(Login::lockSeconds(12), kMaxLockSeconds);
  EXPECT_EQ(Login::lockSeconds(1000), kMaxLockSeconds);
}

// No enumeration through timing: an unknown name costs a hash like a known
// one. Loose bounds (a shared machine is noisy), but a missing dummy hash
// (microseconds against ~100 ms) fails it by orders of magnitude.
TEST_F(LoginTest, UnknownUsersTakeAsLongAsKnownOnes) {
  using Clock = std::chrono::steady_clock;
  Login login(db());
  login.attempt("nobody", "warm up the dummy", 1000);
  auto time = [&](const std::string& name) {
    const auto start = Clock::now();
    login.attempt(name, "wrong password!!", 1000);
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  const double known = time("mary"), unknown = time("nobody");
  EXPECT_GT(unknown, known / 4) << "known " << known << " s, unknown " << unknown << " s";
  EXPECT_LT(unknown, known * 4) << "known " << known << " s, unknown " << unknown << " s";
}

}  // namespace
}  // namespace hc::access

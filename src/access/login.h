// Login: checking a username and password, with the policy that makes it
// safe to expose: per-account exponential back-off, one generic answer,
// equal time for known and unknown accounts, and an audit row for every
// attempt.
//
// Back-off: from the kFreeFailures-th consecutive failure on, the account
// is locked for kFirstLockSeconds * 2^(failures - kFreeFailures), at most
// kMaxLockSeconds. While locked, attempts are refused without checking the
// password and without extending the lock (so guessing during a lock gains
// an attacker nothing, and costs the owner no longer wait), but they still
// spend a dummy hash's time and get the same generic answer: a lock tells
// nothing that a wrong password does not. A success clears the count; so
// do `healthcheck user unlock` and `user reset-password`.
//
// Thread-safety: a Login uses its Database on one thread at a time.
#ifndef HC_ACCESS_LOGIN_H_
#define HC_ACCESS_LOGIN_H_

#include <cstdint>
#include <optional>
#include <string>

#include "access/user.h"
#include "store/database.h"

namespace hc::access {

constexpr int kFreeFailures = 5;
constexpr int64_t kFirstLockSeconds = 30;
constexpr int64_t kMaxLockSeconds = 3600;

// The one message for every failed sign-in, whatever the reason.
constexpr const char* kLoginFailedMessage =
    "The username or password is not right, or the account is locked for a while after several failed attempts. "
    "Try again later, or ask your administrator to reset your password.";

class Login {
 public:
  explicit Login(store::Database& db) : db_(db) {}

  // The user when `password` is right and the account is not locked;
  // nullopt otherwise. Writes an audit row either way.
  std::optional<User> attempt(const std::string& username, const std::string& password, int64_t now);

  // How long the account is locked after `failures` consecutive failures.
  static int64_t lockSeconds(int failures);

 private:
  store::Database& db_;
};

}  // namespace hc::access

#endif  // HC_ACCESS_LOGIN_H_

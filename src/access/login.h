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
// A disabled account is refused as a locked one is, whatever the password.
//
// A name that is no account is never written down: people type their
// password into the user-name box, and the audit is append-only and in
// every backup. Its row says only that an unknown name was tried, with a
// keyed hash of it (the NameTag the caller gives, HMAC under a server
// secret) so that repeated tries of one name show as one tag.
//
// Thread-safety: a Login uses its Database on one thread at a time.
#ifndef HC_ACCESS_LOGIN_H_
#define HC_ACCESS_LOGIN_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>

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

// The audit's stand-in for a name that is no account: a keyed hash of the
// typed text, or "" where none is kept (then only the fact is recorded).
using NameTag = std::function<std::string(const std::string& typed_name)>;

// The audit row's actor and subject for a name that is no account.
constexpr const char* kUnknownNameActor = "(unknown name)";

class Login {
 public:
  explicit Login(store::Database& db, NameTag unknown_name_tag = {})
      : db_(db), unknown_name_tag_(std::move(unknown_name_tag)) {}

  // The user when `password` is right and the account neither locked nor
  // disabled;
  // nullopt otherwise. Writes an audit row either way.
  std::optional<User> attempt(const std::string& username, const std::string& password, int64_t now);

  // How long the account is locked after `failures` consecutive failures.
  static int64_t lockSeconds(int failures);

 private:
  store::Database& db_;
  NameTag unknown_name_tag_;
};

}  // namespace hc::access

#endif  // HC_ACCESS_LOGIN_H_

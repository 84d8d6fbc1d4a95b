#include "access/login.h"

#include "access/audit_log.h"
#include "access/password_hasher.h"
#include "access/user_store.h"

namespace hc::access {

int64_t Login::lockSeconds(int failures) {
  if (failures < kFreeFailures) return 0;
  const int doublings = failures - kFreeFailures;
  if (doublings >= 20) return kMaxLockSeconds;
  return std::min<int64_t>(kMaxLockSeconds, kFirstLockSeconds << doublings);
}

std::optional<User> Login::attempt(const std::string& username, const std::string& password, int64_t now) {
  UserStore users(db_);
  AuditLog audit(db_);
  const std::optional<Credentials> account = users.credentials(username);
  if (!account) {
    verifyDummy(password);
    // Never the typed text: it may be a password typed in the wrong box.
    const std::string tag = unknown_name_tag_ ? unknown_name_tag_(username) : "";
    audit.record(kUnknownNameActor, audit_action::kLoginFailed, tag.empty() ? kUnknownNameActor : "name-tag:" + tag,
                 "unknown user name (only its keyed hash is kept)");
    return std::nullopt;
  }
  if (account->disabled) {
    verifyDummy(password);
    audit.record(username, audit_action::kLoginFailed, username, "account disabled");
    return std::nullopt;
  }
  if (account->locked_until > now) {
    verifyDummy(password);
    audit.record(username, audit_action::kLoginFailed, username, "account locked");
    return std::nullopt;
  }
  if (!verifyPassword(password, account->password_hash)) {
    const int failures = account->failed_logins + 1;
    const int64_t lock = lockSeconds(failures);
    users.recordFailure(username, failures, lock > 0 ? now + lock : 0);
    audit.record(username, audit_action::kLoginFailed, username,
                 "wrong password (" + std::to_string(failures) + " in a row" +
                     (lock > 0 ? ", locked for " + std::to_string(lock) + " s)" : ")"));
    return std::nullopt;
  }
  if (account->failed_logins != 0) users.clearFailures(username);
  audit.record(username, audit_action::kLogin, username, roleName(account->user.role));
  return account->user;
}

}  // namespace hc::access

// UserStore: the accounts table and managers' scopes (sql/*/0004_access.sql).
// It stores what it is given: the policy of sign-in (back-off, dummy
// hashing) is in login.h, and auditing is the caller's (account_admin.h).
//
// One rule it keeps itself: the service always has an active admin. A
// change that would leave none (removing, disabling or demoting the last
// active admin) is refused inside the change's transaction, after reading
// the active admins with a locking read (FOR UPDATE on MariaDB; SQLite's
// BEGIN IMMEDIATE already holds the write lock), so two admins demoting
// each other at once cannot both succeed.
//
// Thread-safety: a UserStore uses its Database on one thread at a time.
#ifndef HC_ACCESS_USER_STORE_H_
#define HC_ACCESS_USER_STORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/user.h"
#include "store/database.h"

namespace hc::access {

// What sign-in needs of an account besides the User.
struct Credentials {
  User user;
  std::string password_hash;
  int failed_logins = 0;
  int64_t locked_until = 0;  // Unix seconds; 0 when not locked
  bool disabled = false;     // kept, but cannot sign in
  std::string source = "local";  // 'local' (a password here), 'oidc' or 'ldap'
};

// What a change the last-admin rule guards came to.
enum class AccountChange { kDone, kNoSuchAccount, kLastAdmin };

class UserStore {
 public:
  explicit UserStore(store::Database& db) : db_(db) {}

  // Adds an account; throws std::invalid_argument for a bad username or a
  // username already taken. `password_hash` is from hashPassword().
  void add(const User& user, const std::string& password_hash);
  // Removes an account with its scopes, sessions and set-password links.
  AccountChange remove(const std::string& username);
  // Replaces the role and the scopes (user.teams, user.services).
  AccountChange setRole(const User& user);
  // Disables (ending every session) or re-enables an account.
  AccountChange setDisabled(const std::string& username, bool disabled);
  // Replaces the hash, clears the back-off and ends every session of the
  // account (a reset is what one does after a suspected compromise).
  bool setPassword(const std::string& username, const std::string& password_hash);
  // setPassword() inside the caller's transaction (a set-password link's use).
  bool replacePassword(const std::string& username, const std::string& password_hash);

  std::optional<User> find(const std::string& username);
  std::optional<Credentials> credentials(const std::string& username);
  std::vector<User> list();
  // Every account with its state, by username; password_hash left empty.
  std::vector<Credentials> accounts();

  // Sign-in bookkeeping.
  void recordFailure(const std::string& username, int failed_logins, int64_t locked_until);
  void clearFailures(const std::string& username);

 private:
  void loadScopes(User& user);
  void writeScopes(const User& user);
  void endSessions(const std::string& username);
  // True when taking `username` out of the active admins would leave none;
  // call inside the change's transaction.
  bool wouldLeaveNoAdmin(const std::string& username);
  store::Database& db_;
};

}  // namespace hc::access

#endif  // HC_ACCESS_USER_STORE_H_

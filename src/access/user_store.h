// UserStore: the accounts table and managers' scopes (sql/*/0004_access.sql).
// It stores what it is given: the policy of sign-in (back-off, dummy
// hashing) is in login.h, and auditing is the caller's.
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
};

class UserStore {
 public:
  explicit UserStore(store::Database& db) : db_(db) {}

  // Adds an account; throws std::invalid_argument for a bad username or a
  // username already taken. `password_hash` is from hashPassword().
  void add(const User& user, const std::string& password_hash);
  // Removes an account with its scopes and sessions; false when unknown.
  bool remove(const std::string& username);
  // Replaces the hash, clears the back-off and ends every session of the
  // account (a reset is what one does after a suspected compromise).
  bool setPassword(const std::string& username, const std::string& password_hash);

  std::optional<User> find(const std::string& username);
  std::optional<Credentials> credentials(const std::string& username);
  std::vector<User> list();

  // Sign-in bookkeeping.
  void recordFailure(const std::string& username, int failed_logins, int64_t locked_until);
  void clearFailures(const std::string& username);

 private:
  void loadScopes(User& user);
  store::Database& db_;
};

}  // namespace hc::access

#endif  // HC_ACCESS_USER_STORE_H_

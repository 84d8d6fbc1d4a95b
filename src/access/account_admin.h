// AccountAdmin: the changes an admin makes to accounts, with their rules
// and audit rows, shared by `healthcheck user` and the /admin/users pages
// so that both refuse and record the same things: add an account, change
// its role and scope, disable and re-enable it, unlock it, remove it, set
// its password (the command line) or issue a set-password link, and a
// person's change of their own password. Each is audited under `actor`,
// the username of who did it (cliActor() for the command line).
//
// The last-admin rule is UserStore's (user_store.h), checked in the
// change's transaction; here it becomes a message.
//
// Thread-safety: an AccountAdmin uses its Database on one thread at a time.
#ifndef HC_ACCESS_ACCOUNT_ADMIN_H_
#define HC_ACCESS_ACCOUNT_ADMIN_H_

#include <cstdint>
#include <optional>
#include <string>

#include "access/user.h"
#include "store/database.h"

namespace hc::access {

// Why a change was refused: the form field it concerns ("username",
// "role", "scope", "password"...; "account" when there is no such
// account) and what to do, in plain words.
struct AccountProblem {
  std::string field;
  std::string message;
};
using Refusal = std::optional<AccountProblem>;  // nullopt: done

// The password hash of an account that has none yet (no hash matches it):
// its owner sets one with a set-password link.
constexpr const char* kNoPassword = "!";

// What is wrong with `user` as an account to store: its username, and the
// scope (a manager manages at least one team or service; nobody else has
// any). nullopt when it is fine.
Refusal accountProblem(const User& user);

// What is wrong with a new password typed twice (passwordProblem()'s rules,
// and the two copies the same); nullopt when it is fine.
Refusal newPasswordProblem(const std::string& password, const std::string& again);

class AccountAdmin {
 public:
  AccountAdmin(store::Database& db, std::string actor) : db_(db), actor_(std::move(actor)) {}

  // A new account with `password_hash` (kNoPassword: set by a link).
  Refusal add(const User& user, const std::string& password_hash = kNoPassword);
  // A new role and scope for the account user.username.
  Refusal change(const User& user);
  Refusal disable(const std::string& username);
  Refusal enable(const std::string& username);
  // Clears the back-off after failed sign-ins.
  Refusal unlock(const std::string& username);
  Refusal remove(const std::string& username);
  // Sets a password typed at the server (the command line).
  Refusal resetPassword(const std::string& username, const std::string& password_hash);
  // A new set-password link's token for `username` in `token`.
  Refusal issueLink(const std::string& username, int64_t now, std::string& token);

 private:
  // The refusal for an account that does not exist, or nullopt.
  Refusal unknown(const std::string& username);

  store::Database& db_;
  std::string actor_;
};

// The signed-in person's change of their own password: `current` must be
// right (the back-off is not involved: they are signed in) and the new one
// acceptable. Ends every session of theirs; audited as password-set.
Refusal changeOwnPassword(store::Database& db, const std::string& username, const std::string& current,
                          const std::string& fresh, const std::string& again);

// Sets the password (already accepted by newPasswordProblem()) of a
// set-password link's holder and audits it
// (password-set, by the holder); nullopt when the token is no live link.
std::optional<std::string> setPasswordByLink(store::Database& db, const std::string& token,
                                             const std::string& password, int64_t now);

}  // namespace hc::access

#endif  // HC_ACCESS_ACCOUNT_ADMIN_H_

// PasswordLinks: single-use set-password links (sql/*/0017_password_links.sql).
// An admin issues one for a new account or a forgotten password; the person
// opens /set-password/{token} and sets their own password, so no admin ever
// knows it. A token is 256 random bits (64 hex digits), shown once to the
// admin and stored only as its SHA-256; it works once, for kLinkSeconds,
// and only for an account that is not disabled. A new link for an account
// replaces any earlier one.
//
// Thread-safety: a PasswordLinks uses its Database on one thread at a time.
#ifndef HC_ACCESS_PASSWORD_LINKS_H_
#define HC_ACCESS_PASSWORD_LINKS_H_

#include <cstdint>
#include <optional>
#include <string>

#include "store/database.h"

namespace hc::access {

constexpr int64_t kLinkSeconds = 72 * 3600;  // three days: a weekend and a working day

// The path of the page a token opens: "/set-password/<token>".
std::string setPasswordPath(const std::string& token);

class PasswordLinks {
 public:
  explicit PasswordLinks(store::Database& db) : db_(db) {}

  // A new link's token for `username` (an existing account), replacing
  // any earlier link of theirs.
  std::string issue(const std::string& username, int64_t now);
  // The account a live token sets the password of; nullopt for a
  // malformed, unknown, used or expired token, or a disabled account.
  std::optional<std::string> holder(const std::string& token, int64_t now);
  // Uses the token: sets `password_hash` (clearing the back-off and ending
  // every session of the account) and deletes the link, in one
  // transaction. The account's username, or nullopt as holder().
  std::optional<std::string> redeem(const std::string& token, const std::string& password_hash, int64_t now);

 private:
  store::Database& db_;
};

}  // namespace hc::access

#endif  // HC_ACCESS_PASSWORD_LINKS_H_

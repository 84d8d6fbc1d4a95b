#include "access/password_links.h"

#include "access/secure_random.h"
#include "access/user_store.h"

namespace hc::access {
namespace {

constexpr size_t kTokenBytes = 32;  // 256 bits

}  // namespace

std::string setPasswordPath(const std::string& token) { return "/set-password/" + token; }

std::string PasswordLinks::issue(const std::string& username, int64_t now) {
  const std::string token = randomHex(kTokenBytes);
  store::Transaction tx(db_);
  auto old = db_.prepare("DELETE FROM password_links WHERE username = ?");
  old->bindText(0, username);
  old->execute();
  auto st = db_.prepare("INSERT INTO password_links (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?)");
  st->bindText(0, sha256Hex(token));
  st->bindText(1, username);
  st->bindInt(2, now);
  st->bindInt(3, now + kLinkSeconds);
  st->execute();
  tx.commit();
  return token;
}

std::optional<std::string> PasswordLinks::holder(const std::string& token, int64_t now) {
  if (!isHex(token, 2 * kTokenBytes)) return std::nullopt;
  auto st = db_.prepare(
      "SELECT l.username FROM password_links l JOIN users u ON u.username = l.username "
      "WHERE l.token_hash = ? AND l.expires_at > ? AND u.disabled = 0");
  st->bindText(0, sha256Hex(token));
  st->bindInt(1, now);
  if (!st->step()) return std::nullopt;
  std::string username = st->getText(0);
  while (st->step()) {
  }
  return username;
}

std::optional<std::string> PasswordLinks::redeem(const std::string& token, const std::string& password_hash,
                                                 int64_t now) {
  if (!isHex(token, 2 * kTokenBytes)) return std::nullopt;
  store::Transaction tx(db_);
  const auto username = holder(token, now);
  if (!username) return std::nullopt;
  // Deleted first, and its count checked: of two uses at once, one wins.
  auto used = db_.prepare("DELETE FROM password_links WHERE token_hash = ?");
  used->bindText(0, sha256Hex(token));
  if (used->execute() == 0) return std::nullopt;
  UserStore(db_).replacePassword(*username, password_hash);
  tx.commit();
  return username;
}

}  // namespace hc::access

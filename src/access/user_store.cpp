#include "access/user_store.h"

#include <stdexcept>

#include "core/utc_clock.h"

namespace hc::access {

void UserStore::add(const User& user, const std::string& password_hash) {
  if (!validUsername(user.username))
    throw std::invalid_argument("a username is 1 to 64 letters, digits and . _ - @");
  if (find(user.username)) throw std::invalid_argument("there is already a user called " + user.username);
  store::Transaction tx(db_);
  auto st = db_.prepare(
      "INSERT INTO users (username, role, password_hash, failed_logins, locked_until, created_at) "
      "VALUES (?, ?, ?, 0, 0, ?)");
  st->bindText(0, user.username);
  st->bindText(1, roleName(user.role));
  st->bindText(2, password_hash);
  st->bindInt(3, nowSeconds());
  st->execute();
  writeScopes(user);
  tx.commit();
}

void UserStore::writeScopes(const User& user) {
  auto scope = db_.prepare("INSERT INTO user_scopes (username, kind, value) VALUES (?, ?, ?)");
  scope->bindText(0, user.username);
  for (const auto& [kind, values] : {std::pair{"team", &user.teams}, std::pair{"service", &user.services}}) {
    scope->bindText(1, kind);
    for (const std::string& v : *values) {
      scope->bindText(2, v);
      scope->execute();
    }
  }
}

void UserStore::endSessions(const std::string& username) {
  auto end = db_.prepare("DELETE FROM sessions WHERE username = ?");
  end->bindText(0, username);
  end->execute();
}

bool UserStore::wouldLeaveNoAdmin(const std::string& username) {
  // A locking read on MariaDB: a second transaction waits here until the
  // first commits, then sees its change (a plain read would see a snapshot).
  const std::string sql = std::string("SELECT username FROM users WHERE role = 'admin' AND disabled = 0") +
                          (db_.dialect() == store::Dialect::kSqlite ? "" : " FOR UPDATE");
  auto st = db_.prepare(sql);
  bool target_is_admin = false;
  int admins = 0;
  while (st->step()) {
    ++admins;
    target_is_admin = target_is_admin || st->getText(0) == username;
  }
  return target_is_admin && admins <= 1;
}

AccountChange UserStore::remove(const std::string& username) {
  store::Transaction tx(db_);
  if (wouldLeaveNoAdmin(username)) return AccountChange::kLastAdmin;
  // Children first: not every connection enforces ON DELETE CASCADE.
  for (const char* sql : {"DELETE FROM sessions WHERE username = ?", "DELETE FROM user_scopes WHERE username = ?",
                          "DELETE FROM password_links WHERE username = ?"}) {
    auto st = db_.prepare(sql);
    st->bindText(0, username);
    st->execute();
  }
  auto st = db_.prepare("DELETE FROM users WHERE username = ?");
  st->bindText(0, username);
  const bool removed = st->execute() > 0;
  tx.commit();
  return removed ? AccountChange::kDone : AccountChange::kNoSuchAccount;
}

AccountChange UserStore::setRole(const User& user) {
  store::Transaction tx(db_);
  if (user.role != Role::kAdmin && wouldLeaveNoAdmin(user.username)) return AccountChange::kLastAdmin;
  auto st = db_.prepare("UPDATE users SET role = ? WHERE username = ?");
  st->bindText(0, roleName(user.role));
  st->bindText(1, user.username);
  if (st->execute() == 0) return AccountChange::kNoSuchAccount;
  auto clear = db_.prepare("DELETE FROM user_scopes WHERE username = ?");
  clear->bindText(0, user.username);
  clear->execute();
  writeScopes(user);
  // What a session may see is read at each request, so no session ends.
  tx.commit();
  return AccountChange::kDone;
}

AccountChange UserStore::setDisabled(const std::string& username, bool disabled) {
  store::Transaction tx(db_);
  if (disabled && wouldLeaveNoAdmin(username)) return AccountChange::kLastAdmin;
  auto st = db_.prepare("UPDATE users SET disabled = ? WHERE username = ?");
  st->bindInt(0, disabled ? 1 : 0);
  st->bindText(1, username);
  if (st->execute() == 0) return AccountChange::kNoSuchAccount;
  if (disabled) endSessions(username);
  tx.commit();
  return AccountChange::kDone;
}

bool UserStore::setPassword(const std::string& username, const std::string& password_hash) {
  store::Transaction tx(db_);
  const bool changed = replacePassword(username, password_hash);
  tx.commit();
  return changed;
}

bool UserStore::replacePassword(const std::string& username, const std::string& password_hash) {
  auto st = db_.prepare("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE username = ?");
  st->bindText(0, password_hash);
  st->bindText(1, username);
  const bool changed = st->execute() > 0;
  endSessions(username);
  return changed;
}

void UserStore::loadScopes(User& user) {
  auto st = db_.prepare("SELECT kind, value FROM user_scopes WHERE username = ?");
  st->bindText(0, user.username);
  while (st->step()) (st->getText(0) == "team" ? user.teams : user.services).insert(st->getText(1));
}

std::optional<Credentials> UserStore::credentials(const std::string& username) {
  if (!validUsername(username)) return std::nullopt;
  auto st = db_.prepare("SELECT role, password_hash, failed_logins, locked_until, disabled, source FROM users WHERE username = ?");
  st->bindText(0, username);
  if (!st->step()) return std::nullopt;
  Credentials c;
  c.user.username = username;
  c.user.role = parseRole(st->getText(0)).value_or(Role::kMember);
  c.password_hash = st->getText(1);
  c.failed_logins = static_cast<int>(st->getInt(2));
  c.locked_until = st->getInt(3);
  c.disabled = st->getInt(4) != 0;
  c.source = st->getText(5);
  while (st->step()) {
  }
  loadScopes(c.user);
  return c;
}

std::optional<User> UserStore::find(const std::string& username) {
  auto c = credentials(username);
  if (!c) return std::nullopt;
  return c->user;
}

std::vector<User> UserStore::list() {
  std::vector<std::string> names;
  auto st = db_.prepare("SELECT username FROM users ORDER BY username");
  while (st->step()) names.push_back(st->getText(0));
  std::vector<User> users;
  for (const std::string& n : names)
    if (auto u = find(n)) users.push_back(*u);
  return users;
}

std::vector<Credentials> UserStore::accounts() {
  std::vector<Credentials> out;
  for (const User& u : list())
    if (auto c = credentials(u.username)) {
      c->password_hash.clear();
      out.push_back(std::move(*c));
    }
  return out;
}

void UserStore::recordFailure(const std::string& username, int failed_logins, int64_t locked_until) {
  auto st = db_.prepare("UPDATE users SET failed_logins = ?, locked_until = ? WHERE username = ?");
  st->bindInt(0, failed_logins);
  st->bindInt(1, locked_until);
  st->bindText(2, username);
  st->execute();
}

void UserStore::clearFailures(const std::string& username) { recordFailure(username, 0, 0); }

}  // namespace hc::access

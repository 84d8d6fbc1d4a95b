#include "access/account_admin.h"

#include "access/audit_log.h"
#include "access/password_hasher.h"
#include "access/password_links.h"
#include "access/user_store.h"

namespace hc::access {
namespace {

constexpr const char* kLastAdminMessage =
    "This is the last active admin account. Add or enable another admin first, so that someone can still manage "
    "the service.";

// "role=manager team=T1 service=children": the audit row's detail.
std::string describe(const User& user) {
  std::string out = std::string("role=") + roleName(user.role);
  for (const auto& t : user.teams) out += " team=" + t;
  for (const auto& s : user.services) out += " service=" + s;
  return out;
}

Refusal refused(const std::string& field, const std::string& message) { return AccountProblem{field, message}; }

}  // namespace

Refusal accountProblem(const User& user) {
  if (!validUsername(user.username))
    return refused("username", "Enter a username of 1 to 64 letters, digits and . _ - @ (an email address works)");
  if (user.role != Role::kManager && (!user.teams.empty() || !user.services.empty()))
    return refused("scope", "Only a manager has teams or services: choose none, or make the account a manager");
  if (user.role == Role::kManager && user.teams.empty() && user.services.empty())
    return refused("scope", "Choose at least one team or service the manager manages");
  return std::nullopt;
}

Refusal newPasswordProblem(const std::string& password, const std::string& again) {
  if (const std::string problem = passwordProblem(password); !problem.empty()) return refused("password", problem);
  if (password != again) return refused("password-again", "Enter the same password twice");
  return std::nullopt;
}

Refusal AccountAdmin::unknown(const std::string& username) {
  if (UserStore(db_).find(username)) return std::nullopt;
  return refused("account", "There is no account called " + username);
}

Refusal AccountAdmin::add(const User& user, const std::string& password_hash) {
  if (auto problem = accountProblem(user)) return problem;
  UserStore users(db_);
  if (users.find(user.username)) return refused("username", "There is already an account called " + user.username);
  users.add(user, password_hash);
  AuditLog(db_).record(actor_, audit_action::kUserAdd, user.username, describe(user));
  return std::nullopt;
}

Refusal AccountAdmin::change(const User& user) {
  if (auto problem = accountProblem(user)) return problem;
  const auto before = UserStore(db_).find(user.username);
  switch (UserStore(db_).setRole(user)) {
    case AccountChange::kNoSuchAccount: return unknown(user.username);
    case AccountChange::kLastAdmin: return refused("role", kLastAdminMessage);
    case AccountChange::kDone: break;
  }
  AuditLog(db_).record(actor_, audit_action::kUserChange, user.username,
                       (before ? "from " + describe(*before) + " to " : "to ") + describe(user));
  return std::nullopt;
}

Refusal AccountAdmin::disable(const std::string& username) {
  switch (UserStore(db_).setDisabled(username, true)) {
    case AccountChange::kNoSuchAccount: return unknown(username);
    case AccountChange::kLastAdmin: return refused("disable", kLastAdminMessage);
    case AccountChange::kDone: break;
  }
  AuditLog(db_).record(actor_, audit_action::kUserDisable, username, "sessions ended");
  return std::nullopt;
}

Refusal AccountAdmin::enable(const std::string& username) {
  if (UserStore(db_).setDisabled(username, false) == AccountChange::kNoSuchAccount) return unknown(username);
  AuditLog(db_).record(actor_, audit_action::kUserEnable, username);
  return std::nullopt;
}

Refusal AccountAdmin::unlock(const std::string& username) {
  if (auto problem = unknown(username)) return problem;
  UserStore(db_).clearFailures(username);
  AuditLog(db_).record(actor_, audit_action::kUserUnlock, username);
  return std::nullopt;
}

Refusal AccountAdmin::remove(const std::string& username) {
  switch (UserStore(db_).remove(username)) {
    case AccountChange::kNoSuchAccount: return refused("account", "There is no account called " + username);
    case AccountChange::kLastAdmin: return refused("remove", kLastAdminMessage);
    case AccountChange::kDone: break;
  }
  AuditLog(db_).record(actor_, audit_action::kUserRemove, username);
  return std::nullopt;
}

Refusal AccountAdmin::resetPassword(const std::string& username, const std::string& password_hash) {
  if (!UserStore(db_).setPassword(username, password_hash)) return unknown(username);
  AuditLog(db_).record(actor_, audit_action::kPasswordReset, username, "sessions ended");
  return std::nullopt;
}

Refusal AccountAdmin::issueLink(const std::string& username, int64_t now, std::string& token) {
  const auto account = UserStore(db_).credentials(username);
  if (!account) return unknown(username);
  if (account->disabled) return refused("password-link", "Enable the account first: a disabled account cannot sign in");
  if (account->source != "local")
    return refused("password-link", "This account signs in through the council's directory, not with a password here");
  token = PasswordLinks(db_).issue(username, now);
  // Never the token: the log is read by more people than the admin.
  AuditLog(db_).record(actor_, audit_action::kPasswordLink, username,
                       "expires in " + std::to_string(kLinkSeconds / 3600) + " hours");
  return std::nullopt;
}

Refusal changeOwnPassword(store::Database& db, const std::string& username, const std::string& current,
                          const std::string& fresh, const std::string& again) {
  UserStore users(db);
  const auto account = users.credentials(username);
  if (!account || !verifyPassword(current, account->password_hash))
    return refused("current-password", "Your current password is not right: enter the one you signed in with");
  if (auto problem = newPasswordProblem(fresh, again)) return problem;
  users.setPassword(username, hashPassword(fresh));
  AuditLog(db).record(username, audit_action::kPasswordSet, username, "own password changed; sessions ended");
  return std::nullopt;
}

std::optional<std::string> setPasswordByLink(store::Database& db, const std::string& token,
                                             const std::string& password, int64_t now) {
  auto username = PasswordLinks(db).redeem(token, hashPassword(password), now);
  if (username) AuditLog(db).record(*username, audit_action::kPasswordSet, *username, "set-password link used; sessions ended");
  return username;
}

}  // namespace hc::access

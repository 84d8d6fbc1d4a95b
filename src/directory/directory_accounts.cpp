#include "directory/directory_accounts.h"

#include <optional>

#include "access/account_admin.h"
#include "access/audit_log.h"
#include "access/login.h"
#include "access/user_store.h"
#include "store/sql_text.h"

namespace hc::directory {
namespace {

std::string sql(std::string_view name) {
  return store::internal::sqlSection(store::internal::sqlFile("queries/directory_accounts.sql"), name);
}

// An account as directory sign-in sees it.
struct Existing {
  std::string source;
  std::string subject;
  bool disabled = false;
  bool disabled_by_directory = false;
};

std::optional<Existing> existing(store::Database& db, const std::string& username) {
  auto st = db.prepare(sql("account"));
  st->bindText(0, username);
  if (!st->step()) return std::nullopt;
  Existing e{st->getText(0), st->isNull(1) ? "" : st->getText(1), st->getInt(2) != 0, st->getInt(3) != 0};
  while (st->step()) {
  }
  return e;
}

std::string joined(const std::set<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

// "manager (teams T0001, T0002; services Children in need)", for the audit.
std::string describe(const access::User& user) {
  std::string out = access::roleName(user.role);
  std::string scope;
  if (!user.teams.empty()) scope = "teams " + joined(user.teams);
  if (!user.services.empty()) scope += (scope.empty() ? "" : "; ") + std::string("services ") + joined(user.services);
  return scope.empty() ? out : out + " (" + scope + ")";
}

bool sameAccess(const access::User& a, const access::User& b) {
  return a.role == b.role && a.teams == b.teams && a.services == b.services;
}

void markDisabledByDirectory(store::Database& db, const std::string& username, bool value) {
  auto st = db.prepare(sql("mark_disabled"));
  st->bindInt(0, value ? 1 : 0);
  st->bindText(1, username);
  st->execute();
}

}  // namespace

std::string directoryActor(const std::string& source) { return "directory:" + source; }

DirectorySignIn signInFromDirectory(store::Database& db, const DirectoryIdentity& who, const RoleMapping& mapping,
                                    int64_t now) {
  access::AuditLog audit(db);
  access::UserStore users(db);
  const std::string actor = directoryActor(who.source);
  const std::string& ask = mapping.contact();
  const std::string via = who.source == "oidc" ? "your council account" : "your council (directory) account";
  auto refuse = [&](const std::string& subject, const std::string& detail, std::string reason) {
    audit.record(subject, access::audit_action::kLoginFailed, subject, who.source + ": " + detail);
    return Refusal{std::move(reason), ask};
  };
  if (!access::validUsername(who.username))
    return refuse(access::kUnknownNameActor, "the directory's user name is not one this service takes",
                  "Your user name in the directory is not one the health check can use (1 to 64 letters, digits "
                  "and . _ - @).");
  if (who.subject.empty())
    return refuse(who.username, "the directory gave no stable id", "The directory did not say who you are.");

  const std::optional<Existing> account = existing(db, who.username);
  if (account && account->source != who.source)
    return refuse(who.username, "the account here is a " + account->source + " account",
                  "There is already an account called " + who.username +
                      " on the health check that is not linked to " + via +
                      ", so it cannot be used to sign in this way.");
  if (account && !account->subject.empty() && account->subject != who.subject)
    return refuse(who.username, "the directory's id differs from the account's",
                  "The account called " + who.username + " on the health check belongs to someone else in the "
                  "directory.");
  if (account && account->disabled && !account->disabled_by_directory)
    return refuse(who.username, "account disabled", "Your account on the health check has been disabled.");

  const std::optional<MappedAccess> mapped = mapping.map(who);
  if (!mapped) {
    if (account && !account->disabled) {
      if (users.setDisabled(who.username, true) == access::AccountChange::kLastAdmin)
        return refuse(who.username, "no role in the directory, but the last active admin is kept",
                      "The directory no longer gives you a role on the health check, and you are its only admin.");
      markDisabledByDirectory(db, who.username, true);
      audit.record(actor, access::audit_action::kUserDisable, who.username, "no role in the directory");
    }
    return refuse(who.username, "no role in the directory",
                  "The directory does not give you a role on the health check.");
  }
  access::User user{who.username, mapped->role, mapped->teams, mapped->services};
  if (const access::Refusal problem = access::accountProblem(user))
    return refuse(who.username, "the directory's role cannot be used: " + problem->message,
                  "The directory makes you a " + std::string(access::roleName(user.role)) +
                      " but gives you no team or service to manage.");

  if (!account) {
    auto st = db.prepare(sql("insert"));
    st->bindText(0, user.username);
    st->bindText(1, access::roleName(user.role));
    st->bindInt(2, now);
    st->bindText(3, who.source);
    st->bindText(4, who.subject);
    st->bindInt(5, now);
    st->execute();
    users.setRole(user);  // writes the scope with the role
    audit.record(actor, access::audit_action::kUserAdd, user.username, describe(user) + " (" + mapped->why + ")");
  } else {
    const std::optional<access::User> before = users.find(user.username);
    if (before && !sameAccess(*before, user)) {
      if (users.setRole(user) == access::AccountChange::kLastAdmin)
        return refuse(who.username, "the directory's role would leave no active admin",
                      "The directory no longer makes you an admin, and you are the health check's only admin.");
      audit.record(actor, access::audit_action::kUserChange, user.username,
                   "from " + describe(*before) + " to " + describe(user) + " (" + mapped->why + ")");
    }
    if (account->disabled) {
      users.setDisabled(user.username, false);
      markDisabledByDirectory(db, user.username, false);
      audit.record(actor, access::audit_action::kUserEnable, user.username, "the directory gives a role again");
    }
  }
  auto seen = db.prepare(sql("seen"));
  seen->bindText(0, who.subject);
  seen->bindInt(1, now);
  seen->bindText(2, user.username);
  seen->execute();
  audit.record(user.username, access::audit_action::kLogin, user.username, who.source + ": " + describe(user));
  return user;
}

std::vector<DirectoryAccount> directoryAccounts(store::Database& db) {
  std::vector<DirectoryAccount> out;
  auto st = db.prepare(sql("directory_of"));
  while (st->step())
    out.push_back({st->getText(0), st->getText(1), st->isNull(2) ? "" : st->getText(2), st->getInt(3) != 0,
                   st->getInt(4)});
  return out;
}

}  // namespace hc::directory

#include "directory/password_sign_in.h"

#include "access/audit_log.h"
#include "access/password_hasher.h"
#include "access/user_store.h"

namespace hc::directory {
namespace {

PasswordSignIn local(store::Database& db, const DirectorySettings& settings, const std::optional<access::Credentials>& account,
                     const std::string& username, const std::string& password, int64_t now,
                     const access::NameTag& tag) {
  if (settings.local_admins_only && account && account->user.role != access::Role::kAdmin) {
    access::verifyDummy(password);  // the same time as any other refusal
    access::AuditLog(db).record(username, access::audit_action::kLoginFailed, username,
                                "local sign-in is for admins only (local-sign-in = admins-only)");
    return SignInFailed{};
  }
  if (auto user = access::Login(db, tag).attempt(username, password, now)) return *user;
  return SignInFailed{};
}

}  // namespace

PasswordSignIn signInWithPassword(store::Database& db, const DirectorySettings& settings,
                                  const ldap::LdapDirectory* ldap, const std::string& username,
                                  const std::string& password, int64_t now, const access::NameTag& tag) {
  access::UserStore users(db);
  const std::optional<access::Credentials> account = users.credentials(username);
  if (!settings.ldapOn() || !ldap || (account && account->source == "local"))
    return local(db, settings, account, username, password, now, tag);

  access::AuditLog audit(db);
  auto unknown = [&](const std::string& why) {
    const std::string t = tag ? tag(username) : "";
    audit.record(access::kUnknownNameActor, access::audit_action::kLoginFailed,
                 t.empty() ? access::kUnknownNameActor : "name-tag:" + t, "ldap: " + why);
  };
  if (!access::validUsername(username)) {
    unknown("not a user name this service takes (only its keyed hash is kept)");
    return SignInFailed{};
  }
  if (account && account->source != "ldap")  // an OpenID Connect account: it has no password anywhere here
    return local(db, settings, account, username, password, now, tag);
  if (account && account->locked_until > now) {
    audit.record(username, access::audit_action::kLoginFailed, username, "ldap: account locked");
    return SignInFailed{};
  }
  const ldap::LdapAnswer answer = ldap->authenticate(username, password);
  if (const auto* problem = std::get_if<ldap::LdapProblem>(&answer)) {
    const bool down = problem->kind == ldap::LdapProblem::Kind::kDirectoryDown;
    if (!account) {
      unknown(down ? "the directory could not be asked: " + problem->detail
                   : "refused by the directory (only the name's keyed hash is kept)");
    } else if (down) {
      audit.record(username, access::audit_action::kLoginFailed, username,
                   "ldap: the directory could not be asked: " + problem->detail);
    } else {
      const int failures = account->failed_logins + 1;
      const int64_t lock = access::Login::lockSeconds(failures);
      users.recordFailure(username, failures, lock > 0 ? now + lock : 0);
      audit.record(username, access::audit_action::kLoginFailed, username,
                   "ldap: " + problem->detail + " (" + std::to_string(failures) + " in a row" +
                       (lock > 0 ? ", locked for " + std::to_string(lock) + " s)" : ")"));
    }
    return SignInFailed{down};
  }
  const DirectorySignIn outcome = signInFromDirectory(db, std::get<DirectoryIdentity>(answer), *settings.roles, now);
  if (const auto* user = std::get_if<access::User>(&outcome)) return *user;
  return std::get<Refusal>(outcome);
}

}  // namespace hc::directory

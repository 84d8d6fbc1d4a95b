// Directory accounts: an account kept in step with the council's directory
// at each sign-in through it (LDAP, directory/ldap/; OpenID Connect,
// directory/oidc/). The directory has checked who the person is; this
// decides what they may do here, from the role mapping (role_mapping.h):
//
//   - first sign-in: the account is created (users.source 'ldap' or
//     'oidc', no usable password: "!" matches no hash);
//   - every sign-in: role and scope re-read and written, each change
//     audited as user-change by "directory:<source>";
//   - no role any more: the account is disabled, not deleted (its sessions
//     end), audited as user-disable, and the person refused with whom to
//     ask; a role given again enables it (user-enable). An account an
//     admin disabled here stays disabled whatever the directory says.
//   - every sign-in and refusal is audited (login / login-failed) with the
//     source in the detail. Never the e-mail address or display name.
//
// Taking over: a directory identity never signs in to an account of
// another source. A local account (a password here) with the same name is
// refused, not converted: otherwise whoever controls a directory name could
// take an existing admin's account. An admin removes the local account
// (or renames it) to let the directory one be created. Likewise an 'ldap'
// account is not an 'oidc' one, and an account whose stored subject (the
// directory's stable id) differs is refused: a name re-used for another
// person does not open the first person's account.
//
// The last-admin rule (access/user_store.h) holds: the directory cannot
// demote or disable the last active admin; that sign-in is refused and the
// account left as it was, until another admin exists.
//
// Thread-safety: uses its Database on one thread at a time.
#ifndef HC_DIRECTORY_DIRECTORY_ACCOUNTS_H_
#define HC_DIRECTORY_DIRECTORY_ACCOUNTS_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "access/user.h"
#include "directory/directory_identity.h"
#include "directory/role_mapping.h"
#include "store/database.h"

namespace hc::directory {

// A sign-in the directory allowed but the health check does not: what to
// tell the person, and whom they should ask (RoleMapping::contact()).
struct Refusal {
  std::string reason;
  std::string whom_to_ask;
};

using DirectorySignIn = std::variant<access::User, Refusal>;

// The audit actor of changes the directory made: "directory:ldap".
std::string directoryActor(const std::string& source);

// Creates or updates the account of `who` and says whether they may sign
// in. `who.source` is "ldap" or "oidc"; `now` Unix seconds. The caller
// starts the session (web/account/session_start.h) for a User.
DirectorySignIn signInFromDirectory(store::Database& db, const DirectoryIdentity& who, const RoleMapping& mapping,
                                    int64_t now);

// What the admin area shows of a directory account.
struct DirectoryAccount {
  std::string username;
  std::string source;
  std::string subject;
  bool disabled_by_directory = false;
  int64_t last_seen_at = 0;  // 0: never signed in through the directory
};

// Every account whose source is not 'local', by username.
std::vector<DirectoryAccount> directoryAccounts(store::Database& db);

}  // namespace hc::directory

#endif  // HC_DIRECTORY_DIRECTORY_ACCOUNTS_H_

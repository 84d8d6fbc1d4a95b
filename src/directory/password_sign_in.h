// Password sign-in on the sign-in form, local or through LDAP, with one
// policy for both (access/login.h's back-off, one generic answer, audit):
//
//   - a local account (users.source 'local') checks its password here
//     (access::Login): the break-glass way in, which keeps working when the
//     directory is down. With local-sign-in = admins-only only admins may
//     (anyone else gets the generic answer; audited);
//   - any other name, when LDAP is on, is checked by the directory
//     (ldap/ldap_directory.h), then the account kept in step with it
//     (directory_accounts.h). An LDAP account's failures count towards
//     its back-off like a local one's, and while it is locked the
//     directory is not asked at all. A name that is no account here and
//     not in the directory is audited as a keyed tag only;
//   - LDAP off: every name is local.
//
// Thread-safety: uses its Database on one thread at a time.
#ifndef HC_DIRECTORY_PASSWORD_SIGN_IN_H_
#define HC_DIRECTORY_PASSWORD_SIGN_IN_H_

#include <cstdint>
#include <string>
#include <variant>

#include "access/login.h"
#include "directory/directory_accounts.h"
#include "directory/directory_settings.h"
#include "directory/ldap/ldap_directory.h"

namespace hc::directory {

// Not signed in: the generic answer, or (directory_down) the directory
// could not be asked, which the page says (local sign-in still works).
struct SignInFailed {
  bool directory_down = false;
};

using PasswordSignIn = std::variant<access::User, Refusal, SignInFailed>;

// `ldap` is used only when settings.ldapOn(); may be null otherwise.
PasswordSignIn signInWithPassword(store::Database& db, const DirectorySettings& settings,
                                  const ldap::LdapDirectory* ldap, const std::string& username,
                                  const std::string& password, int64_t now, const access::NameTag& tag);

}  // namespace hc::directory

#endif  // HC_DIRECTORY_PASSWORD_SIGN_IN_H_

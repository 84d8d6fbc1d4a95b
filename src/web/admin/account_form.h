// AccountForm: the fields an account's role and scope are chosen with, on
// "Add an account" and "Change role and scope" (account_pages.h): the role
// as radios, and a manager's teams and services as checkboxes of those the
// database knows (each checkbox under its own name, "team:T0001" or
// "service:children", since a form keeps one value per name). Reading the
// form back takes only known teams and services, so nothing else reaches
// the account; the rules (a manager needs one, nobody else any) are
// access::accountProblem()'s.
//
// Thread-safety: a plain value and pure functions.
#ifndef HC_WEB_ADMIN_ACCOUNT_FORM_H_
#define HC_WEB_ADMIN_ACCOUNT_FORM_H_

#include <string>
#include <utility>
#include <vector>

#include "access/account_admin.h"
#include "access/user.h"
#include "html/html.h"
#include "store/database.h"
#include "web/http/request.h"

namespace hc::web::admin {

// The teams (id, name) and services the database knows, by service and id.
struct KnownScopes {
  std::vector<std::pair<std::string, std::string>> teams;
  std::vector<std::string> services;
};
KnownScopes knownScopes(store::Database& db);

// The role radios and scope checkboxes preset from `user` (its role only
// when `role_chosen`: a new account's role is not guessed), with
// `problem`'s message on its field ("role" or "scope").
html::Html roleAndScopeFields(const access::User& user, bool role_chosen, const KnownScopes& known,
                              const access::Refusal& problem);

// The role and scope the form chose; `role_chosen` false when no role was.
access::User roleAndScopeOf(const http::Request& request, const KnownScopes& known, bool& role_chosen);

// The id of the field a problem's summary links to.
std::string fieldIdOf(const access::AccountProblem& problem);

// "team T0001 (Team one), service children", or "None".
std::string scopeText(const access::User& user, const KnownScopes& known);

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_ACCOUNT_FORM_H_

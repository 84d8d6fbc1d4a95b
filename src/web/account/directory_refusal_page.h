// The page for a person the council's directory signed in but who may not
// use the health check (directory/directory_accounts.h: no role mapped, a
// disabled account, a name already taken here): why, in plain words, and
// whom to ask. Both LDAP and OpenID Connect sign-in answer with it (403).
//
// Thread-safety: a pure function of its arguments.
#ifndef HC_WEB_ACCOUNT_DIRECTORY_REFUSAL_PAGE_H_
#define HC_WEB_ACCOUNT_DIRECTORY_REFUSAL_PAGE_H_

#include "directory/directory_accounts.h"
#include "web/http/response.h"
#include "web/view/page_layout.h"

namespace hc::web::account {

http::Response directoryRefusalPage(const view::PageLayout& layout, const directory::Refusal& refusal);

}  // namespace hc::web::account

#endif  // HC_WEB_ACCOUNT_DIRECTORY_REFUSAL_PAGE_H_

// AccountPages: the admin area's accounts, /admin/users: who can sign in,
// with which role and scope, and the changes an admin makes to them, each
// through access::AccountAdmin (the same rules and audit rows as the
// `healthcheck user` command) under the signed-in admin's name.
//
//   GET  /admin/users                          the accounts: role, scope, status, source
//   GET  /admin/users/new                      "Add an account": username, role, scope
//   POST /admin/users/new                      adds it; shows its set-password link once
//   GET  /admin/users/{username}               the account, and what can be done to it
//   GET  /admin/users/{username}/role          "Change role and scope"
//   POST /admin/users/{username}/role          saves them
//   POST /admin/users/{username}/disable       disables (its sessions end)
//   POST /admin/users/{username}/enable        re-enables
//   POST /admin/users/{username}/unlock        clears the sign-in back-off
//   POST /admin/users/{username}/password-link a new set-password link, shown once
// All admin only (the sign-in filter checks the role and every POST's CSRF
// token). The admin never sets or sees a password: the person sets their
// own with the link (account/password_pages.h).
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ADMIN_ACCOUNT_PAGES_H_
#define HC_WEB_ADMIN_ACCOUNT_PAGES_H_

#include <string>

#include "access/account_admin.h"
#include "access/user_store.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

class AccountPages {
 public:
  // `base_url`: the address people reach the server at (serve's
  // base-url), which set-password links start with; "" takes the
  // request's Host (over TLS when `tls`).
  AccountPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
               std::string base_url = "", bool tls = false)
      : pool_(pool), layout_(layout), csrf_(csrf), base_url_(std::move(base_url)), tls_(tls) {}

  void addRoutes(http::Router& router);

 private:
  http::Response list(http::Request& request);
  http::Response addForm(http::Request& request, const access::User& user, bool role_chosen,
                         const access::Refusal& problem);
  http::Response add(http::Request& request);
  http::Response account(http::Request& request, const access::Refusal& problem = std::nullopt);
  http::Response roleForm(http::Request& request, const access::User* chosen, const access::Refusal& problem);
  http::Response changeRole(http::Request& request);
  // disable, enable and unlock: one AccountAdmin call, then the account page.
  http::Response change(http::Request& request, const std::string& done,
                        access::Refusal (access::AccountAdmin::*action)(const std::string&));
  http::Response passwordLink(http::Request& request);
  // The page of a freshly issued link: the only time its token is shown.
  http::Response linkPage(http::Request& request, const std::string& username, const std::string& token,
                          bool new_account);

  // A page of the Accounts section with its breadcrumbs after "Accounts".
  http::Response render(http::Request& request, http::Response& response, const std::string& title,
                        html::Html main, bool has_errors, const std::vector<view::Crumb>& crumbs);
  html::Html csrfField(http::Request& request, http::Response& response) const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  std::string base_url_;
  bool tls_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_ACCOUNT_PAGES_H_

// PasswordPages: a person setting their own password, the only way a
// password is ever chosen in the browser (an admin never sets one).
//
//   GET  /set-password/{token}   the form of a set-password link (public)
//   POST /set-password/{token}   sets the password with the link, once; the
//                                account's sessions end; then to sign-in
//   GET  /home/password          "Change your password" (signed-in)
//   POST /home/password          the current password and the new one twice;
//                                the account's sessions end; then to sign-in
//
// A token that is malformed, unknown, used or expired gets the same 404
// page, and nothing says which. The token is in the path, which no log
// records (the access log names the route's pattern, "/set-password/{token}";
// error lines are redacted, http/log_redaction.h), and the page sends no
// Referer (security_headers.cpp: no-referrer). The rules of a new password
// are access::newPasswordProblem()'s, as the command line's.
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ACCOUNT_PASSWORD_PAGES_H_
#define HC_WEB_ACCOUNT_PASSWORD_PAGES_H_

#include "access/account_admin.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::account {

class PasswordPages {
 public:
  PasswordPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf)
      : pool_(pool), layout_(layout), csrf_(csrf) {}

  void addRoutes(http::Router& router);

 private:
  http::Response linkForm(http::Request& request, const access::Refusal& problem);
  http::Response useLink(http::Request& request);
  http::Response ownForm(http::Request& request, const access::Refusal& problem);
  http::Response changeOwn(http::Request& request);
  http::Response linkNotWorking() const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
};

}  // namespace hc::web::account

#endif  // HC_WEB_ACCOUNT_PASSWORD_PAGES_H_

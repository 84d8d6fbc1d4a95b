// AuthFilter: the Router's request filter (Router::setFilter) that enforces
// sign-in and roles on every route, on the server, before any handler runs.
//
// For a route tagged other than "public" it resolves the session cookie
// (access/session_store.h) to a user and asks access::mayCall() whether the
// route's tag admits them:
//   not signed in          -> 303 to /login?next=<path> (GET) or 303 to /login
//   signed in, not allowed -> 403 (view::ErrorPages: the header, where to go)
//   a POST without a valid CSRF token (scope: the user) -> 403, saying so
//   the database unreachable -> 503
// A directory account's session ends once access::kIdleSeconds have passed
// since its last sign-in through the directory (its groups are re-read
// only then). When allowed, the user is put in request.attributes for the handlers,
// which read it back with http::signedInUser() (web/http/signed_in_user.h).
//
// Thread-safety: immutable after construction; operator() runs concurrently,
// each call borrowing its own connection.
#ifndef HC_WEB_ACCOUNT_AUTH_FILTER_H_
#define HC_WEB_ACCOUNT_AUTH_FILTER_H_

#include <optional>
#include <string>

#include "access/user.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/http/signed_in_user.h"
#include "web/view/error_pages.h"
#include "web/view/page_layout.h"

namespace hc::web::account {

class AuthFilter {
 public:
  AuthFilter(http::DatabasePool& pool, const http::CsrfProtection& csrf, const view::PageLayout& layout)
      : pool_(pool), csrf_(csrf), layout_(layout), errors_(pool, csrf, layout) {}

  std::optional<http::Response> operator()(http::Request& request, const http::Route& route) const;

  // The CSRF scope of forms posted by a signed-in user: forms on pages
  // behind sign-in put view::csrfField(csrf, request, response,
  // AuthFilter::csrfScope(request, user)) in them, and the filter checks
  // it. It names the user and the request's session, so a token outlives
  // neither the session nor a change of account in the same browser.
  // The user the request's session cookie signs in; nullopt for none, an
  // expired session or a removed account. Throws store::DatabaseError.
  static std::optional<access::User> sessionUser(store::Database& db, const http::Request& request);

  static std::string csrfScope(const http::Request& request, const access::User& user) {
    return "user:" + user.username + "|session:" + request.cookie(http::kSessionCookie);
  }

 private:
  http::DatabasePool& pool_;
  const http::CsrfProtection& csrf_;
  const view::PageLayout& layout_;
  view::ErrorPages errors_;  // the 403 and 503 pages
};

}  // namespace hc::web::account

#endif  // HC_WEB_ACCOUNT_AUTH_FILTER_H_

// AuthFilter: the Router's request filter (Router::setFilter) that enforces
// sign-in and roles on every route, on the server, before any handler runs.
//
// For a route tagged other than "public" it resolves the session cookie
// (access/session_store.h) to a user and asks access::mayCall() whether the
// route's tag admits them:
//   not signed in          -> 303 to /login?next=<path> (GET) or 303 to /login
//   signed in, not allowed -> 403
//   a POST without a valid CSRF token (scope: the user) -> 403
//   the database unreachable -> 503 with a plain message
// When allowed, the user is put in request.attributes for the handlers,
// which read it back with signedInUser().
//
// Thread-safety: immutable after construction; operator() runs concurrently,
// each call borrowing its own connection.
#ifndef HC_WEB_HTTP_AUTH_FILTER_H_
#define HC_WEB_HTTP_AUTH_FILTER_H_

#include <optional>
#include <string>

#include "access/user.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/page_layout.h"
#include "web/http/router.h"

namespace hc::web::http {

constexpr const char* kSessionCookie = "hc_session";

class AuthFilter {
 public:
  AuthFilter(DatabasePool& pool, const CsrfProtection& csrf, const PageLayout& layout)
      : pool_(pool), csrf_(csrf), layout_(layout) {}

  std::optional<Response> operator()(Request& request, const Route& route) const;

  // The CSRF scope of forms posted by a signed-in user: forms on pages
  // behind sign-in put csrf.hiddenField(request, response,
  // AuthFilter::csrfScope(request, user)) in them, and the filter checks
  // it. It names the user and the request's session, so a token outlives
  // neither the session nor a change of account in the same browser.
  static std::string csrfScope(const Request& request, const access::User& user) {
    return "user:" + user.username + "|session:" + request.cookie(kSessionCookie);
  }

 private:
  DatabasePool& pool_;
  const CsrfProtection& csrf_;
  const PageLayout& layout_;
};

// The signed-in user the filter put on the request; nullopt on public
// routes (the filter does not look up sessions there).
std::optional<access::User> signedInUser(const Request& request);
// What the filter records for the handlers after it: `user` is signed in.
// Tests of pages that run without the filter say who is looking with it.
void setSignedInUser(Request& request, const access::User& user);

// True when `target` may be a ?next= target after sign-in: one of our own
// paths, of plain characters only (no scheme, no "//host", no ".."), with
// a percent-encoded query string or none:
// safeNextPath("/dashboard?period=2026-Q2&service=children") is true.
bool safeNextPath(const std::string& target);

// A 503 page for when the database cannot be reached.
Response serviceUnavailable(const PageLayout& layout);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_AUTH_FILTER_H_

// Starting a session once a sign-in is checked, whichever way it was
// checked: a password here (login_pages.h), the council's LDAP directory,
// or its OpenID Connect provider (directory/). One place, so that every
// way gives the same guarantees: the browser's old session ended and a new
// id issued (no session fixation), expired sessions purged, the cookie
// HttpOnly, SameSite=Lax, Path=/ and Secure over TLS, and a new CSRF cookie
// (no form of before works after).
//
//   auto db = pool.acquire();
//   const account::SessionStart how{csrf, secure_cookies};
//   return account::startSessionFor(*db, request, user, how, next_path, nowSeconds());
//
// Thread-safety: uses its Database on the calling thread only.
#ifndef HC_WEB_ACCOUNT_SESSION_START_H_
#define HC_WEB_ACCOUNT_SESSION_START_H_

#include <cstdint>
#include <string>

#include "access/user.h"
#include "store/database.h"
#include "web/http/csrf.h"
#include "web/http/request.h"
#include "web/http/response.h"

namespace hc::web::account {

struct SessionStart {
  const http::CsrfProtection& csrf;
  bool secure_cookies = false;
};

// The attributes of the session cookie ("Path=/; HttpOnly; SameSite=Lax",
// "; Secure" over TLS).
std::string sessionCookieAttributes(bool secure_cookies);

// A new session for `user` (already allowed in: check nothing more), and
// the redirect that sets its cookie: to `next` when it is a safe local
// path (http::safeNextPath), else to the role's landing page. Throws
// store::DatabaseError as the database does.
http::Response startSessionFor(store::Database& db, const http::Request& request, const access::User& user,
                               const SessionStart& how, const std::string& next, int64_t now);

}  // namespace hc::web::account

#endif  // HC_WEB_ACCOUNT_SESSION_START_H_

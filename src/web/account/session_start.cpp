#include "web/account/session_start.h"

#include "access/session_store.h"
#include "web/http/signed_in_user.h"
#include "web/view/site_header.h"

namespace hc::web::account {

std::string sessionCookieAttributes(bool secure_cookies) {
  return std::string("Path=/; HttpOnly; SameSite=Lax") + (secure_cookies ? "; Secure" : "");
}

http::Response startSessionFor(store::Database& db, const http::Request& request, const access::User& user,
                               const SessionStart& how, const std::string& next, int64_t now) {
  access::SessionStore sessions(db);
  sessions.destroy(request.cookie(http::kSessionCookie));  // a new id at every sign-in
  sessions.purgeExpired(now);                              // housekeeping, where sessions begin
  const std::string session_id = sessions.create(user.username, now);
  // Without a page to return to, each role lands where its work is.
  http::Response r = http::Response::redirect(http::safeNextPath(next) ? next : view::landingPath(user));
  r.setCookie(http::kSessionCookie, session_id, sessionCookieAttributes(how.secure_cookies));
  how.csrf.renewCookie(r);  // no form rendered before sign-in works after it
  return r;
}

}  // namespace hc::web::account

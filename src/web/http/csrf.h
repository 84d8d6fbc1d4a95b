// CsrfProtection: tokens that prove a form was posted from a page this
// server rendered, without server-side sessions.
//
// Each browser gets a random cookie (HttpOnly, SameSite=Lax, and Secure
// when the server is reached over TLS, directly or through a TLS proxy the
// operator names with serve --behind-tls-proxy); a form's
// hidden field carries HMAC-SHA256(server secret, cookie | scope). A forged
// cross-site POST cannot read the cookie, so it cannot produce the field.
// `scope` ties a token to one context (the survey link's hash; for a
// signed-in person their name and session, AuthFilter::csrfScope), so a
// token shown on one link or in one session is useless in another. The
// cookie is replaced at sign-in and sign-out (renewCookie), so a form
// rendered before either fails after it.
//
// Thread-safety: immutable after construction; safe to share.
#ifndef HC_WEB_HTTP_CSRF_H_
#define HC_WEB_HTTP_CSRF_H_

#include <cstddef>
#include <string>

#include "web/http/hmac_sha256.h"
#include "web/http/request.h"
#include "web/http/response.h"

namespace hc::web::http {

class CsrfProtection {
 public:
  static constexpr const char* kCookie = "hc_csrf";
  static constexpr const char* kField = "csrf";

  // `secret` keys the HMAC: empty means a random one for this process
  // (forms rendered before a restart then ask the user to try again); a
  // secret shorter than kMinSecret characters is refused
  // (std::invalid_argument): it could be guessed. `secure_cookie`: the
  // cookie is sent over TLS only.
  static constexpr size_t kMinSecret = 32;
  explicit CsrfProtection(std::string secret = "", bool secure_cookie = false);

  // The browser's CSRF cookie value, creating one (set on `response`) when
  // the request has none or a malformed one.
  std::string cookieFor(const Request& request, Response& response) const;
  // A fresh cookie set on `response`, in place of the browser's: every
  // token issued under the old one stops working. Returns the new value.
  std::string renewCookie(Response& response) const;
  // The hidden-field value for a form in `scope`.
  std::string tokenFor(const std::string& cookie, const std::string& scope) const;
  // True when the request's field matches its cookie and scope; compared
  // in constant time.
  bool verify(const Request& request, const std::string& scope) const;

 private:
  HmacSha256 hmac_;  // keyed with the secret
  bool secure_cookie_;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_CSRF_H_

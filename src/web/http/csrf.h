// CsrfProtection: tokens that prove a form was posted from a page this
// server rendered, without server-side sessions.
//
// Each browser gets a random cookie (HttpOnly, SameSite=Lax); a form's
// hidden field carries HMAC-SHA256(server secret, cookie | scope). A forged
// cross-site POST cannot read the cookie, so it cannot produce the field.
// `scope` ties a token to one context (the survey link's hash), so a token
// shown on one link is useless on another.
//
// Thread-safety: immutable after construction; safe to share.
#ifndef HC_WEB_HTTP_CSRF_H_
#define HC_WEB_HTTP_CSRF_H_

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
  // (forms rendered before a restart then ask the user to try again).
  explicit CsrfProtection(std::string secret = "");

  // The browser's CSRF cookie value, creating one (set on `response`) when
  // the request has none or a malformed one.
  std::string cookieFor(const Request& request, Response& response) const;
  // The hidden-field value for a form in `scope`.
  std::string tokenFor(const std::string& cookie, const std::string& scope) const;
  // <input type="hidden" ...> for a form in `scope`; sets the cookie on
  // `response` when needed.
  std::string hiddenField(const Request& request, Response& response, const std::string& scope) const;
  // True when the request's field matches its cookie and scope; compared
  // in constant time.
  bool verify(const Request& request, const std::string& scope) const;

 private:
  HmacSha256 hmac_;  // keyed with the secret
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_CSRF_H_

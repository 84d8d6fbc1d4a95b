#include "web/http/csrf.h"

#include <stdexcept>

#include "surveys/tokens.h"

namespace hc::web::http {

namespace {

const std::string& checkedSecret(const std::string& secret) {
  if (!secret.empty() && secret.size() < CsrfProtection::kMinSecret)
    throw std::invalid_argument("HEALTHCHECK_CSRF_SECRET has " + std::to_string(secret.size()) +
                                " characters: it needs at least " + std::to_string(CsrfProtection::kMinSecret) +
                                " (e.g. openssl rand -hex 32)");
  return secret;
}

}  // namespace

CsrfProtection::CsrfProtection(std::string secret, bool secure_cookie)
    : hmac_(checkedSecret(secret).empty() ? surveys::newToken() + surveys::newToken() : secret),
      secure_cookie_(secure_cookie) {}

std::string CsrfProtection::cookieFor(const Request& request, Response& response) const {
  const std::string& existing = request.cookie(kCookie);
  if (surveys::looksLikeToken(existing)) return existing;
  return renewCookie(response);
}

std::string CsrfProtection::renewCookie(Response& response) const {
  const std::string fresh = surveys::newToken();
  response.setCookie(kCookie, fresh, secure_cookie_ ? "Path=/; HttpOnly; SameSite=Lax; Secure" : "Path=/; HttpOnly; SameSite=Lax");
  return fresh;
}

std::string CsrfProtection::tokenFor(const std::string& cookie, const std::string& scope) const {
  return hmac_.hex(cookie + "|" + scope);
}

bool CsrfProtection::verify(const Request& request, const std::string& scope) const {
  const std::string& cookie = request.cookie(kCookie);
  if (!surveys::looksLikeToken(cookie)) return false;
  const std::string expected = tokenFor(cookie, scope);
  const std::string& given = request.field(kField);
  if (given.size() != expected.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < given.size(); ++i) diff |= static_cast<unsigned char>(given[i] ^ expected[i]);
  return diff == 0;
}

}  // namespace hc::web::http

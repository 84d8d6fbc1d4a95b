#include "directory/oidc/oidc_settings.h"

#include <Poco/URI.h>

namespace hc::directory::oidc {

std::string OidcSettings::callbackPath() const {
  try {
    const std::string path = Poco::URI(redirect_url).getPath();
    return path.empty() ? "/sign-in/oidc/callback" : path;
  } catch (const std::exception&) {
    return "/sign-in/oidc/callback";
  }
}

bool allowedUrl(const std::string& url) {
  try {
    Poco::URI u(url);
    if (u.getScheme() == "https" && !u.getHost().empty()) return true;
    return u.getScheme() == "http" && (u.getHost() == "127.0.0.1" || u.getHost() == "localhost" || u.getHost() == "::1");
  } catch (const std::exception&) {
    return false;
  }
}

std::optional<std::string> settingsProblem(const OidcSettings& s) {
  if (s.issuer.empty() && s.client_id.empty() && s.redirect_url.empty()) return std::nullopt;  // off
  if (s.issuer.empty()) return "oidc-issuer is not set";
  if (s.client_id.empty()) return "oidc-client-id is not set";
  if (s.redirect_url.empty()) return "oidc-redirect-url is not set";
  if (!allowedUrl(s.issuer)) return "oidc-issuer '" + s.issuer + "' is not an https URL";
  if (!allowedUrl(s.redirect_url)) return "oidc-redirect-url '" + s.redirect_url + "' is not an https URL";
  if (s.client_secret.empty()) return "HEALTHCHECK_OIDC_CLIENT_SECRET is not set in the environment file";
  return std::nullopt;
}

}  // namespace hc::directory::oidc

// OidcSettings: the council's OpenID Connect provider as healthcheck.conf
// names it (oidc-issuer, oidc-client-id, oidc-redirect-url, oidc-ca-file,
// oidc-scopes, oidc-client-auth) and the client secret from the
// environment file (HEALTHCHECK_OIDC_CLIENT_SECRET), like the database's
// password: never in the configuration file others may read.
//
// Thread-safety: a plain value.
#ifndef HC_DIRECTORY_OIDC_OIDC_SETTINGS_H_
#define HC_DIRECTORY_OIDC_OIDC_SETTINGS_H_

#include <optional>
#include <string>

namespace hc::directory::oidc {

struct OidcSettings {
  std::string issuer;        // https://login.microsoftonline.com/<tenant>/v2.0
  std::string client_id;
  std::string client_secret;
  std::string redirect_url;  // https://healthcheck.council.gov.uk/sign-in/oidc/callback
  std::string ca_file;       // "" : the system's CAs
  std::string scopes = "openid profile email";
  bool secret_in_basic = false;  // oidc-client-auth = basic: client_secret_basic, else client_secret_post

  bool configured() const { return !issuer.empty() && !client_id.empty() && !redirect_url.empty(); }
  // The path of redirect_url: where the callback route is.
  std::string callbackPath() const;
};

// What makes the settings unusable ("oidc-redirect-url is not an http(s)
// URL"), or nullopt. Plain http is accepted only for 127.0.0.1 and
// localhost (the tests' provider); a council's provider is https.
std::optional<std::string> settingsProblem(const OidcSettings& s);

// Whether `url` may be fetched: https, or http to a loopback host.
bool allowedUrl(const std::string& url);

}  // namespace hc::directory::oidc

#endif  // HC_DIRECTORY_OIDC_OIDC_SETTINGS_H_

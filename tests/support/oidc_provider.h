// OidcProviderServer: a real OpenID Connect provider on 127.0.0.1 for the
// sign-in tests (tests/support/oidc_provider.pl: Debian's LemonLDAP::NG
// portal, its Demo users dwho, rtyler and msmith, password = login),
// started on construction and killed on destruction, in a folder of its
// own. Each user's "roles" claim is what `roles` says.
//
//   OidcProviderServer idp({.redirect_uris = {"http://127.0.0.1:1/sign-in/oidc/callback"},
//                           .roles = {{"dwho", "HealthCheck.Admin"}}});
//   settings.issuer = idp.issuer();
//   ... idp.stop(); (down) ... idp.start(); (same port, same keys)
//
// Thread-safety: one test's fixture; not shared.
#ifndef HC_TESTS_SUPPORT_OIDC_PROVIDER_H_
#define HC_TESTS_SUPPORT_OIDC_PROVIDER_H_

#include <Poco/Process.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hc::testing {

struct OidcProviderOptions {
  std::vector<std::string> redirect_uris;
  std::map<std::string, std::string> roles;  // user -> app roles, ';'-separated
  std::string client_id = "healthcheck";
  std::string client_secret = "a test client secret";
};

class OidcProviderServer {
 public:
  explicit OidcProviderServer(OidcProviderOptions options);
  ~OidcProviderServer();
  OidcProviderServer(const OidcProviderServer&) = delete;
  OidcProviderServer& operator=(const OidcProviderServer&) = delete;

  int port() const { return port_; }
  std::string issuer() const { return "http://127.0.0.1:" + std::to_string(port_); }
  const OidcProviderOptions& options() const { return options_; }
  void stop();
  void start();

 private:
  OidcProviderOptions options_;
  std::string dir_;
  int port_ = 0;
  std::unique_ptr<Poco::ProcessHandle> process_;
};

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_OIDC_PROVIDER_H_

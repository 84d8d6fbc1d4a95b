// OidcProvider: the health check's side of talking to the council's
// OpenID Connect provider, server to server: its discovery document
// (issuer + /.well-known/openid-configuration: fetched afresh at each
// sign-in's start, kept for an hour for the rest), its
// signing keys (signing_keys.h), the authorization URL a browser is sent
// to (code flow, PKCE S256, state, nonce), and the token request that
// swaps the code for an ID token with the client secret. No token ever
// goes to the browser.
//
// Errors the provider causes (down, unreachable, a refusal) are thrown as
// ProviderError with a plain sentence; the web pages turn them into a
// page and the admin's "Test the connection" into a line.
//
// Thread-safety: one per server, shared by the handlers; locks itself.
#ifndef HC_DIRECTORY_OIDC_OIDC_PROVIDER_H_
#define HC_DIRECTORY_OIDC_OIDC_PROVIDER_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "directory/connection_step.h"
#include "directory/oidc/oidc_settings.h"
#include "directory/oidc/signing_keys.h"

namespace hc::directory::oidc {

struct ProviderError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Discovery {
  std::string issuer;
  std::string authorization_endpoint;
  std::string token_endpoint;
  std::string jwks_uri;
};

using directory::ConnectionStep;  // "Discovery document", "Signing keys (JWKS)"

class OidcProvider {
 public:
  explicit OidcProvider(OidcSettings settings);

  const OidcSettings& settings() const { return settings_; }
  // Cached for an hour (`fresh`: fetched now); throws ProviderError.
  Discovery discovery(int64_t now, bool fresh = false);
  // Where to send the browser. The discovery document is fetched afresh
  // for it: one small request per sign-in (they are rare), which finds a
  // provider that is down while the health check can still say so on a
  // page of its own, rather than the browser failing at the provider.
  // Throws ProviderError.
  std::string authorizationUrl(const std::string& state, const std::string& nonce, const std::string& code_challenge,
                               int64_t now);
  // The ID token the token endpoint gives for `code`. Throws ProviderError.
  std::string redeemCode(const std::string& code, const std::string& code_verifier, int64_t now);
  SigningKeyCache& keys() { return keys_; }
  // Discovery, then the keys, fetched afresh: which worked, which failed.
  std::vector<ConnectionStep> testConnection(int64_t now);

  // An HTTP(S) GET or form POST; the body of a 2xx. Throws ProviderError.
  std::string fetch(const std::string& url, const std::string& form_body = "", bool post = false,
                    const std::string& authorization = "") const;

 private:
  Discovery fetchDiscovery() const;

  OidcSettings settings_;
  std::mutex mutex_;
  Discovery discovery_;
  int64_t discovered_at_ = 0;
  SigningKeyCache keys_;
};

// PKCE: the S256 challenge of a verifier (RFC 7636).
std::string pkceChallenge(const std::string& verifier);
// 32 random bytes, base64url: states, nonces, verifiers, cookies.
std::string randomToken();

}  // namespace hc::directory::oidc

#endif  // HC_DIRECTORY_OIDC_OIDC_PROVIDER_H_

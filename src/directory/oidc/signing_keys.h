// The provider's published signing keys (its JWKS document): RSA public
// keys by key id, built with OpenSSL from their modulus and exponent, and
// a cache of them that fetches the document again once when a token names
// a key it does not know (providers rotate keys; Entra does every few
// weeks), but not more than once a minute, so that tokens with made-up key
// ids cannot make the server hammer the provider.
//
//   SigningKeyCache keys([&] { return fetchJwks(); });   // JSON text or an error
//   if (auto key = keys.find("kid-1", now)) ... verifySignature(*key, ...)
//
// Thread-safety: SigningKeys is immutable; SigningKeyCache locks itself.
#ifndef HC_DIRECTORY_OIDC_SIGNING_KEYS_H_
#define HC_DIRECTORY_OIDC_SIGNING_KEYS_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <variant>

typedef struct evp_pkey_st EVP_PKEY;

namespace hc::directory::oidc {

// One RSA public key; owns its EVP_PKEY.
class RsaPublicKey {
 public:
  // From the base64url big-endian modulus and exponent of a JWK; null
  // when they are not a usable RSA key (under 2048 bits included).
  static std::shared_ptr<const RsaPublicKey> fromJwk(const std::string& n, const std::string& e);
  ~RsaPublicKey();
  RsaPublicKey(const RsaPublicKey&) = delete;
  RsaPublicKey& operator=(const RsaPublicKey&) = delete;

  // RSASSA-PKCS1-v1_5 with SHA-256 (JWS "RS256") over `signed_part`.
  bool verifyRs256(std::string_view signed_part, std::string_view signature) const;

 private:
  explicit RsaPublicKey(EVP_PKEY* key) : key_(key) {}
  EVP_PKEY* key_;
};

using SigningKeys = std::map<std::string, std::shared_ptr<const RsaPublicKey>>;

// The RSA signing keys of a JWKS document (keys with "use" other than
// "sig", or of another type, are left out); a message when it is not JSON
// with a "keys" array.
std::variant<SigningKeys, std::string> parseJwks(const std::string& json);

class SigningKeyCache {
 public:
  // `fetch`: the JWKS document's text, or throws std::exception with what failed.
  explicit SigningKeyCache(std::function<std::string()> fetch) : fetch_(std::move(fetch)) {}

  // The key `kid` names: from the cache, else after one fetch (at most one
  // a minute); null when the provider has no such key. "" as kid: the only
  // key when there is one. Throws what `fetch` throws.
  std::shared_ptr<const RsaPublicKey> find(const std::string& kid, int64_t now);
  // How many times the document has been fetched.
  int fetches() const;

 private:
  std::shared_ptr<const RsaPublicKey> lookup(const std::string& kid) const;

  std::function<std::string()> fetch_;
  mutable std::mutex mutex_;
  SigningKeys keys_;
  bool loaded_ = false;
  int64_t fetched_at_ = 0;
  int fetches_ = 0;
};

}  // namespace hc::directory::oidc

#endif  // HC_DIRECTORY_OIDC_SIGNING_KEYS_H_

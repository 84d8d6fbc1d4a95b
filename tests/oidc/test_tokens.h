// Tokens for the ID token tests, signed here with keys OpenSSL makes in the
// test: an RSA key pair, its JWKS entry, and compact JWS of any header and
// claims (RS256 with the key, HS256 with any secret, or unsigned).
//
// Thread-safety: one test's values.
#ifndef HC_TESTS_OIDC_TEST_TOKENS_H_
#define HC_TESTS_OIDC_TEST_TOKENS_H_

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "directory/oidc/base64url.h"

namespace hc::testing {

class TestKey {
 public:
  explicit TestKey(std::string kid) : kid_(std::move(kid)), key_(EVP_RSA_gen(2048)) {
    if (!key_) throw std::runtime_error("EVP_RSA_gen failed");
  }
  ~TestKey() { EVP_PKEY_free(key_); }
  TestKey(const TestKey&) = delete;
  TestKey& operator=(const TestKey&) = delete;

  const std::string& kid() const { return kid_; }

  // {"kty":"RSA","kid":...,"use":"sig","n":...,"e":...}
  std::string jwk() const {
    return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid_ + "\",\"n\":\"" +
           directory::oidc::base64UrlEncode(param(OSSL_PKEY_PARAM_RSA_N)) + "\",\"e\":\"" +
           directory::oidc::base64UrlEncode(param(OSSL_PKEY_PARAM_RSA_E)) + "\"}";
  }
  // The public key as PEM: what an attacker has, and would use as an HMAC key.
  std::string publicPem() const {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key_);
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    std::string out(data, static_cast<size_t>(n));
    BIO_free(bio);
    return out;
  }
  std::string signRs256(const std::string& input) const {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t size = 0;
    EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key_);
    EVP_DigestSign(ctx, nullptr, &size, reinterpret_cast<const unsigned char*>(input.data()), input.size());
    std::string sig(size, '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &size,
                   reinterpret_cast<const unsigned char*>(input.data()), input.size());
    EVP_MD_CTX_free(ctx);
    sig.resize(size);
    return sig;
  }

 private:
  std::string param(const char* name) const {
    BIGNUM* bn = nullptr;
    EVP_PKEY_get_bn_param(key_, name, &bn);
    std::string out(static_cast<size_t>(BN_num_bytes(bn)), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    BN_free(bn);
    return out;
  }
  std::string kid_;
  EVP_PKEY* key_;
};

inline std::string jwksOf(const std::string& jwks_entries) { return "{\"keys\":[" + jwks_entries + "]}"; }

inline std::string jwsInput(const std::string& header, const std::string& claims) {
  return directory::oidc::base64UrlEncode(header) + "." + directory::oidc::base64UrlEncode(claims);
}

inline std::string rs256Token(const TestKey& key, const std::string& claims, const std::string& kid = "") {
  const std::string input =
      jwsInput("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + (kid.empty() ? key.kid() : kid) + "\"}", claims);
  return input + "." + directory::oidc::base64UrlEncode(key.signRs256(input));
}

inline std::string hs256Token(const std::string& secret, const std::string& kid, const std::string& claims) {
  const std::string input = jwsInput("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}", claims);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac, &size);
  return input + "." + directory::oidc::base64UrlEncode(std::string(reinterpret_cast<char*>(mac), size));
}

inline std::string unsignedToken(const std::string& kid, const std::string& claims) {
  return jwsInput("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}", claims) + ".";
}

}  // namespace hc::testing

#endif  // HC_TESTS_OIDC_TEST_TOKENS_H_

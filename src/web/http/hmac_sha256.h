// HmacSha256: HMAC-SHA-256 under one fixed key, as CSRF tokens need on
// every survey page and every answer posted.
//
// The key's padded inner and outer hash states are computed once, so a
// MAC of a short message costs three SHA-256 blocks, and the hashing is
// OpenSSL's (SHA extensions or AVX2 where the processor has them): about a
// tenth of the instructions of Poco's HMACEngine, which showed as 6% of the
// server's time under a survey deadline rush.
//
// Thread-safety: immutable after construction; hex() may be called from
// any number of threads (each call works on contexts of its own).
#ifndef HC_WEB_HTTP_HMAC_SHA256_H_
#define HC_WEB_HTTP_HMAC_SHA256_H_

#include <string>
#include <string_view>

typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace hc::web::http {

class HmacSha256 {
 public:
  explicit HmacSha256(std::string_view key);
  ~HmacSha256();
  HmacSha256(const HmacSha256&) = delete;
  HmacSha256& operator=(const HmacSha256&) = delete;

  // HMAC-SHA-256(key, message) as 64 lower-case hex digits.
  std::string hex(std::string_view message) const;

 private:
  EVP_MD_CTX* inner_ = nullptr;  // after hashing key XOR ipad
  EVP_MD_CTX* outer_ = nullptr;  // after hashing key XOR opad
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_HMAC_SHA256_H_

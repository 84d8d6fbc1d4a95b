#include "web/http/hmac_sha256.h"

#include <openssl/evp.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "surveys/tokens.h"

namespace hc::web::http {
namespace {

constexpr size_t kBlock = 64;

struct CtxFree {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using Ctx = std::unique_ptr<EVP_MD_CTX, CtxFree>;

void check(int ok) {
  if (ok != 1) throw std::runtime_error("OpenSSL SHA-256 failed");
}

// A context that has hashed one block: the key padded with `pad`.
Ctx padded(const unsigned char (&key)[kBlock], unsigned char pad) {
  unsigned char block[kBlock];
  for (size_t i = 0; i < kBlock; ++i) block[i] = key[i] ^ pad;
  Ctx ctx(EVP_MD_CTX_new());
  if (!ctx) throw std::bad_alloc();
  check(EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr));
  check(EVP_DigestUpdate(ctx.get(), block, sizeof block));
  return ctx;
}

// Continues a copy of `state` with `data`; the digest goes to `out`.
void finish(const EVP_MD_CTX* state, const void* data, size_t size, unsigned char (&out)[32]) {
  Ctx ctx(EVP_MD_CTX_new());
  if (!ctx) throw std::bad_alloc();
  check(EVP_MD_CTX_copy_ex(ctx.get(), state));
  check(EVP_DigestUpdate(ctx.get(), data, size));
  unsigned int length = 0;
  check(EVP_DigestFinal_ex(ctx.get(), out, &length));
}

}  // namespace

HmacSha256::HmacSha256(std::string_view key) {
  // RFC 2104: a key longer than a block is hashed first; shorter ones are
  // padded with zeros.
  unsigned char k[kBlock] = {};
  if (key.size() > kBlock) {
    unsigned int length = 0;
    check(EVP_Digest(key.data(), key.size(), k, &length, EVP_sha256(), nullptr));
  } else {
    std::copy(key.begin(), key.end(), k);
  }
  Ctx inner = padded(k, 0x36), outer = padded(k, 0x5c);
  inner_ = inner.release();
  outer_ = outer.release();
}

HmacSha256::~HmacSha256() {
  EVP_MD_CTX_free(inner_);
  EVP_MD_CTX_free(outer_);
}

std::string HmacSha256::hex(std::string_view message) const {
  unsigned char inner[32], mac[32];
  finish(inner_, message.data(), message.size(), inner);
  finish(outer_, inner, sizeof inner, mac);
  return surveys::hexOf(mac, sizeof mac);
}

}  // namespace hc::web::http

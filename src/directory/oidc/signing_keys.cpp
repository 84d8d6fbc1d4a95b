#include "directory/oidc/signing_keys.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <stdexcept>

#include "directory/oidc/base64url.h"

namespace hc::directory::oidc {
namespace {

// Refetching on an unknown key id at most this often.
constexpr int64_t kRefetchSeconds = 60;
constexpr int kMinimumBits = 2048;

}  // namespace

std::shared_ptr<const RsaPublicKey> RsaPublicKey::fromJwk(const std::string& n64, const std::string& e64) {
  const auto n = base64UrlDecode(n64);
  const auto e = base64UrlDecode(e64);
  if (!n || !e || n->empty() || e->empty()) return nullptr;
  BIGNUM* bn_n = BN_bin2bn(reinterpret_cast<const unsigned char*>(n->data()), static_cast<int>(n->size()), nullptr);
  BIGNUM* bn_e = BN_bin2bn(reinterpret_cast<const unsigned char*>(e->data()), static_cast<int>(e->size()), nullptr);
  EVP_PKEY* key = nullptr;
  OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
  OSSL_PARAM* params = nullptr;
  EVP_PKEY_CTX* ctx = nullptr;
  if (bn_n && bn_e && bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn_n) &&
      OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bn_e) && (params = OSSL_PARAM_BLD_to_param(bld)) &&
      (ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr)) && EVP_PKEY_fromdata_init(ctx) > 0) {
    if (EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) <= 0) key = nullptr;
  }
  EVP_PKEY_CTX_free(ctx);
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(bld);
  BN_free(bn_n);
  BN_free(bn_e);
  if (!key) return nullptr;
  if (EVP_PKEY_get_bits(key) < kMinimumBits) {
    EVP_PKEY_free(key);
    return nullptr;
  }
  return std::shared_ptr<const RsaPublicKey>(new RsaPublicKey(key));
}

RsaPublicKey::~RsaPublicKey() { EVP_PKEY_free(key_); }

bool RsaPublicKey::verifyRs256(std::string_view signed_part, std::string_view signature) const {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  if (!ctx) return false;
  const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key_) == 1 &&
                  EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                                   reinterpret_cast<const unsigned char*>(signed_part.data()), signed_part.size()) == 1;
  EVP_MD_CTX_free(ctx);
  return ok;
}

std::variant<SigningKeys, std::string> parseJwks(const std::string& json) {
  Poco::JSON::Object::Ptr doc;
  try {
    doc = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    return std::string("the provider's keys (JWKS) are not JSON");
  }
  Poco::JSON::Array::Ptr keys = doc ? doc->getArray("keys") : nullptr;
  if (!keys) return std::string("the provider's keys (JWKS) have no \"keys\" list");
  SigningKeys out;
  for (size_t i = 0; i < keys->size(); ++i) {
    Poco::JSON::Object::Ptr k = keys->getObject(static_cast<unsigned>(i));
    if (!k || k->optValue<std::string>("kty", "") != "RSA") continue;
    const std::string use = k->optValue<std::string>("use", "sig");
    if (use != "sig") continue;
    auto key = RsaPublicKey::fromJwk(k->optValue<std::string>("n", ""), k->optValue<std::string>("e", ""));
    if (key) out[k->optValue<std::string>("kid", "")] = std::move(key);
  }
  return out;
}

std::shared_ptr<const RsaPublicKey> SigningKeyCache::lookup(const std::string& kid) const {
  if (kid.empty()) return keys_.size() == 1 ? keys_.begin()->second : nullptr;
  auto it = keys_.find(kid);
  return it == keys_.end() ? nullptr : it->second;
}

std::shared_ptr<const RsaPublicKey> SigningKeyCache::find(const std::string& kid, int64_t now) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (loaded_) {
    if (auto key = lookup(kid)) return key;
    if (now - fetched_at_ < kRefetchSeconds) return nullptr;
  }
  ++fetches_;
  fetched_at_ = now;
  auto parsed = parseJwks(fetch_());
  if (auto* problem = std::get_if<std::string>(&parsed)) throw std::runtime_error(*problem);
  keys_ = std::get<SigningKeys>(std::move(parsed));
  loaded_ = true;
  return lookup(kid);
}

int SigningKeyCache::fetches() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return fetches_;
}

}  // namespace hc::directory::oidc

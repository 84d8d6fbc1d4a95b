#include "directory/oidc/id_token.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "directory/oidc/base64url.h"

namespace hc::directory::oidc {
namespace {

Poco::JSON::Object::Ptr jsonPart(const std::string& part) {
  const auto bytes = base64UrlDecode(part);
  if (!bytes) return nullptr;
  try {
    return Poco::JSON::Parser().parse(*bytes).extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    return nullptr;
  }
}

// A claim that is a string or a list of strings, as a list.
std::vector<std::string> strings(const Poco::JSON::Object::Ptr& o, const std::string& name) {
  std::vector<std::string> out;
  if (!o->has(name)) return out;
  if (auto a = o->getArray(name)) {
    for (size_t i = 0; i < a->size(); ++i)
      if (a->get(static_cast<unsigned>(i)).isString()) out.push_back(a->getElement<std::string>(static_cast<unsigned>(i)));
  } else if (o->get(name).isString()) {
    out.push_back(o->getValue<std::string>(name));
  }
  return out;
}

std::string text(const Poco::JSON::Object::Ptr& o, const std::string& name) {
  return o->has(name) && o->get(name).isString() ? o->getValue<std::string>(name) : "";
}

bool number(const Poco::JSON::Object::Ptr& o, const std::string& name, int64_t& out) {
  if (!o->has(name) || !o->get(name).isNumeric()) return false;
  out = static_cast<int64_t>(o->get(name).convert<double>());
  return true;
}

TokenRefusal refuse(std::string why) { return TokenRefusal{std::move(why)}; }

}  // namespace

std::variant<IdTokenClaims, TokenRefusal> verifyIdToken(const std::string& token, const IdTokenCheck& check,
                                                        SigningKeyCache& keys, const std::string& team_claim) {
  const size_t dot1 = token.find('.');
  const size_t dot2 = dot1 == std::string::npos ? dot1 : token.find('.', dot1 + 1);
  if (dot2 == std::string::npos || token.find('.', dot2 + 1) != std::string::npos)
    return refuse("the ID token is not a signed JWT (three parts)");
  Poco::JSON::Object::Ptr header = jsonPart(token.substr(0, dot1));
  Poco::JSON::Object::Ptr claims = jsonPart(token.substr(dot1 + 1, dot2 - dot1 - 1));
  const auto signature = base64UrlDecode(token.substr(dot2 + 1));
  if (!header || !claims || !signature) return refuse("the ID token's parts are not base64url JSON");

  // Only RS256: the algorithm is ours to choose, not the token's.
  const std::string alg = text(header, "alg");
  if (alg != "RS256") return refuse("the ID token is signed with '" + alg + "', not RS256");
  auto key = keys.find(text(header, "kid"), check.now);
  if (!key) return refuse("the ID token's key '" + text(header, "kid") + "' is not among the provider's keys");
  if (!key->verifyRs256(std::string_view(token).substr(0, dot2), *signature))
    return refuse("the ID token's signature does not verify");

  if (text(claims, "iss") != check.issuer) return refuse("the ID token's issuer is '" + text(claims, "iss") + "'");
  const auto audiences = strings(claims, "aud");
  bool ours = false;
  for (const auto& a : audiences) ours = ours || a == check.client_id;
  if (!ours) return refuse("the ID token is not for this client id");
  if (audiences.size() > 1 && text(claims, "azp") != check.client_id)
    return refuse("the ID token has several audiences and its azp is not this client id");
  int64_t exp = 0, iat = 0;
  if (!number(claims, "exp", exp) || !number(claims, "iat", iat)) return refuse("the ID token has no exp or iat");
  if (exp + check.clock_skew < check.now) return refuse("the ID token has expired");
  if (iat - check.clock_skew > check.now) return refuse("the ID token was issued in the future");
  if (check.nonce.empty() || text(claims, "nonce") != check.nonce) return refuse("the ID token's nonce is not this sign-in's");

  IdTokenClaims out;
  out.subject = text(claims, "sub");
  if (out.subject.empty()) return refuse("the ID token has no sub");
  out.name = text(claims, "name");
  out.email = text(claims, "email");
  for (const char* name : {"preferred_username", "upn", "email"}) {
    out.username = text(claims, name);
    if (!out.username.empty()) break;
  }
  out.roles = strings(claims, "roles");
  out.groups = strings(claims, "groups");
  if (!team_claim.empty()) out.teams = strings(claims, team_claim);
  return out;
}

}  // namespace hc::directory::oidc

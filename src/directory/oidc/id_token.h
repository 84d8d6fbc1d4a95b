// Checking an ID token (a JWS in compact form) as OpenID Connect Core
// §3.1.3.7 asks: signed with RS256 by one of the provider's keys (never
// "alg": "none", never HS256 — which would let anyone holding the public
// key forge tokens), issued by the configured issuer, for our client id
// (in "aud"; "azp" is our client id when there are several audiences),
// not expired and not issued in the future (two minutes' clock skew
// allowed), and carrying the nonce this sign-in sent.
//
//   IdTokenCheck check{issuer, client_id, nonce, now};
//   auto verdict = verifyIdToken(token, check, keys);
//   if (auto* claims = std::get_if<IdTokenClaims>(&verdict)) ...
//
// Thread-safety: a function of its arguments (the key cache locks itself).
#ifndef HC_DIRECTORY_OIDC_ID_TOKEN_H_
#define HC_DIRECTORY_OIDC_ID_TOKEN_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "directory/oidc/signing_keys.h"

namespace hc::directory::oidc {

struct IdTokenCheck {
  std::string issuer;
  std::string client_id;
  std::string nonce;
  int64_t now = 0;
  int64_t clock_skew = 120;
};

// What the health check reads of a verified token.
struct IdTokenClaims {
  std::string subject;             // sub
  std::string username;            // preferred_username, else upn, else email
  std::string name;                // name
  std::string email;               // email
  std::vector<std::string> roles;  // roles (Entra app roles)
  std::vector<std::string> groups; // groups (object ids)
  std::vector<std::string> teams;  // the claim `team_claim` names, when asked for
};

// Why a token was refused: for the log and the admin, never the person's page.
struct TokenRefusal {
  std::string reason;
};

// `team_claim`: the claim holding team ids (the mapping's team-attribute), "" for none.
// Throws what the key cache's fetch throws (the provider being down).
std::variant<IdTokenClaims, TokenRefusal> verifyIdToken(const std::string& token, const IdTokenCheck& check,
                                                        SigningKeyCache& keys, const std::string& team_claim = "");

}  // namespace hc::directory::oidc

#endif  // HC_DIRECTORY_OIDC_ID_TOKEN_H_

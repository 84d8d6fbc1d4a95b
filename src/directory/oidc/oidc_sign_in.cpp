#include "directory/oidc/oidc_sign_in.h"

#include <openssl/crypto.h>

#include "directory/oidc/id_token.h"

namespace hc::directory::oidc {
namespace {

// pkceChallenge is SHA-256 in base64url: a hash of any token will do.
std::string hashOf(const std::string& s) { return pkceChallenge(s); }

bool sameText(const std::string& a, const std::string& b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

SignInStart OidcSignIn::begin(const std::string& next, int64_t now) {
  const std::string state = randomToken();
  Pending p;
  p.nonce = randomToken();
  p.verifier = randomToken() + randomToken();  // 86 characters (RFC 7636: 43 to 128)
  SignInStart start;
  start.binding = randomToken();
  p.binding_hash = hashOf(start.binding);
  p.next = next;
  p.expires = now + kPendingSeconds;
  start.url = provider_.authorizationUrl(state, p.nonce, pkceChallenge(p.verifier), now);
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = pending_.begin(); it != pending_.end();) it = it->second.expires < now ? pending_.erase(it) : ++it;
  while (pending_.size() >= kMaxPending) {
    auto oldest = pending_.begin();
    for (auto it = pending_.begin(); it != pending_.end(); ++it)
      if (it->second.expires < oldest->second.expires) oldest = it;
    pending_.erase(oldest);
  }
  pending_[hashOf(state)] = std::move(p);
  return start;
}

std::variant<DirectoryIdentity, SignInFailure> OidcSignIn::finish(const std::string& state, const std::string& code,
                                                                  const std::string& binding, int64_t now,
                                                                  std::string& next) {
  Pending p;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = pending_.find(hashOf(state));
    if (state.empty() || it == pending_.end()) return SignInFailure{"this sign-in is unknown, already used or expired"};
    p = std::move(it->second);
    pending_.erase(it);  // single use, whatever happens next
  }
  if (p.expires < now) return SignInFailure{"this sign-in took more than ten minutes"};
  if (binding.empty() || !sameText(hashOf(binding), p.binding_hash))
    return SignInFailure{"this sign-in was started in another browser"};
  if (code.empty()) return SignInFailure{"the provider sent no code"};
  next = p.next;
  try {
    const std::string token = provider_.redeemCode(code, p.verifier, now);
    IdTokenCheck check{provider_.settings().issuer, provider_.settings().client_id, p.nonce, now};
    auto verdict = verifyIdToken(token, check, provider_.keys(), team_claim_);
    if (auto* refusal = std::get_if<TokenRefusal>(&verdict)) return SignInFailure{refusal->reason};
    const IdTokenClaims& claims = std::get<IdTokenClaims>(verdict);
    if (claims.username.empty()) return SignInFailure{"the ID token names no user (preferred_username, upn or email)"};
    DirectoryIdentity who;
    who.source = "oidc";
    who.subject = claims.subject;
    who.username = claims.username;
    who.display_name = claims.name;
    who.email = claims.email;
    who.groups = claims.groups;
    who.app_roles = claims.roles;
    who.team_ids = claims.teams;
    return who;
  } catch (const ProviderError& e) {
    return SignInFailure{e.what(), true};
  } catch (const std::runtime_error& e) {  // the keys' document unusable
    return SignInFailure{e.what(), true};
  }
}

size_t OidcSignIn::pending() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return pending_.size();
}

}  // namespace hc::directory::oidc

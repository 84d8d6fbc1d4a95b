// OidcSignIn: one sign-in through the council's OpenID Connect provider,
// from its start to the identity it proves, held on the server:
//
//   begin():  a fresh state, nonce and PKCE verifier, kept here under the
//             SHA-256 of the state for ten minutes (at most 10,000 pending:
//             the oldest go first), and a random "browser binding" the
//             caller puts in a short-lived HttpOnly cookie; the URL to send
//             the browser to.
//   finish(): the state the provider sent back is taken (single use: a
//             replayed callback finds nothing), the browser's binding
//             checked against it (another browser cannot finish this
//             sign-in), the code redeemed with the verifier and the ID
//             token verified (id_token.h) against the kept nonce.
//
// Kept in memory: a restart forgets sign-ins in flight, which then start
// again from the sign-in page.
//
// Thread-safety: shared by the handlers; locks itself.
#ifndef HC_DIRECTORY_OIDC_OIDC_SIGN_IN_H_
#define HC_DIRECTORY_OIDC_OIDC_SIGN_IN_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <variant>

#include "directory/directory_identity.h"
#include "directory/oidc/oidc_provider.h"

namespace hc::directory::oidc {

struct SignInStart {
  std::string url;      // the provider's authorization URL
  std::string binding;  // the browser's cookie value
};

// Why a callback did not prove anyone: `provider_down` when the provider
// could not be reached (a "try again later" page), else a refusal.
struct SignInFailure {
  std::string reason;
  bool provider_down = false;
};

class OidcSignIn {
 public:
  static constexpr int64_t kPendingSeconds = 600;
  static constexpr size_t kMaxPending = 10000;

  // `team_claim`: the claim of team ids (the mapping's team-attribute), "" for none.
  OidcSignIn(OidcProvider& provider, std::string team_claim = "")
      : provider_(provider), team_claim_(std::move(team_claim)) {}

  // `next`: where to go after, kept with the state. Throws ProviderError.
  SignInStart begin(const std::string& next, int64_t now);
  // `next` is set to what begin() kept.
  std::variant<DirectoryIdentity, SignInFailure> finish(const std::string& state, const std::string& code,
                                                         const std::string& binding, int64_t now, std::string& next);
  size_t pending() const;

 private:
  struct Pending {
    std::string nonce, verifier, binding_hash, next;
    int64_t expires = 0;
  };

  OidcProvider& provider_;
  std::string team_claim_;
  mutable std::mutex mutex_;
  std::map<std::string, Pending> pending_;  // by SHA-256 of the state
};

}  // namespace hc::directory::oidc

#endif  // HC_DIRECTORY_OIDC_OIDC_SIGN_IN_H_

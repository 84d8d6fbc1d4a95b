// OidcPages: signing in with the council's account through its OpenID
// Connect provider (directory/oidc/), when healthcheck.conf names one:
//
//   GET /sign-in/oidc            starts: a server-side state (oidc_sign_in.h),
//                                a short-lived HttpOnly cookie binding this
//                                browser to it (Path=/sign-in, ten minutes),
//                                and a redirect to the provider
//   GET <oidc-redirect-url path> the provider's answer (default
//                                /sign-in/oidc/callback): the code redeemed
//                                server to server, the ID token checked, the
//                                account kept in step with the role mapping
//                                (directory/directory_accounts.h), then our
//                                normal session cookie only; no token ever
//                                reaches the browser
//
// The provider down: a page saying so, with the local sign-in (kept for
// admins as break-glass) a link away. No role mapped: the refusal page
// that says whom to ask (directory_refusal_page.h).
//
// Thread-safety: handlers run concurrently; OidcSignIn locks itself.
#ifndef HC_WEB_ACCOUNT_OIDC_PAGES_H_
#define HC_WEB_ACCOUNT_OIDC_PAGES_H_

#include <memory>
#include <string>

#include "directory/directory_settings.h"
#include "directory/oidc/oidc_provider.h"
#include "directory/oidc/oidc_sign_in.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::account {

class OidcPages {
 public:
  static constexpr const char* kBindingCookie = "hc_oidc";

  OidcPages(http::DatabasePool& pool, const http::CsrfProtection& csrf, const view::PageLayout& layout,
            const directory::DirectorySettings& settings, bool secure_cookies);

  bool on() const { return provider_ != nullptr; }
  // The provider, for the admin's "Test the connection"; null when off.
  directory::oidc::OidcProvider* provider() const { return provider_.get(); }
  void addRoutes(http::Router& router);

 private:
  http::Response start(http::Request& request);
  http::Response callback(http::Request& request);
  // 503: the provider cannot be reached; the local sign-in still works.
  http::Response providerDown() const;
  // 403: the provider's answer was refused (`why` for the admin).
  http::Response refused(const std::string& why) const;
  std::string bindingCookieAttributes() const;
  // A refused answer (forged, replayed, another browser's) in the audit log.
  void audit(const std::string& reason) const;

  http::DatabasePool& pool_;
  const http::CsrfProtection& csrf_;
  const view::PageLayout& layout_;
  std::shared_ptr<const directory::RoleMapping> roles_;
  bool secure_cookies_;
  std::unique_ptr<directory::oidc::OidcProvider> provider_;
  std::unique_ptr<directory::oidc::OidcSignIn> sign_in_;
};

}  // namespace hc::web::account

#endif  // HC_WEB_ACCOUNT_OIDC_PAGES_H_

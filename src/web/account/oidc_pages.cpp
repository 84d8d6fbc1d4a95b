#include "web/account/oidc_pages.h"

#include <iostream>

#include "access/access_scope.h"
#include "access/audit_log.h"
#include "core/utc_clock.h"
#include "directory/directory_accounts.h"
#include "web/account/directory_refusal_page.h"
#include "web/account/session_start.h"
#include "web/http/signed_in_user.h"
#include "web/view/error_pages.h"
#include "web/view/govuk_content.h"

namespace hc::web::account {
namespace {

namespace govuk = view::govuk;

std::string queryOf(const http::Request& r, const std::string& name) {
  auto it = r.query.find(name);
  return it == r.query.end() ? "" : it->second;
}

}  // namespace

OidcPages::OidcPages(http::DatabasePool& pool, const http::CsrfProtection& csrf, const view::PageLayout& layout,
                     const directory::DirectorySettings& settings, bool secure_cookies)
    : pool_(pool), csrf_(csrf), layout_(layout), roles_(settings.roles), secure_cookies_(secure_cookies) {
  if (!settings.oidcOn()) return;
  provider_ = std::make_unique<directory::oidc::OidcProvider>(settings.oidc);
  sign_in_ = std::make_unique<directory::oidc::OidcSignIn>(*provider_, roles_->teamAttribute());
}

void OidcPages::addRoutes(http::Router& router) {
  if (!on()) return;
  using namespace access::access_tag;
  router.get("/sign-in/oidc", [this](http::Request& r) { return start(r); }, kPublic);
  router.get(provider_->settings().callbackPath(), [this](http::Request& r) { return callback(r); }, kPublic);
}

std::string OidcPages::bindingCookieAttributes() const {
  // Lax: the provider's redirect back is a top-level GET, which carries it.
  return std::string("Path=/sign-in; HttpOnly; SameSite=Lax; Max-Age=600") + (secure_cookies_ ? "; Secure" : "");
}

http::Response OidcPages::start(http::Request& request) {
  const std::string next = queryOf(request, "next");
  try {
    auto begun = sign_in_->begin(http::safeNextPath(next) ? next : "", nowSeconds());
    http::Response r = http::Response::redirect(begun.url);
    r.setCookie(kBindingCookie, begun.binding, bindingCookieAttributes());
    return r;
  } catch (const directory::oidc::ProviderError& e) {
    std::cerr << "OpenID Connect sign-in: " << e.what() << "\n";
    return providerDown();
  }
}

http::Response OidcPages::callback(http::Request& request) {
  const int64_t now = nowSeconds();
  if (!queryOf(request, "error").empty()) {
    const std::string why = queryOf(request, "error") + ": " + queryOf(request, "error_description");
    std::cerr << "OpenID Connect sign-in: the provider answered " << why << "\n";
    // The state is spent too, so that the same answer cannot be used again.
    std::string ignored;
    sign_in_->finish(queryOf(request, "state"), "", request.cookie(kBindingCookie), now, ignored);
    return refused("The council's sign-in service did not sign you in (" + queryOf(request, "error") + ").");
  }
  std::string next;
  auto result = sign_in_->finish(queryOf(request, "state"), queryOf(request, "code"), request.cookie(kBindingCookie),
                                 now, next);
  if (auto* failure = std::get_if<directory::oidc::SignInFailure>(&result)) {
    std::cerr << "OpenID Connect sign-in refused: " << failure->reason << "\n";
    if (failure->provider_down) return providerDown();
    audit(failure->reason);
    return refused("The answer from the council's sign-in service could not be accepted: " + failure->reason + ".");
  }
  const auto& who = std::get<directory::DirectoryIdentity>(result);
  http::DatabasePool::Lease db = pool_.acquire();
  try {
    auto signed_in = directory::signInFromDirectory(*db, who, *roles_, now);
    if (auto* refusal = std::get_if<directory::Refusal>(&signed_in)) return directoryRefusalPage(layout_, *refusal);
    http::Response r = startSessionFor(*db, request, std::get<access::User>(signed_in),
                                       SessionStart{csrf_, secure_cookies_}, next, now);
    r.setCookie(kBindingCookie, "", bindingCookieAttributes() + "; Max-Age=0");
    return r;
  } catch (const store::DatabaseError& e) {
    db.discard();
    if (e.kind() == store::DatabaseError::Kind::kConnection) return view::serviceUnavailable(layout_);
    throw;
  }
}

void OidcPages::audit(const std::string& reason) const {
  http::DatabasePool::Lease db = pool_.acquire();
  try {
    auto writer = db.writeLock();
    // The reason names no person: a token refused says nothing of whom it claimed to be.
    access::AuditLog(*db).record(directory::directoryActor("oidc"), access::audit_action::kLoginFailed, "",
                                 "OpenID Connect answer refused: " + reason);
  } catch (const store::DatabaseError& e) {
    db.discard();  // the page still says no; the log line has it
    std::cerr << "OpenID Connect sign-in: cannot audit the refusal: " << e.what() << "\n";
  }
}

http::Response OidcPages::providerDown() const {
  html::Html main = govuk::heading("", "The council's sign-in service is not answering");
  main += govuk::para("The health check cannot reach the council's sign-in service just now, so it cannot sign "
                      "you in with your council account. Try again in a few minutes.");
  main += govuk::para("If it goes on, tell the council's IT service desk. Administrators can still sign in with "
                      "their health check password.");
  main += govuk::para(govuk::link("/login", "Sign in with a health check password"));
  http::Response r;
  r.status = 503;
  r.headers.emplace_back("Retry-After", "60");
  r.body = layout_.render(view::Page{"The council's sign-in service is not answering", main, "", false});
  return r;
}

http::Response OidcPages::refused(const std::string& why) const {
  html::Html main = govuk::heading("", "You are not signed in");
  main += govuk::para(why);
  main += govuk::para(govuk::link("/sign-in/oidc", "Sign in with your council account again"));
  main += govuk::para(govuk::link("/login", "Back to sign in"));
  http::Response r;
  r.status = 403;
  r.body = layout_.render(view::Page{"You are not signed in", main, "", false});
  return r;
}

}  // namespace hc::web::account

#include "web/account/login_pages.h"

#include "access/access_scope.h"
#include "access/sign_in_queue.h"
#include "directory/password_sign_in.h"
#include "access/audit_log.h"
#include "access/login.h"
#include "access/session_store.h"
#include "core/clean_text.h"
#include "core/utc_clock.h"
#include "surveys/tokens.h"
#include "html/element.h"
#include "web/account/auth_filter.h"
#include "web/account/directory_refusal_page.h"
#include "web/account/session_start.h"
#include "web/view/error_pages.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/site_header.h"

namespace hc::web::account {
namespace {

constexpr const char* kLoginCsrfScope = "login";
// Bounds on what is typed, checked before any work (hashing a 64 kB
// "password" is wasted effort; passwordProblem() caps new ones at 1 kB).
constexpr size_t kMaxUsernameBytes = 64;
constexpr size_t kMaxPasswordBytes = 1024;
// The directory could not be asked (unreachable, TLS, its service account).
constexpr const char* kDirectoryDownMessage =
    "The council's directory cannot be reached just now, so council accounts cannot sign in. Try again in a few "
    "minutes. Administrators can still sign in with their health check password.";

using html::el;
using html::Html;
namespace govuk = view::govuk;

Html input(const std::string& name, const std::string& label, const std::string& type,
           const std::string& autocomplete) {
  govuk::InputField f;
  f.name = name;
  f.label = label;
  f.type = type;
  f.autocomplete = autocomplete;
  f.width_class = "govuk-!-width-one-half";
  f.spellcheck_off = true;
  f.label_size = govuk::LabelSize::kRegular;
  return govuk::textInput(f);
}

std::string nextOf(const http::Request& request) {
  auto it = request.query.find("next");
  std::string next = it != request.query.end() ? it->second : request.field("next");
  return http::safeNextPath(next) ? next : "";
}

// A POST form with only a button, for signing out.
Html postButton(const std::string& action, const Html& csrf_field, const std::string& text) {
  return el("form").attr("method", "post").attr("action", action).attr("novalidate")
      .add(csrf_field).add(govuk::button(text, govuk::ButtonKind::kSecondary));
}

// The key of unknown names' tags: its own, derived from the server's secret
// so that a tag stays the same across restarts and instances, yet says
// nothing about the CSRF key.
std::string unknownNameKey(const std::string& secret) {
  if (secret.empty()) return surveys::newToken() + surveys::newToken();
  return http::HmacSha256(secret).hex("healthcheck: tags of unknown sign-in names");
}

// 16 hex digits: enough to see one name tried again, of no use without the key.
constexpr size_t kNameTagDigits = 16;

}  // namespace

LoginPages::LoginPages(http::DatabasePool& pool, const http::CsrfProtection& csrf, const view::PageLayout& layout,
                       bool secure_cookies, const std::string& secret, const directory::DirectorySettings& directory)
    : pool_(pool), csrf_(csrf), layout_(layout), secure_cookies_(secure_cookies), unknown_names_(unknownNameKey(secret)),
      directory_(directory) {
  if (directory_.ldapOn()) ldap_.emplace(directory_.ldap);
}

void LoginPages::addRoutes(http::Router& router) {
  using namespace access::access_tag;
  router.get("/login", [this](http::Request& r) { return form(r, ""); }, kPublic);
  router.post("/login", [this](http::Request& r) { return signIn(r); }, kPublic);
  router.post("/logout", [this](http::Request& r) { return signOut(r); }, kSignedIn);
  router.get("/home", [this](http::Request& r) { return home(r); }, kSignedIn);
}

http::Response LoginPages::form(http::Request& request, const std::string& error, int status) const {
  http::Response response;
  response.status = status;
  const std::string next = nextOf(request);
  Html main = govuk::heading("", "Sign in");
  if (!error.empty()) main += govuk::errorSummary({{"username", error}});
  // After a set-password link or a change of one's own password (password_pages.h).
  if (auto p = request.query.find("password"); error.empty() && p != request.query.end() &&
                                                (p->second == "set" || p->second == "changed"))
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, p->second == "set"
                                                                       ? "Your password is set. Sign in with it."
                                                                       : "Your password is changed. Sign in with the new one.");
  if (council_sign_in_) {
    main += govuk::buttonLink("Sign in with your council account",
                              next.empty() ? "/sign-in/oidc" : "/sign-in/oidc?next=" + html::urlEncode(next));
    main += govuk::para("Or sign in with a health check password:");
  }
  Html fields = view::csrfField(csrf_, request, response, kLoginCsrfScope);
  if (!next.empty()) fields += el("input").attr("type", "hidden").attr("name", "next").attr("value", next);
  if (ldap_) fields += govuk::para("Use your council user name and password.");
  fields += input("username", "Username", "text", "username") +
            input("password", "Password", "password", "current-password") + govuk::button("Sign in");
  main += el("form").attr("method", "post").attr("action", "/login").attr("novalidate").add(fields);
  response.body = layout_.render(view::Page{"Sign in", main, "", !error.empty()});
  return response;
}

http::Response LoginPages::signIn(http::Request& request) {
  if (!csrf_.verify(request, kLoginCsrfScope))
    return form(request, "The page had expired. Sign in again.", 403);
  const std::string username = withoutDirectionControls(request.field("username"));
  const std::string& password = request.field("password");
  if (username.empty() || password.empty() || username.size() > kMaxUsernameBytes ||
      password.size() > kMaxPasswordBytes)
    return form(request, access::kLoginFailedMessage);

  // Refused before any hashing: an address that failed too often, and a
  // sign-in that would wait behind a queue of hashes (sign_in_queue.h).
  const int64_t now = nowSeconds();
  if (const int64_t wait = address_failures_.blockedFor(request.client_address, now))
    return tooMany(request, access::kAddressBlockedMessage, wait);
  const auto place = access::SignInQueue::enter();
  if (!place) return tooMany(request, access::kTooManySignInsMessage, 60);
  http::DatabasePool::Lease db = pool_.acquire();
  try {
    // No writeLock(): the Argon2 hash takes ~0.1 s and must not hold up
    // survey submissions; the few small writes here wait on SQLite's busy
    // timeout instead.
    auto tag = [this](const std::string& typed) { return unknown_names_.hex(typed).substr(0, kNameTagDigits); };
    // Local, or the council's directory (directory/password_sign_in.h).
    const auto outcome = directory::signInWithPassword(*db, directory_, ldap_ ? &*ldap_ : nullptr, username,
                                                        password, now, tag);
    if (const auto* user = std::get_if<access::User>(&outcome))
      return startSessionFor(*db, request, *user, SessionStart{csrf_, secure_cookies_}, nextOf(request), now);
    if (const auto* refusal = std::get_if<directory::Refusal>(&outcome)) return directoryRefusalPage(layout_, *refusal);
    if (std::get<directory::SignInFailed>(outcome).directory_down) return form(request, kDirectoryDownMessage, 503);
    address_failures_.recordFailure(request.client_address, now);
    return form(request, access::kLoginFailedMessage);
  } catch (const store::DatabaseError& e) {
    db.discard();
    if (e.kind() == store::DatabaseError::Kind::kConnection) return view::serviceUnavailable(layout_);
    throw;
  }
}

http::Response LoginPages::tooMany(http::Request& request, const std::string& message, int64_t retry_after) const {
  http::Response r = form(request, message, 429);
  r.headers.emplace_back("Retry-After", std::to_string(retry_after));
  return r;
}

http::Response LoginPages::signOut(http::Request& request) {
  const auto user = http::signedInUser(request);
  {
    http::DatabasePool::Lease db = pool_.acquire();
    try {
      auto writer = db.writeLock();
      access::SessionStore(*db).destroy(request.cookie(http::kSessionCookie));
      if (user) access::AuditLog(*db).record(user->username, access::audit_action::kLogout, user->username);
    } catch (const store::DatabaseError&) {
      db.discard();
      throw;
    }
  }
  http::Response r = http::Response::redirect("/login?signed-out=1");
  r.setCookie(http::kSessionCookie, "", sessionCookieAttributes(secure_cookies_) + "; Max-Age=0");
  csrf_.renewCookie(r);  // nor one of this session in the next
  return r;
}

http::Response LoginPages::home(http::Request& request) const {
  const auto user = http::signedInUser(request);
  if (!user) return http::Response::text(403, "Forbidden\n");
  http::Response response;
  Html main = govuk::heading(layout_.councilName(), "Signed in as " + user->username);
  std::vector<govuk::SummaryRow> rows{{"Role", Html::text(access::roleName(user->role)), "", "", ""}};
  if (!user->teams.empty()) {
    std::string teams;
    for (const auto& t : user->teams) teams += (teams.empty() ? "" : ", ") + t;
    rows.push_back({"Teams you manage", Html::text(teams), "", "", ""});
  }
  if (!user->services.empty()) {
    std::string services;
    for (const auto& s : user->services) services += (services.empty() ? "" : ", ") + s;
    rows.push_back({"Services you manage", Html::text(services), "", "", ""});
  }
  main += govuk::summaryList(rows);
  const char* onward = user->role == access::Role::kAdmin     ? "Go to the admin area"
                       : user->role == access::Role::kAnalyst ? "Go to the imports"
                       : user->role == access::Role::kManager ? "Go to your team's health check"
                                                              : "Go to the health check overview";
  main += govuk::para(govuk::link(view::landingPath(*user), onward));
  main += govuk::para(govuk::link("/home/password", "Change your password"));
  main += postButton("/logout", view::csrfField(csrf_, request, response, account::AuthFilter::csrfScope(request, *user)), "Sign out");
  view::Page page{"Your account", main, "", false};
  page.header = view::headerFor(request, response, csrf_, view::section::kAccount, "");
  page.breadcrumbs = {{"Your account", ""}};
  response.body = layout_.render(page);
  return response;
}

}  // namespace hc::web::account

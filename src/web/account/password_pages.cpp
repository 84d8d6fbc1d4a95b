#include "web/account/password_pages.h"

#include "access/access_scope.h"
#include "access/password_links.h"
#include "access/sign_in_queue.h"
#include "core/utc_clock.h"
#include "html/element.h"
#include "web/account/auth_filter.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/site_header.h"

namespace hc::web::account {
namespace {

using html::el;
using html::Html;
namespace govuk = view::govuk;

constexpr const char* kLinkCsrfScope = "set-password";
constexpr size_t kMaxPasswordBytes = 1024;

// A password box; its error when `problem` is about it.
Html passwordInput(const std::string& name, const std::string& label, const std::string& hint,
                   const std::string& autocomplete, const access::Refusal& problem) {
  govuk::InputField f{name, label, hint, "", problem && problem->field == name ? problem->message : ""};
  f.type = "password";
  f.autocomplete = autocomplete;
  f.width_class = "govuk-!-width-one-half";
  f.spellcheck_off = true;
  f.label_size = govuk::LabelSize::kRegular;
  return govuk::textInput(f);
}

const char* kRulesHint = "At least 12 characters. A few words you will remember make a good one.";

// No writeLock(), as at sign-in: the Argon2 hashes take ~0.1 s each and
// must not hold up survey submissions; the small writes wait on SQLite's
// busy timeout instead.
template <class Work>
auto withDatabase(http::DatabasePool& pool, Work work) {
  http::DatabasePool::Lease db = pool.acquire();
  try {
    return work(*db);
  } catch (const store::DatabaseError&) {
    db.discard();
    throw;
  }
}

bool tooLong(const http::Request& request) {
  for (const char* f : {"current-password", "password", "password-again"})
    if (request.field(f).size() > kMaxPasswordBytes) return true;
  return false;
}

}  // namespace

void PasswordPages::addRoutes(http::Router& router) {
  using namespace access::access_tag;
  router.get("/set-password/{token}", [this](http::Request& r) { return linkForm(r, std::nullopt); }, kPublic);
  router.post("/set-password/{token}", [this](http::Request& r) { return useLink(r); }, kPublic);
  router.get("/home/password", [this](http::Request& r) { return ownForm(r, std::nullopt); }, kSignedIn);
  router.post("/home/password", [this](http::Request& r) { return changeOwn(r); }, kSignedIn);
}

http::Response PasswordPages::linkNotWorking() const {
  const Html main = govuk::heading("", "This link does not work") +
                    govuk::para("A set-password link works once, for " +
                                std::to_string(access::kLinkSeconds / 3600) +
                                " hours. This one has been used, has expired, or was copied wrongly.") +
                    govuk::para("Ask your administrator for a new link.") +
                    govuk::para(govuk::link("/login", "Go to sign in"));
  return http::Response::html(layout_.render(view::Page{"This link does not work", main, "", false}), 404);
}

http::Response PasswordPages::linkForm(http::Request& request, const access::Refusal& problem) {
  const std::string& token = request.param("token");
  const auto holder = withDatabase(pool_, [&](store::Database& db) {
    return access::PasswordLinks(db).holder(token, nowSeconds());
  });
  if (!holder) return linkNotWorking();
  http::Response response;
  response.status = problem ? 400 : 200;
  Html main = govuk::heading("", "Choose your password");
  if (problem) main += govuk::errorSummary({{problem->field, problem->message}});
  main += govuk::para("For the account " + *holder + ". Once it is set, sign in with it.");
  // The username for password managers, which file the new password under it.
  Html fields = view::csrfField(csrf_, request, response, kLinkCsrfScope) +
                el("input").attr("type", "hidden").attr("name", "username").attr("value", *holder)
                    .attr("autocomplete", "username") +
                passwordInput("password", "New password", kRulesHint, "new-password", problem) +
                passwordInput("password-again", "The same password again", "", "new-password", problem) +
                govuk::button("Set my password");
  main += el("form").attr("method", "post").attr("action", access::setPasswordPath(token)).attr("novalidate").add(fields);
  response.body = layout_.render(view::Page{"Choose your password", main, "", problem.has_value()});
  return response;
}

http::Response PasswordPages::useLink(http::Request& request) {
  if (!csrf_.verify(request, kLinkCsrfScope))
    return linkForm(request, access::AccountProblem{"password", "The page had expired. Enter your password again."});
  if (tooLong(request))
    return linkForm(request, access::AccountProblem{"password", "Enter a password of at most 1024 characters"});
  if (auto problem = access::newPasswordProblem(request.field("password"), request.field("password-again")))
    return linkForm(request, problem);
  const auto place = access::SignInQueue::enter();  // hashing is the expensive part, as at sign-in
  if (!place) return linkForm(request, access::AccountProblem{"password", access::kTooManySignInsMessage});
  const auto username = withDatabase(pool_, [&](store::Database& db) {
    return access::setPasswordByLink(db, request.param("token"), request.field("password"), nowSeconds());
  });
  if (!username) return linkNotWorking();
  return http::Response::redirect("/login?password=set");
}

http::Response PasswordPages::ownForm(http::Request& request, const access::Refusal& problem) {
  const auto user = http::signedInUser(request);
  http::Response response;
  response.status = problem ? 400 : 200;
  Html main = govuk::heading(user->username, "Change your password");
  if (problem) main += govuk::errorSummary({{problem->field, problem->message}});
  main += govuk::para("Changing it signs you out everywhere, this browser too: then sign in with the new one.");
  Html fields = view::csrfField(csrf_, request, response, AuthFilter::csrfScope(request, *user)) +
                el("input").attr("type", "hidden").attr("name", "username").attr("value", user->username)
                    .attr("autocomplete", "username") +
                passwordInput("current-password", "Current password", "", "current-password", problem) +
                passwordInput("password", "New password", kRulesHint, "new-password", problem) +
                passwordInput("password-again", "The same new password again", "", "new-password", problem) +
                govuk::button("Change my password");
  main += el("form").attr("method", "post").attr("action", "/home/password").attr("novalidate").add(fields);
  main += govuk::para(govuk::link("/home", "Cancel"));
  view::Page page{"Change your password", main, "", problem.has_value()};
  page.header = view::headerFor(request, response, csrf_, view::section::kAccount, "");
  page.breadcrumbs = {{"Your account", "/home"}, {"Change your password", ""}};
  response.body = layout_.render(page);
  return response;
}

http::Response PasswordPages::changeOwn(http::Request& request) {
  const auto user = http::signedInUser(request);
  if (tooLong(request))
    return ownForm(request, access::AccountProblem{"password", "Enter a password of at most 1024 characters"});
  const auto place = access::SignInQueue::enter();
  if (!place) return ownForm(request, access::AccountProblem{"current-password", access::kTooManySignInsMessage});
  const access::Refusal problem = withDatabase(pool_, [&](store::Database& db) {
    return access::changeOwnPassword(db, user->username, request.field("current-password"), request.field("password"),
                                     request.field("password-again"));
  });
  if (problem) return ownForm(request, problem);
  return http::Response::redirect("/login?password=changed");
}

}  // namespace hc::web::account

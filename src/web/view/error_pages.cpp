#include "web/view/error_pages.h"

#include "access/access_scope.h"
#include "html/element.h"
#include "web/account/auth_filter.h"
#include "web/http/signed_in_user.h"
#include "web/view/govuk_content.h"
#include "web/view/site_header.h"

namespace hc::web::view {
namespace {

using html::Html;

struct Wording {
  const char* title;
  const char* first;  // the first sentence, when the caller gives none
};

Wording wordingOf(int status) {
  switch (status) {
    case 403: return {"You do not have access to this page", "Your account cannot open this page."};
    case 405: return {"This page cannot be opened that way",
                      "The address is right but it does not take that kind of request: a form may have been sent "
                      "to it from another page, or a bookmark may be out of date."};
    case 429: return {"Too many requests",
                      "There have been too many requests from your browser or network in a short time. Wait a "
                      "minute, then try again."};
    case 500: return {"Sorry, there is a problem with the service",
                      "Something went wrong on our side and what you asked for was not done. Try again in a few "
                      "minutes."};
    case 503: return {"Sorry, the service is unavailable",
                      "The service cannot reach its database at the moment. Try again in a few minutes."};
    default: return {"Page not found",
                     "If you typed the address, check it is correct. If you pasted it, or followed a link to a "
                     "survey or its results, check you copied the whole of it: results that have been taken down "
                     "are no longer at their address."};
  }
}

Html linkTo(const std::string& href, const std::string& text) { return govuk::link(href, text); }

}  // namespace

Html ErrorPages::nextSteps(const std::optional<access::User>& user) {
  if (!user)
    return govuk::para("If you have an account, " + linkTo("/login", "sign in") +
                       ". To answer the staff survey you do not need one: use the link in your invitation.");
  switch (user->role) {
    case access::Role::kAdmin:
      return govuk::para("Your account runs the service rather than reading the figures. Go to " +
                         linkTo("/admin", "Admin") + " for this quarter's tasks, " + linkTo("/admin/imports", "Data") +
                         " to import the council's exports, " + linkTo("/admin/surveys", "Surveys") +
                         " to run the staff survey, " + linkTo("/admin/users", "Accounts") + " for who may sign in, " +
                         linkTo("/admin/settings", "Settings") + " or " + linkTo("/admin/audit", "Audit") +
                         " for who did what.");
    case access::Role::kAnalyst:
      return govuk::para("Your account imports the council's exports: go to " + linkTo("/admin/imports", "Data") +
                         ". If you need more than that, ask an administrator to change your account.");
    case access::Role::kManager:
      return govuk::para("Go to " + linkTo(landingPath(*user), "your team's page") + " or the " +
                         linkTo("/dashboard", "overview") +
                         ". If you need to see more, ask an administrator to change your account.");
    case access::Role::kDirector:
    case access::Role::kMember: break;
  }
  return govuk::para("Go to the " + linkTo("/dashboard", "overview") +
                     ". If you need to see more, ask an administrator to change your account.");
}

std::optional<access::User> ErrorPages::visitor(const http::Request& request, int status) const {
  if (auto user = http::signedInUser(request)) return user;
  // A 503 is the database away: asking it who is signed in would fail too.
  if (status == 503 || request.cookie(http::kSessionCookie).empty()) return std::nullopt;
  try {
    auto db = pool_.acquire();
    try {
      return account::AuthFilter::sessionUser(*db, request);
    } catch (...) {
      db.discard();
      throw;
    }
  } catch (const std::exception&) {
    return std::nullopt;  // the page is still shown, without the header
  }
}

http::Response ErrorPages::page(int status, http::Request& request, const std::string& why) const {
  const Wording w = wordingOf(status);
  const std::optional<access::User> user = visitor(request, status);
  http::Response r;
  Page p{w.title, govuk::heading("", w.title) + govuk::para(why.empty() ? w.first : why) + nextSteps(user), "", false};
  if (user) {
    http::setSignedInUser(request, *user);
    p.header = headerFor(request, r, csrf_, "", "");
  }
  r.body = layout_.render(p);
  r.status = status;
  if (status == 503) r.headers.emplace_back("Retry-After", "30");
  if (status == 429) r.headers.emplace_back("Retry-After", "60");
  return r;
}

http::Response serviceUnavailable(const PageLayout& layout) {
  const Wording w = wordingOf(503);
  http::Response r = http::Response::html(
      layout.render(Page{w.title, govuk::heading("", w.title) + govuk::para(w.first), "", false}), 503);
  r.headers.emplace_back("Retry-After", "30");
  return r;
}

}  // namespace hc::web::view

#include "web/view/site_header.h"

#include "access/access_scope.h"
#include "html/element.h"
#include "web/account/auth_filter.h"

namespace hc::web::view {

using html::el;
using html::Element;
using html::Html;

SiteHeader siteHeader(const access::User& user, std::string csrf_token, std::string_view current,
                      const std::string& query) {
  SiteHeader h;
  h.username = user.username;
  h.csrf_token = std::move(csrf_token);
  auto add = [&](const char* label, std::string href, std::string_view id) {
    h.links.push_back({label, std::move(href), id == current});
  };
  if (access::seesFigures(user)) {
    add("Overview", "/dashboard" + query, section::kOverview);
    add("Compare", "/dashboard/compare" + query, section::kCompare);
    add("Staff survey", "/dashboard/survey" + query, section::kSurvey);
    // The members' report takes the period only.
    std::string period;
    if (const size_t at = query.find("period="); at != std::string::npos)
      period = "?" + query.substr(at, query.find('&', at) - at);
    add("Members' report", "/report/members" + period, section::kReport);
    add("Glossary", "/dashboard/glossary", section::kGlossary);
  }
  if (user.role == access::Role::kDirector) add("Audit", "/admin/audit", section::kAudit);
  if (user.role == access::Role::kAdmin) {
    add("Admin", "/admin", section::kAdmin);
    add("Data", "/admin/imports", section::kData);
    add("Surveys", "/admin/surveys", section::kSurveys);
    add("Accounts", "/admin/users", section::kAccounts);
    add("Settings", "/admin/settings", section::kSettings);
    add("Audit", "/admin/audit", section::kAudit);
  }
  if (user.role == access::Role::kAnalyst) add("Data", "/admin/imports", section::kData);
  add("Your account", "/home", section::kAccount);
  return h;
}

std::optional<SiteHeader> headerFor(const http::Request& request, http::Response& response,
                                    const http::CsrfProtection& csrf, std::string_view current,
                                    const std::string& query) {
  const std::optional<access::User> user = http::signedInUser(request);
  if (!user) return std::nullopt;
  const std::string cookie = csrf.cookieFor(request, response);
  return siteHeader(*user, csrf.tokenFor(cookie, account::AuthFilter::csrfScope(request, *user)), current, query);
}

Html csrfField(const std::string& token) {
  return el("input").attr("type", "hidden").attr("name", http::CsrfProtection::kField).attr("value", token);
}

Html csrfField(const http::CsrfProtection& csrf, const http::Request& request, http::Response& response,
               const std::string& scope) {
  return csrfField(csrf.tokenFor(csrf.cookieFor(request, response), scope));
}

Html siteHeaderNav(const SiteHeader& header) {
  Element list = el("ul");
  list.cls("hc-nav__list").text("\n");
  for (const NavLink& l : header.links) {
    Element a = el("a");
    a.cls("hc-nav__link").attr("href", l.href);
    if (l.current) a.attr("aria-current", "page");
    list.add(el("li").cls("hc-nav__item").add(a.text(l.label))).text("\n");
  }
  Html sign_out = el("form").attr("method", "post").attr("action", "/logout").attr("novalidate")
                      .add(csrfField(header.csrf_token))
                      .add(el("button").attr("type", "submit").cls("hc-nav__button").text("Sign out")
                               .add(el("span").cls("govuk-visually-hidden").text(" " + header.username)));
  list.add(el("li").cls("hc-nav__item hc-nav__signout").add(sign_out)).text("\n");
  return el("nav").cls("hc-nav").attr("aria-label", "Sections").text("\n").add(list).text("\n").html() + "\n";
}

Html breadcrumbs(const std::vector<Crumb>& crumbs) {
  if (crumbs.empty()) return {};
  Element list = el("ol");
  list.cls("govuk-breadcrumbs__list").text("\n");
  for (const Crumb& c : crumbs) {
    Element item = el("li");
    item.cls("govuk-breadcrumbs__list-item");
    if (c.href.empty()) item.add(el("span").attr("aria-current", "page").text(c.label));
    else item.add(el("a").cls("govuk-breadcrumbs__link").attr("href", c.href).text(c.label));
    list.add(item).text("\n");
  }
  return el("nav").cls("govuk-breadcrumbs").attr("aria-label", "Breadcrumb").text("\n").add(list).text("\n").html() + "\n";
}

std::string landingPath(const access::User& user) {
  switch (user.role) {
    case access::Role::kAdmin: return "/admin";
    case access::Role::kAnalyst: return "/admin/imports";
    case access::Role::kManager:
      if (!user.teams.empty()) return "/dashboard/team/" + html::urlEncode(*user.teams.begin());
      if (!user.services.empty()) return "/dashboard?service=" + html::urlEncode(*user.services.begin());
      return "/dashboard";
    case access::Role::kDirector:
    case access::Role::kMember: break;
  }
  return "/dashboard";
}

}  // namespace hc::web::view

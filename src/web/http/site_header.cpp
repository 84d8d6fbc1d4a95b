#include "web/http/site_header.h"

#include "access/access_scope.h"
#include "web/http/auth_filter.h"
#include "web/http/html.h"

namespace hc::web::http {

SiteHeader siteHeader(const access::User& user, std::string csrf_field, std::string_view current,
                      const std::string& query) {
  SiteHeader h;
  h.username = user.username;
  h.csrf_field = std::move(csrf_field);
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
  if (user.role == access::Role::kAdmin) add("Accounts", "/admin/users", section::kAccounts);
  add("Your account", "/home", section::kAccount);
  return h;
}

std::optional<SiteHeader> headerFor(const Request& request, Response& response, const CsrfProtection& csrf,
                                    std::string_view current, const std::string& query) {
  const std::optional<access::User> user = signedInUser(request);
  if (!user) return std::nullopt;
  return siteHeader(*user, csrf.hiddenField(request, response, AuthFilter::csrfScope(request, *user)), current, query);
}

std::string siteHeaderHtml(const SiteHeader& header) {
  std::string out = "<nav class=\"hc-nav\" aria-label=\"Sections\">\n<ul class=\"hc-nav__list\">\n";
  for (const NavLink& l : header.links) {
    out += "<li class=\"hc-nav__item\"><a class=\"hc-nav__link\" href=\"" + escapeHtml(l.href) + "\"" +
           (l.current ? " aria-current=\"page\"" : "") + ">" + escapeHtml(l.label) + "</a></li>\n";
  }
  out += "<li class=\"hc-nav__item hc-nav__signout\"><form method=\"post\" action=\"/logout\" novalidate>" +
         header.csrf_field + "<button type=\"submit\" class=\"hc-nav__button\">Sign out<span "
         "class=\"govuk-visually-hidden\"> " + escapeHtml(header.username) + "</span></button></form></li>\n";
  return out + "</ul>\n</nav>\n";
}

std::string breadcrumbsHtml(const std::vector<Crumb>& crumbs) {
  if (crumbs.empty()) return "";
  std::string out = "<nav class=\"govuk-breadcrumbs\" aria-label=\"Breadcrumb\">\n<ol class=\"govuk-breadcrumbs__list\">\n";
  for (const Crumb& c : crumbs) {
    out += "<li class=\"govuk-breadcrumbs__list-item\">";
    out += c.href.empty() ? "<span aria-current=\"page\">" + escapeHtml(c.label) + "</span>"
                          : "<a class=\"govuk-breadcrumbs__link\" href=\"" + escapeHtml(c.href) + "\">" +
                                escapeHtml(c.label) + "</a>";
    out += "</li>\n";
  }
  return out + "</ol>\n</nav>\n";
}

std::string landingPath(const access::User& user) {
  switch (user.role) {
    case access::Role::kAdmin: return "/admin/users";
    case access::Role::kManager:
      if (!user.teams.empty()) return "/dashboard/team/" + urlEncode(*user.teams.begin());
      if (!user.services.empty()) return "/dashboard?service=" + urlEncode(*user.services.begin());
      return "/dashboard";
    case access::Role::kDirector:
    case access::Role::kMember: break;
  }
  return "/dashboard";
}

}  // namespace hc::web::http

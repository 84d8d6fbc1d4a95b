// SiteHeader: what every signed-in page shows above its content: the
// sections the user's role may open (Overview, Compare, Staff survey,
// Members' report, Glossary for those who see figures; Audit for a
// director; for an admin the admin area: Admin, Data, Surveys, Accounts,
// Settings, Audit; Data for an analyst; Your account for everyone) with
// the current one marked, and a Sign out button (a CSRF-protected POST to
// /logout). Also where signing in lands each role (landingPath).
//
// Thread-safety: pure functions.
#ifndef HC_WEB_VIEW_SITE_HEADER_H_
#define HC_WEB_VIEW_SITE_HEADER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/user.h"
#include "html/html.h"
#include "web/http/csrf.h"
#include "web/http/request.h"
#include "web/http/response.h"

namespace hc::web::view {

// Sections of the site, for marking the current one.
namespace section {
inline constexpr std::string_view kOverview = "overview";
inline constexpr std::string_view kCompare = "compare";
inline constexpr std::string_view kSurvey = "survey";
inline constexpr std::string_view kReport = "report";
inline constexpr std::string_view kGlossary = "glossary";
inline constexpr std::string_view kAdmin = "admin";        // the admin area's home, /admin
inline constexpr std::string_view kData = "data";          // uploads, imports, the import history
inline constexpr std::string_view kSurveys = "surveys";    // running the staff surveys (admin)
inline constexpr std::string_view kAccounts = "accounts";
inline constexpr std::string_view kSettings = "settings";
inline constexpr std::string_view kAudit = "audit";
inline constexpr std::string_view kAccount = "account";
}  // namespace section

struct NavLink {
  std::string label;  // "Overview"
  std::string href;   // "/dashboard"
  bool current = false;
};

// A breadcrumb; the last one is the page itself and has no href.
struct Crumb {
  std::string label;
  std::string href;
};

struct SiteHeader {
  std::string username;
  std::vector<NavLink> links;
  std::string csrf_token;  // the Sign out form's CSRF token
};

// The header for `user` on a page of `current` section (one of section::*,
// or "" for none). `query` ("?period=2026-Q3&service=children", or "") is
// kept on the figure pages' links so that moving between them keeps the
// view. Example: siteHeader(director, "<input ...>", section::kCompare, "")
// links Overview, Compare (current), Staff survey, Members' report,
// Glossary and Your account.
SiteHeader siteHeader(const access::User& user, std::string csrf_token, std::string_view current,
                      const std::string& query);

// The header for the request's signed-in user (nullopt when no one is
// signed in), with the Sign out form's CSRF field (its cookie set on
// `response` when the browser has none).
std::optional<SiteHeader> headerFor(const http::Request& request, http::Response& response,
                                    const http::CsrfProtection& csrf, std::string_view current,
                                    const std::string& query);

// The <nav> of the header and the Sign out form.
html::Html siteHeaderNav(const SiteHeader& header);
// GOV.UK breadcrumbs; empty for none.
html::Html breadcrumbs(const std::vector<Crumb>& crumbs);

// The hidden field a form posts its CSRF token in: csrfField(token) ->
// <input type="hidden" name="csrf" value="...">.
html::Html csrfField(const std::string& token);
// The token for a form of `scope` in this browser (its cookie set on
// `response` when the browser has none), as a hidden field.
html::Html csrfField(const http::CsrfProtection& csrf, const http::Request& request, http::Response& response,
                     const std::string& scope);

// Where signing in without a `next` takes the user: directors and members
// to the overview, a manager to their first team's page (their service's
// overview when they manage whole services only), an admin to the admin
// area's home, an analyst to the imports.
std::string landingPath(const access::User& user);

}  // namespace hc::web::view

#endif  // HC_WEB_VIEW_SITE_HEADER_H_

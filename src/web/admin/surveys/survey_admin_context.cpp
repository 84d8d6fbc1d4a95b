#include "web/admin/surveys/survey_admin_context.h"

#include "html/element.h"
#include "web/account/auth_filter.h"
#include "web/http/base_url.h"
#include "web/http/signed_in_user.h"
#include "web/view/govuk_content.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::Html;
namespace govuk = view::govuk;

http::Response SurveyAdminContext::page(const http::Request& request, http::Response response, const std::string& title,
                                        const Html& main,
                                        const std::vector<std::pair<std::string, std::string>>& crumbs,
                                        bool has_errors) const {
  view::Page p{title, main, "", has_errors};
  p.header = view::headerFor(request, response, csrf_, view::section::kSurveys, "");
  p.breadcrumbs = {{"Admin", "/admin"}, {"Surveys", crumbs.empty() ? "" : "/admin/surveys"}};
  for (const auto& [label, href] : crumbs) p.breadcrumbs.push_back({label, href});
  response.body = layout_.render(p);
  return response;
}

Html SurveyAdminContext::csrfField(const http::Request& request, http::Response& response) const {
  const auto user = http::signedInUser(request);
  return view::csrfField(csrf_, request, response, user ? account::AuthFilter::csrfScope(request, *user) : "");
}

std::string SurveyAdminContext::actor(const http::Request& request) {
  const auto user = http::signedInUser(request);
  return user ? user->username : "";
}

std::string SurveyAdminContext::runOf(const http::Request& request) {
  if (request.method == "POST") return request.field("run");
  const auto it = request.query.find("run");
  return it == request.query.end() ? "" : it->second;
}

std::string SurveyAdminContext::runHref(const std::string& path, const std::string& run_id, const std::string& team) {
  return path + "?run=" + html::urlEncode(run_id) + (team.empty() ? "" : "&team=" + html::urlEncode(team));
}

std::string SurveyAdminContext::baseUrl(const http::Request& request) const {
  return http::baseUrlFor(options_.base_url, request, options_.tls);
}

std::vector<TeamEntry> SurveyAdminContext::teams(store::Database& db) {
  auto st = db.prepare("SELECT team_id, name, service FROM teams ORDER BY service, team_id");
  std::vector<TeamEntry> out;
  while (st->step()) out.push_back({st->getText(0), st->getText(1), st->getText(2)});
  return out;
}

std::map<std::string, std::string> SurveyAdminContext::teamNames(store::Database& db) {
  std::map<std::string, std::string> out;
  for (auto& t : teams(db)) out[t.team_id] = t.name;
  return out;
}

http::Response SurveyAdminContext::notFound(const http::Request& request, const std::string& what) const {
  http::Response response;
  response.status = 404;
  const Html main = govuk::heading("Surveys", "Not found") + govuk::para(what) +
                    govuk::para(govuk::link("/admin/surveys", "Go to the survey runs"));
  return page(request, std::move(response), "Not found", main, {{"Not found", ""}});
}

}  // namespace hc::web::admin

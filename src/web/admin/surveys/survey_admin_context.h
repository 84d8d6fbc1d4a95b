// What every page of the admin area's surveys (/admin/surveys...) shares:
// the pool, the catalogue, the layout and CSRF protection, and the way a
// page is framed (the Surveys section of the header, breadcrumbs from
// "Admin" down), a form's CSRF field, the signed-in admin who is audited
// as having done a step, and the run a request names (?run= or a form's
// `run` field: run ids may hold a '/', as in health-check-2026/27, so they
// travel as values, never as path segments).
//
// Thread-safety: immutable after construction; its functions may be called
// from any number of threads.
#ifndef HC_WEB_ADMIN_SURVEYS_SURVEY_ADMIN_CONTEXT_H_
#define HC_WEB_ADMIN_SURVEYS_SURVEY_ADMIN_CONTEXT_H_

#include <map>
#include <string>
#include <vector>

#include "html/html.h"
#include "surveys/survey_catalogue.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/request.h"
#include "web/http/response.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

struct SurveyAdminOptions {
  std::string base_url;     // "" : from the request's Host (http/base_url.h)
  bool tls = false;         // the links' scheme when taken from the Host
  int64_t min_group_size = 5;
};

struct TeamEntry {
  std::string team_id;
  std::string name;
  std::string service;
};

class SurveyAdminContext {
 public:
  SurveyAdminContext(http::DatabasePool& pool, const surveys::SurveyCatalogue& catalogue,
                     const view::PageLayout& layout, const http::CsrfProtection& csrf, SurveyAdminOptions options)
      : pool_(pool), catalogue_(catalogue), layout_(layout), csrf_(csrf), options_(std::move(options)) {}

  http::DatabasePool& pool() const { return pool_; }
  const surveys::SurveyCatalogue& catalogue() const { return catalogue_; }
  const SurveyAdminOptions& options() const { return options_; }

  // A page of the Surveys section. `crumbs` go below "Admin" and "Surveys"
  // (the last is the page itself, without href).
  http::Response page(const http::Request& request, http::Response response, const std::string& title,
                      const html::Html& main, const std::vector<std::pair<std::string, std::string>>& crumbs,
                      bool has_errors = false) const;
  // The hidden CSRF field of a form on this page (cookie set on `response`).
  html::Html csrfField(const http::Request& request, http::Response& response) const;
  // The signed-in admin's username, for the audit.
  static std::string actor(const http::Request& request);
  // ?run= on a GET, the form's `run` on a POST.
  static std::string runOf(const http::Request& request);
  // /admin/surveys/run?run=ID and the like.
  static std::string runHref(const std::string& path, const std::string& run_id, const std::string& team = "");
  std::string baseUrl(const http::Request& request) const;

  // Every stored team by service, then id.
  static std::vector<TeamEntry> teams(store::Database& db);
  static std::map<std::string, std::string> teamNames(store::Database& db);

  // "Not found" as a page of the section, for a run or team that is not there.
  http::Response notFound(const http::Request& request, const std::string& what) const;

 private:
  http::DatabasePool& pool_;
  const surveys::SurveyCatalogue& catalogue_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  const SurveyAdminOptions options_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_SURVEYS_SURVEY_ADMIN_CONTEXT_H_

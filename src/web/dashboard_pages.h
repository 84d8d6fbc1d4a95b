// DashboardPages: the directors' dashboard and the members' report in the
// server. Every route has the access tag "dashboard" (directors, managers,
// admin: the request filter of the sign-in work enforces it):
//
//   GET /dashboard                    overview heat map (?period&service&locality)
//   GET /dashboard.csv, .xlsx         downloads of the overview's scopes
//   GET /dashboard/team/{id}          a team's every metric with trend
//   GET /dashboard/metric/{id}        one metric's spread over the teams
//   GET /dashboard/compare            the council among its region and statistical neighbours
//   GET /dashboard/survey             staff survey results of the period (?period&service&team)
//   GET /dashboard/glossary           the words the pages use, explained
//   GET /dashboard/dashboard.css      status colours (reports' status_style)
//   GET /report/members?period=P      the elected members' report (published)
//   GET /report/members.css           its stylesheet (the CSP forbids inline)
//
// The DfE's comparators (reference lines on the team and metric pages, the
// comparison page, the members' report's "the England rate was ...") are
// read from the pool on each request (dashboard_benchmarks.h).
//
// Figures come from a DashboardCache; how they are loaded is given by the
// caller (dashboard_sources.h in src/cli builds DashboardOptions from a
// database URL), since src/web sits below the command line in the build.
//
// Thread-safety: handlers run concurrently; the cache is thread-safe and
// everything else is immutable after construction.
#ifndef HC_WEB_DASHBOARD_PAGES_H_
#define HC_WEB_DASHBOARD_PAGES_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "surveys/period_surveys.h"
#include "surveys/survey_catalogue.h"
#include "web/dashboard_cache.h"
#include "web/dashboard_query.h"
#include "web/csrf.h"
#include "web/database_pool.h"
#include "web/page_layout.h"
#include "web/router.h"

namespace hc::web {

struct DashboardOptions {
  DashboardCache::Loader load_trend;  // every scope, unpublished or published
  // The published figures of one period, for the members' report.
  std::function<metrics::HealthCheck(const metrics::Period&)> load_published;
  metrics::Thresholds thresholds = metrics::Thresholds::defaults();
  int min_group_size = 5;
  size_t cache_periods = 4;
  int trend_periods = metrics::kTrendPeriods;  // a trend signal's run: the team page's process-control charts
  // Question wording for the survey page; null: questions shown by id.
  const surveys::SurveyCatalogue* surveys = nullptr;
};

class DashboardPages {
 public:
  // `csrf` signs the header's Sign out form (site_header.h).
  DashboardPages(DatabasePool& pool, const PageLayout& layout, const CsrfProtection& csrf, DashboardOptions options);

  void addRoutes(Router& router);
  DashboardCache& cache() { return cache_; }

 private:
  // The query, its snapshot and the period choices; or the response to
  // send instead (a bad period).
  struct View {
    DashboardQuery query;
    std::vector<metrics::Period> quarters;
    std::shared_ptr<const DashboardSnapshot> snapshot;
    std::optional<Response> problem;
  };
  View open(const Request& request, const std::string& title, bool with_trend = false);
  // The period's staff survey runs (published: without comments).
  surveys::PeriodSurveys loadSurveys(const metrics::Period& period, bool published);
  // A page with the signed-in header (its links keeping `query`'s view) and
  // breadcrumbs from the overview to `crumbs` (the last: this page).
  Response page(const Request& request, const std::string& title, const std::string& main_html,
                std::string_view section, const std::string& query, std::vector<Crumb> crumbs,
                int status = 200) const;

  Response overview(Request& request);
  Response team(Request& request);
  Response metric(Request& request);
  Response compare(Request& request);
  Response survey(Request& request);
  Response csv(Request& request);
  Response xlsx(Request& request);
  Response members(Request& request);
  Response glossary(Request& request);

  DatabasePool& pool_;
  const PageLayout& layout_;
  const CsrfProtection& csrf_;
  DashboardOptions options_;
  DashboardCache cache_;
};

}  // namespace hc::web

#endif  // HC_WEB_DASHBOARD_PAGES_H_

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
//   GET /report/members.pdf?period=P  the same report printed to PDF (needs Chromium)
//
// Figures come from a DashboardCache filled by load::FigureLoader (src/load,
// below web), which opens its own connections to options.db_url, with the
// thresholds, minimum group size and caseload limit the database holds
// (load/figure_settings.h; the options' are the fallback). The same
// loader reads the DfE's comparators (reference lines on the team and metric
// pages, the comparison page, the members' report's "the England rate was
// ...") and the staff survey results on each request: a few small queries
// of tables that change only with an import or an answer. The pool is for
// what belongs to the request: the audit rows of downloads, the actions,
// the survey runs' progress and the cache's check for new data.
//
// Thread-safety: handlers run concurrently; the cache is thread-safe and
// everything else is immutable after construction.
#ifndef HC_WEB_DASHBOARD_PAGES_H_
#define HC_WEB_DASHBOARD_PAGES_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>


#include "core/action.h"
#include "load/figure_loader.h"
#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "reports/report_model.h"
#include "surveys/survey_catalogue.h"
#include "web/dashboard/dashboard_cache.h"
#include "web/dashboard/dashboard_query.h"
#include "web/dashboard/dashboard_survey_runs.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/view/page_layout.h"
#include "web/http/router.h"

namespace hc::web::dashboard {

struct DashboardOptions {
  std::string db_url;  // where the figures are loaded from (src/load, its own connections)
  metrics::Thresholds thresholds = metrics::Thresholds::defaults();
  // Council name, smallest group shown, caseload limit; whether figures are
  // published is chosen per view.
  metrics::HealthCheckOptions figures;
  size_t cache_periods = 4;
  int trend_periods = metrics::kTrendPeriods;  // a trend signal's run: the team page's process-control charts
  // Question wording for the survey page; null: questions shown by id.
  const surveys::SurveyCatalogue* surveys = nullptr;
};

class DashboardPages {
 public:
  // `csrf` signs the header's Sign out form (site_header.h).
  DashboardPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf, DashboardOptions options);

  void addRoutes(http::Router& router);
  DashboardCache& cache() { return cache_; }

 private:
  // The query, its snapshot and the period choices; or the response to
  // send instead (a bad period).
  struct View {
    DashboardQuery query;
    std::vector<metrics::Period> quarters;
    std::shared_ptr<const DashboardSnapshot> snapshot;
    std::optional<http::Response> problem;
  };
  // `needs_records`: the page shows the records' figures, so a period the
  // records do not reach to its end is said instead (metrics.md "Periods
  // with no data"); the survey page has figures of its own.
  View open(const http::Request& request, const std::string& title, bool with_trend = false,
            bool needs_records = true);
  // Each survey run overlapping the period, with its per-team progress.
  std::vector<RunProgress> loadRunProgress(const metrics::Period& period);
  // The agreed actions of one scope ("" for every scope).
  std::vector<Action> loadActions(const std::string& scope);
  // A page with the signed-in header (its links keeping `query`'s view) and
  // breadcrumbs from the overview to `crumbs` (the last: this page).
  http::Response page(const http::Request& request, const std::string& title, html::Html main,
                      std::string_view nav_section, const std::string& query, std::vector<view::Crumb> crumbs,
                      int status = 200) const;

  http::Response overview(http::Request& request);
  http::Response team(http::Request& request);
  http::Response metric(http::Request& request);
  http::Response compare(http::Request& request);
  http::Response survey(http::Request& request);
  http::Response csv(http::Request& request);
  http::Response xlsx(http::Request& request);
  http::Response members(http::Request& request);
  http::Response membersPdf(http::Request& request);
  // The members' report's model of the request's period with its cover
  // from the query, or the page saying why there is none.
  std::optional<reports::ReportModel> membersModel(http::Request& request, std::optional<http::Response>* problem);
  http::Response glossary(http::Request& request);

  // The loader with the settings the figures rest on now: the database's
  // (set at /admin/settings), else the options' (load/figure_settings.h).
  // A few small queries: asked afresh on each request, so a change shows
  // on the next page, as the cache's version (which includes the
  // settings') drops what was computed before it.
  load::FigureLoader figures() const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  DashboardOptions options_;
  DashboardCache cache_;
};

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_PAGES_H_

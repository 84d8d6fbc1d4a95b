#include "web/dashboard/dashboard_pages.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "access/access_scope.h"
#include "access/audit_events.h"
#include "actions/action_store.h"
#include "core/utc_clock.h"
#include "html/element.h"
#include "load/figure_settings.h"
#include "load/report_model_loader.h"
#include "national/council_setting.h"
#include "metrics/catalogue.h"
#include "metrics/coverage.h"
#include "reports/figure_text.h"
#include "reports/members/members_parts.h"
#include "reports/members/members_report.h"
#include "reports/pdf_printer.h"
#include "reports/report_model.h"
#include "web/dashboard/dashboard_actions.h"
#include "web/dashboard/dashboard_compare.h"
#include "web/dashboard/dashboard_downloads.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_glossary.h"
#include "web/dashboard/dashboard_metric.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/dashboard/dashboard_team.h"
#include "web/dashboard/dashboard_viewer.h"
#include "web/dashboard/members_report_page.h"
#include "web/account/auth_filter.h"
#include "web/dashboard/dashboard_survey.h"
#include "web/dashboard/dashboard_survey_runs.h"
#include "web/view/govuk_content.h"

namespace hc::web::dashboard {

namespace {
// The served report's stylesheet is one for every council and period.
constexpr const char* kMembersRunningHeader = "Social work health check: report to elected members";
}  // namespace

namespace {

constexpr const char* kAccess = "dashboard";

using html::Html;
namespace govuk = view::govuk;

http::Response download(std::string body, const char* type, const std::string& name) {
  http::Response r;
  r.content_type = type;
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  return r;
}

// The audit row of a download (access/audit_events.h): who, what, which
// period and as which role. A download that cannot be audited fails.
void auditDownload(http::DatabasePool& pool, http::Request& request, const char* what, const std::string& period) {
  const std::optional<access::User> user = http::signedInUser(request);
  auto db = pool.acquire();
  try {
    auto writer = db.writeLock();
    access::auditReportExport(*db, user ? user->username : "unknown", what,
                              period + (user ? std::string(" as ") + access::roleName(user->role) : ""));
  } catch (...) {
    db.discard();
    throw;
  }
}

http::Response stylesheetResponse(std::string css) {
  http::Response r;
  r.content_type = "text/css; charset=utf-8";
  r.body = std::move(css);
  r.cache_control = "public, max-age=3600";  // not personal: the same for everyone
  return r;
}

}  // namespace

DashboardPages::DashboardPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
                               DashboardOptions options)
    : pool_(pool), layout_(layout), csrf_(csrf), options_(std::move(options)),
      cache_(
          pool,
          [this](const metrics::Period& last, int count, bool published) {
            return figures().trend(last, count, published);
          },
          options_.cache_periods, options_.trend_periods) {}

load::FigureLoader DashboardPages::figures() const {
  const load::FigureSettings fallback{options_.thresholds, options_.figures.min_group_size,
                                     options_.figures.caseload_limit};
  metrics::HealthCheckOptions options = options_.figures;
  auto db = pool_.acquire();
  try {
    const load::FigureSettings settings = load::loadFigureSettings(*db, fallback);
    const std::string name = national::loadCouncil(*db).name;  // renamed at /admin/settings: the council scope too
    if (!name.empty()) options.council_name = name;
    return load::FigureLoader(options_.db_url, settings.thresholds, settings.applyTo(options));
  } catch (...) {
    db.discard();
    throw;
  }
}

void DashboardPages::addRoutes(http::Router& router) {
  router.get("/dashboard", [this](http::Request& r) { return overview(r); }, kAccess);
  router.get("/dashboard.csv", [this](http::Request& r) { return csv(r); }, kAccess);
  router.get("/dashboard.xlsx", [this](http::Request& r) { return xlsx(r); }, kAccess);
  // The app's components (status tags, scroll regions) on every signed-in
  // page, the admin area's too: nothing personal in it.
  router.get("/dashboard/dashboard.css", [](http::Request&) { return stylesheetResponse(dashboard::stylesheet()); },
             access::access_tag::kSignedIn);
  router.get("/dashboard/team/{id}", [this](http::Request& r) { return team(r); }, kAccess);
  router.get("/dashboard/metric/{id}", [this](http::Request& r) { return metric(r); }, kAccess);
  router.get("/dashboard/compare", [this](http::Request& r) { return compare(r); }, kAccess);
  router.get("/dashboard/survey", [this](http::Request& r) { return survey(r); }, kAccess);
  router.get("/dashboard/glossary", [this](http::Request& r) { return glossary(r); }, kAccess);
  router.get("/report/members", [this](http::Request& r) { return members(r); }, kAccess);
  router.get("/report/members.pdf", [this](http::Request& r) { return membersPdf(r); }, kAccess);
  router.get("/report/members.css",
             [](http::Request&) { return stylesheetResponse(reports::members::stylesheet(kMembersRunningHeader)); },
             kAccess);
  router.get("/report/members-screen.css",
             [](http::Request&) { return stylesheetResponse(dashboard::membersScreenStylesheet()); }, kAccess);
}

http::Response DashboardPages::page(const http::Request& request, const std::string& title, Html main,
                                    std::string_view nav_section, const std::string& query,
                                    std::vector<view::Crumb> crumbs, int status) const {
  http::Response r;
  r.status = status;
  view::Page p{title, std::move(main), "", false};
  p.header = view::headerFor(request, r, csrf_, nav_section, query);
  if (!crumbs.empty()) {
    p.breadcrumbs.push_back({"Overview", "/dashboard" + query});
    for (auto& c : crumbs) p.breadcrumbs.push_back(std::move(c));
  } else {
    p.breadcrumbs.push_back({"Overview", ""});
  }
  r.body = layout_.render(p);
  return r;
}

DashboardPages::View DashboardPages::open(const http::Request& request, const std::string& title, bool with_trend,
                                          bool needs_records) {
  View v;
  const DataState state = cache_.state();
  std::string error;
  auto q = parseDashboardQuery(request, state.latest, &error);
  if (!q) {
    v.problem = page(request, title,
                     govuk::heading("", title) +
                         govuk::para("The period is not one this service knows: " + error +
                                     ". Use a quarter such as 2026-Q3, a month such as 2026-07 or a year such as 2026.") +
                         govuk::para(govuk::link("/dashboard", "Go to the overview")),
                     "", "", {{title, ""}}, 400);
    return v;
  }
  v.query = *q;
  v.quarters = recentQuarters(state.latest, 8);
  // metrics.md "Periods with no data": said, not drawn as a map of zeros.
  if (needs_records && metrics::isAfterRecords(v.query.period, state.latest)) {
    Html said = govuk::heading("", "No figures for " + v.query.period.label);
    if (!state.latest) {
      said += govuk::para("No records have been imported yet. Import the council's exports "
                          "(healthcheck import FOLDER) and the figures appear here.");
    } else {
      const metrics::Period latest = metrics::Period::latestEndingBy(v.query.period.kind, *state.latest);
      DashboardQuery there = v.query.withPeriod(latest);
      said += govuk::para(v.query.period.label + " ends after the records do: they run to " +
                          reports::longDate(*state.latest) + ". The latest complete period of that kind is " +
                          govuk::link(request.path + there.queryString(), latest.label) + ".");
    }
    v.problem = page(request, title, std::move(said), "", v.query.queryString(), {{title, ""}});
    return v;
  }
  // Figures as this viewer may see them: members and other managers' teams
  // as published.
  v.snapshot = snapshotFor(cache_, http::signedInUser(request), v.query.period, with_trend,
                           figures().options().min_group_size);
  return v;
}

http::Response DashboardPages::overview(http::Request& request) {
  View v = open(request, "Health check overview");
  if (v.problem) return *v.problem;
  return page(request, "Health check overview " + v.query.period.label,
              dashboard::overviewHtml(v.snapshot->current(), v.query, v.quarters) +
                  dashboard::overviewActionsHtml(
                      dashboard::teamActionFacts(dashboard::shownScopes(v.snapshot->current(), v.query),
                                                 loadActions(""), utcToday()),
                      v.query.queryString()),
              view::section::kOverview, v.query.queryString(), {});
}

http::Response DashboardPages::team(http::Request& request) {
  View v = open(request, "Team", true);
  if (v.problem) return *v.problem;
  const std::string& id = request.param("id");
  // Each period against the DfE's figures of its own census year.
  std::vector<metrics::Period> periods;
  for (const auto& hc : v.snapshot->periods) periods.push_back(hc.period);
  const std::vector<metrics::MetricBenchmarks> benchmarks = figures().trendBenchmarks(periods);
  // The actions agreed for each area, with a way to add one for those who may.
  const std::vector<Action> agreed = loadActions(id);
  const std::optional<access::User> user = http::signedInUser(request);
  const auto* shown = dashboard::findScope(v.snapshot->current(), metrics::Level::kTeam, id);
  const bool may_add = user && shown && access::mayManageActions(*user, id, shown->service);
  const Date today = utcToday();
  const auto footer = [&](const std::string& area) {
    std::vector<Action> here;
    for (const Action& a : agreed)
      if (a.area == area) here.push_back(a);
    return dashboard::areaActionsHtml(
        here, today, may_add ? "/dashboard/actions/new?scope=" + urlEncode(id) + "&area=" + urlEncode(area) : "");
  };
  Html main = dashboard::teamHtml(v.snapshot->periods, benchmarks, id, v.query, v.quarters, footer);
  if (main.empty())
    return page(request, "Team not found",
                govuk::heading("", "Team not found") +
                    govuk::para("There is no team with that id in " + v.query.period.label + ".") +
                    govuk::para(govuk::link("/dashboard" + v.query.queryString(), "Back to the overview")),
                "", v.query.queryString(), {{"Team not found", ""}}, 404);
  const auto& current = v.snapshot->current();
  const auto* scope = dashboard::findScope(current, metrics::Level::kTeam, id);
  std::vector<view::Crumb> crumbs;
  if (const auto* service = dashboard::findScope(current, metrics::Level::kService, scope->service)) {
    DashboardQuery of_service = v.query;
    of_service.service = service->id;
    crumbs.push_back({service->name, "/dashboard" + of_service.queryString()});
  }
  crumbs.push_back({scope->name, ""});
  return page(request, scope->name + " " + v.query.period.label, std::move(main), view::section::kOverview, v.query.queryString(),
              std::move(crumbs));
}

http::Response DashboardPages::metric(http::Request& request) {
  View v = open(request, "Metric");
  if (v.problem) return *v.problem;
  const metrics::MetricInfo* info = metrics::findMetric(request.param("id"));
  if (!info)
    return page(request, "Metric not found",
                govuk::heading("", "Metric not found") + govuk::para(govuk::link("/dashboard", "Go to the overview")),
                "", v.query.queryString(), {{"Metric not found", ""}}, 404);
  const load::FigureLoader figures = this->figures();
  const metrics::MetricBenchmarks benchmarks = figures.benchmarks(v.query.period);
  const auto b = benchmarks.find(std::string(info->id));
  return page(request, std::string(info->label) + " " + v.query.period.label,
              dashboard::metricHtml(v.snapshot->current(), *info, figures.thresholds(), v.query, v.quarters,
                                    b == benchmarks.end() ? nullptr : &b->second),
              view::section::kOverview, v.query.queryString(), {{std::string(info->label), ""}});
}

http::Response DashboardPages::compare(http::Request& request) {
  View v = open(request, "Compared with other councils");
  if (v.problem) return *v.problem;
  return page(request, "Compared with other councils " + v.query.period.label,
              dashboard::compareHtml(v.snapshot->current(), figures().comparison(v.query.period), v.query,
                                     v.quarters, layout_.councilName()),
              view::section::kCompare, v.query.queryString(), {{"Compared with other councils", ""}});
}

std::vector<RunProgress> DashboardPages::loadRunProgress(const metrics::Period& period) {
  auto db = pool_.acquire();
  surveys::SurveyRuns runs(*db);
  std::vector<RunProgress> out;
  for (auto& run : runs.list()) {
    if (run.period_to < period.from || run.period_from > period.to) continue;
    auto teams = runs.status(run.run_id);
    out.push_back({std::move(run), std::move(teams)});
  }
  return out;
}

std::vector<Action> DashboardPages::loadActions(const std::string& scope) {
  actions::ActionFilter filter;
  filter.scope = scope;
  auto db = pool_.acquire();
  std::vector<Action> out;
  for (auto& s : actions::ActionStore(*db).list(filter)) out.push_back(std::move(s.action));
  return out;
}

http::Response DashboardPages::survey(http::Request& request) {
  std::vector<surveys::SurveyRun> all_runs;
  {
    auto db = pool_.acquire();
    all_runs = surveys::SurveyRuns(*db).list();
  }
  // Without a period the page opens on the survey that is taking answers.
  if (!request.query.count("period"))
    if (std::string open_run = dashboard::surveyDefaultPeriod(all_runs); !open_run.empty())
      request.query["period"] = open_run;
  View v = open(request, "Staff survey", false, /*needs_records=*/false);
  if (v.problem) return *v.problem;
  const load::FigureLoader figures = this->figures();
  const surveys::PeriodSurveys data = figures.staffSurveys(v.query.period, false, options_.surveys);
  // Comments as the dashboard's figures: only for scopes the viewer sees
  // unsuppressed (a manager's own teams; the council's for directors).
  const std::optional<access::User> user = http::signedInUser(request);
  dashboard::SeesComments sees = [&user](const std::string& team, const std::string& service) {
    return user && access::seesUnsuppressed(*user, team, service);
  };
  return page(request, "Staff survey " + v.query.period.label,
              dashboard::surveyHtml(data, v.query, request.query.count("team") ? request.query.at("team") : "",
                                    v.quarters, sees, dashboard::surveyRunLinksHtml(all_runs, v.query.period.label)) +
                  dashboard::surveyRunsHtml(loadRunProgress(v.query.period), data.team_names,
                                            figures.options().min_group_size),
              view::section::kSurvey, v.query.queryString(), {{"Staff survey", ""}});
}

http::Response DashboardPages::csv(http::Request& request) {
  View v = open(request, "Download");
  if (v.problem) return *v.problem;
  auditDownload(pool_, request, "dashboard.csv", v.query.period.label);
  return download(dashboard::csvBytes(v.snapshot->current(), v.query), "text/csv; charset=utf-8",
                  dashboard::downloadName(v.query, "csv"));
}

http::Response DashboardPages::xlsx(http::Request& request) {
  View v = open(request, "Download", true, /*needs_records=*/false);
  if (v.problem) return *v.problem;
  // Survey results as the viewer may see them: a director's unpublished
  // (the sheet carries no comments either way).
  const std::optional<access::User> user = http::signedInUser(request);
  const bool director = user && user->role == access::Role::kDirector;
  auditDownload(pool_, request, "dashboard.xlsx", v.query.period.label);
  load::ReportViewer copy;
  copy.published = !director;
  for (const metrics::ScopeResult& s : v.snapshot->current().scopes)
    if (user && !director && seesAsComputed(*user, s))
      copy.shown_as_computed.push_back(s.name);
  const load::FigureLoader figures = this->figures();
  const load::ReportModelLoader report_models(figures, options_.db_url, options_.surveys);
  return download(dashboard::xlsxBytes(report_models, v.snapshot->periods, v.query, copy, utcToday()),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  dashboard::downloadName(v.query, "xlsx"));
}

std::optional<reports::ReportModel> DashboardPages::membersModel(http::Request& request,
                                                                 std::optional<http::Response>* problem) {
  const DataState state = cache_.state();
  std::string error;
  auto q = parseDashboardQuery(request, state.latest, &error);
  if (!q) {
    *problem = http::Response::text(400, "The period is not one this service knows: " + error + "\n");
    return std::nullopt;
  }
  // Published figures are computed on demand: members' reports are rare
  // and their small-numbers rule gives different figures from the cache's.
  const load::FigureLoader figures = this->figures();
  const metrics::HealthCheck hc = figures.period(q->period, /*published=*/true);
  if (!hc.has_data) {
    *problem = page(request, "No data",
                    govuk::heading("", "No data for " + q->period.label) +
                        govuk::para("No records fall in or before this period."),
                    view::section::kReport, q->queryString(), {{"Members' report", ""}}, 404);
    return std::nullopt;
  }
  const load::ReportModelLoader report_models(figures, options_.db_url, options_.surveys);
  reports::ReportModel model = report_models.load(hc, load::ReportViewer{}, utcToday());
  model.cover = dashboard::coverFromQuery(request);
  return model;
}

http::Response DashboardPages::members(http::Request& request) {
  std::optional<http::Response> problem;
  const std::optional<reports::ReportModel> model = membersModel(request, &problem);
  if (!model) return *problem;
  auditDownload(pool_, request, "members report", model->period.label);
  // The pages' CSP allows stylesheets from this server only: the report
  // links the same stylesheet, whose running header names no council.
  reports::members::ReportStyle style;
  style.stylesheet_links = {"/report/members.css", "/report/members-screen.css"};
  style.screen_navigation =
      dashboard::membersScreenNavigation(model->period, model->cover, !reports::findChromium().empty());
  std::string html = reports::members::membersReportHtml(*model, style).str();
  return http::Response::html(std::move(html));
}

http::Response DashboardPages::membersPdf(http::Request& request) {
  const std::string chromium = reports::findChromium();
  if (chromium.empty())
    return page(request, "Printing is not set up",
                govuk::heading("", "This server cannot print the report") +
                    govuk::para("Open the members' report and use your browser's Print: it is laid out for A4. "
                                "(An administrator can install the chromium package on the server to offer a PDF.)"),
                view::section::kReport, "", {{"Members' report", "/report/members"}}, 503);
  std::optional<http::Response> problem;
  const std::optional<reports::ReportModel> model = membersModel(request, &problem);
  if (!model) return *problem;
  auditDownload(pool_, request, "members report (PDF)", model->period.label);
  // The document with its stylesheet inline, printed in a folder of this request's own.
  std::string pdf = reports::printHtmlToPdf(chromium, reports::members::membersReportHtml(*model).str());
  return download(std::move(pdf), "application/pdf", "members-report-" + model->period.label + ".pdf");
}

http::Response DashboardPages::glossary(http::Request& request) {
  return page(request, "Glossary", dashboard::glossaryHtml(), view::section::kGlossary, "", {{"Glossary", ""}});
}

}  // namespace hc::web::dashboard

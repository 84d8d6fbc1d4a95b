// The directors' dashboard through the application's routes, on a small
// demo council imported with the command line (one of whose teams has a
// hostile name), checked against the engine's own figures: the heat map,
// the team and metric pages, filters kept in links, downloads, the
// members' report, and the cache dropped after an import.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "access/audit_log.h"
#include "web_data.h"
#include "load/trend_loader.h"
#include "metrics/catalogue.h"
#include "metrics/disclosure_checker.h"
#include "reports/figure_text.h"
#include "reports/xlsx_reader.h"
#include "support/test_database.h"
#include "support/test_files.h"
#include "web/dashboard/dashboard_format.h"
#include "web/account/auth_filter.h"
#include "web/dashboard/dashboard_pages.h"
#include "core/html_escape.h"
#include "html/element.h"
#include "web/web_app.h"

namespace hc::web {
namespace {

const char* kHostile = "<script>alert(1)</script>";

using testing_support::importPaths;
using testing_support::writeDemo;

// Rewrites one team's name in a demo teams.csv.
void renameTeam(const std::string& csv, const std::string& team_id, const std::string& name) {
  std::ifstream in(csv);
  std::string line, text;
  while (std::getline(in, line)) {
    if (line.rfind(team_id + ",", 0) == 0) {
      const size_t service = line.rfind(',', line.rfind(',') - 1);  // name may hold commas: keep the last two fields
      line = team_id + ",\"" + name + "\"" + line.substr(service);
    }
    text += line + "\n";
  }
  testing::writeFile(csv, text);
}

class DashboardPagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::makeTempDir("hc-dashboard");
    writeDemo(dir_ + "/demo", 4, 6, 7);
    renameTeam(dir_ + "/demo/teams.csv", "T0001", kHostile);
    importPaths(db_.url(), {dir_ + "/demo"});
    WebAppOptions options;
    options.db_url = db_.url();
    options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
    options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
    options.council_name = "Northshire Council";
    figures_.council_name = options.council_name;
    app_ = std::make_unique<WebApp>(options);
    signed_in_filter_ = app_->router();  // a copy with the sign-in filter, for the test of it
    // Who may call the dashboard is the sign-in component's to test; these
    // tests are about the pages, so they run without its filter, as the
    // viewer_ (a director unless a test says otherwise).
    viewer_.username = "viewer";
    viewer_.role = access::Role::kDirector;
    app_->router().setFilter([this](http::Request& r, const http::Route&) -> std::optional<http::Response> {
      http::setSignedInUser(r, viewer_);
      return std::nullopt;
    });
  }

  http::Response get(const std::string& path, std::map<std::string, std::string> query = {}) {
    http::Request r;
    r.method = "GET";
    r.path = path;
    r.query = std::move(query);
    return app_->handle(r);
  }

  // What the engine computes for a period, independently of the cache.
  metrics::HealthCheck expected(const std::string& period) {
    const auto p = *metrics::Period::parse(period);
    return load::TrendWindow::load(db_.url(), p, 1, figures_).compute(p, metrics::Thresholds::defaults(), figures_);
  }

  // The DfE's figures of tests/national/data (2024 and 2025, North East)
  // with the council set to Darlington (841): comparisons for 2026-Q3 use
  // 2025, hand-worked in tests/national/comparison_test.cpp.
  void importBenchmarks() {
    const std::string data = std::string(HC_SOURCE_DIR) + "/tests/national/data/";
    testing_support::importBenchmarks(db_.url(), data + "indicators_small.csv", data + "neighbours_small.csv", "841");
  }

  testing::TestDatabase db_;
  std::string dir_;
  metrics::HealthCheckOptions figures_;
  std::unique_ptr<WebApp> app_;
  http::Router signed_in_filter_;
  access::User viewer_;
};

// The row of `metric` for `scope_id` in a CSV download, split on commas
// (the ids and numbers hold none).
std::vector<std::string> csvRow(const std::string& csv, const std::string& scope_id, const std::string& metric) {
  std::istringstream in(csv);
  for (std::string line; std::getline(in, line);) {
    if (line.find("," + scope_id + ",") == std::string::npos || line.find("," + metric + ",") == std::string::npos)
      continue;
    std::vector<std::string> cells;
    std::istringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    return cells;
  }
  return {};
}

TEST_F(DashboardPagesTest, EveryRouteIsTaggedForTheDashboardRole) {
  for (const char* path : {"/dashboard", "/dashboard.csv", "/dashboard.xlsx", "/dashboard/team/T0001", "/dashboard/metric/vacancy_rate", "/dashboard/compare",
                           "/dashboard/survey", "/report/members",
                           "/report/members.css"}) {
    http::Request r;
    r.method = "GET";
    r.path = path;
    bool known = false;
    const http::Route* route = app_->router().match(r, known);
    ASSERT_NE(route, nullptr) << path;
    EXPECT_EQ(route->access, "dashboard") << path;
  }
  // The app's stylesheet serves the admin area's pages too: nothing personal in it.
  http::Request css{"GET", "/dashboard/dashboard.css"};
  bool known = false;
  const http::Route* route = app_->router().match(css, known);
  ASSERT_NE(route, nullptr);
  EXPECT_EQ(route->access, "signed-in");
}

TEST_F(DashboardPagesTest, EachViewerSeesTheFiguresTheirRoleAllows) {
  // A two-person team: its people-based figures rest on 2 people, fewer
  // than the minimum group of 5, so they are suppressed when published.
  const std::string small = testing::makeTempDir("hc-small-team");
  testing::writeFile(small + "/teams.csv", "team_id,name,service,locality\nT0099,Small team,children,East\n");
  testing::writeFile(small + "/staff.csv",
                     "staff_id,team_id,role,employment,fte,start_date,end_date,qualified_date\n"
                     "S099001,T0099,social_worker,permanent,1,2020-01-01,,2015-01-01\n"
                     "S099002,T0099,social_worker,permanent,1,2020-01-01,,2015-01-01\n");
  importPaths(db_.url(), {small + "/teams.csv", small + "/staff.csv"});
  const std::map<std::string, std::string> q{{"period", "2026-Q3"}};
  auto lone = [&](const char* scope) { return csvRow(get("/dashboard.csv", q).body, scope, "lone_working_assessed"); };
  // Columns: period,level,scope_id,scope_name,area,metric,value,status,previous,change,n,suppressed,
  // vs_council,trend,area_status,area_score,area_measures,scope_score,scope_rank,value_unrounded

  const std::vector<std::string> director = lone("T0099");
  ASSERT_EQ(director.size(), 20u);
  EXPECT_EQ(director[10], "2");
  EXPECT_EQ(director[11], "false") << "a director sees every figure";
  EXPECT_FALSE(director[6].empty());

  viewer_.role = access::Role::kMember;
  const std::vector<std::string> member = lone("T0099");
  ASSERT_EQ(member.size(), 19u);  // value_unrounded is empty when suppressed: the split drops it
  EXPECT_EQ(member[11], "true") << "a member sees published figures only";
  EXPECT_TRUE(member[6].empty());

  viewer_.role = access::Role::kManager;
  viewer_.teams = {"T0099"};
  EXPECT_EQ(lone("T0099")[11], "false") << "a manager sees their own team as computed";
  viewer_.teams = {"T0001"};
  EXPECT_EQ(lone("T0099")[11], "true") << "and another manager's team as published";
  EXPECT_EQ(lone("T0001")[11], "false");
  // The team page shows the same: no number for the hidden figure.
  viewer_.role = access::Role::kMember;
  const http::Response page = get("/dashboard/team/T0099", q);
  ASSERT_EQ(page.status, 200);
  viewer_.role = access::Role::kDirector;
  const http::Response director_page = get("/dashboard/team/T0099", q);
  EXPECT_NE(page.body, director_page.body);
}

// The row of `metric` for `scope_id`, split as RFC 4180 says (a team's
// name may hold a comma inside quotes).
std::vector<std::string> quotedCsvRow(const std::string& csv, const std::string& scope_id, const std::string& metric) {
  std::istringstream in(csv);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') cells.back() += '"', ++i;
      else if (c == '"') quoted = !quoted;
      else if (c == ',' && !quoted) cells.emplace_back();
      else cells.back() += c;
    }
    if (cells.size() >= 12 && cells[2] == scope_id && cells[5] == metric) return cells;
  }
  return {};
}

TEST_F(DashboardPagesTest, NoViewerCanWorkOutAHiddenFigureFromTheirDownload) {
  // Two small teams (2 and 4 people) beside the demo's four.
  const std::string small = testing::makeTempDir("hc-small-teams");
  testing::writeFile(small + "/teams.csv",
                     "team_id,name,service,locality\nT0098,Smaller team,children,East\nT0099,Small team,children,East\n");
  std::string staff = "staff_id,team_id,role,employment,fte,start_date,end_date,qualified_date\n";
  for (int i = 0; i < 6; ++i)
    staff += "S09900" + std::to_string(i) + "," + (i < 2 ? "T0099" : "T0098") +
             ",social_worker,permanent,1,2020-01-01,,2015-01-01\n";
  testing::writeFile(small + "/staff.csv", staff);
  importPaths(db_.url(), {small + "/teams.csv", small + "/staff.csv"});
  const std::map<std::string, std::string> q{{"period", "2026-Q3"}};
  const metrics::HealthCheck hc = expected("2026-Q3");

  std::vector<std::pair<std::string, access::User>> viewers;
  access::User member;
  member.role = access::Role::kMember;
  viewers.emplace_back("member", member);
  for (const metrics::ScopeResult& s : hc.scopes) {
    if (s.level != metrics::Level::kTeam) continue;
    access::User manager;
    manager.role = access::Role::kManager;
    manager.teams = {s.id};
    viewers.emplace_back("manager of " + s.id, manager);
  }
  int hidden = 0;
  for (const auto& [who, user] : viewers) {
    viewer_ = user;
    viewer_.username = "viewer";
    const std::string csv = get("/dashboard.csv", q).body;
    for (const metrics::MetricInfo& m : metrics::catalogue()) {
      if (!m.people_based || m.survey) continue;
      // Columns: period,level,scope_id,scope_name,area,metric,value,status,previous,change,n,suppressed
      std::vector<metrics::testing::SeenFigure> seen;
      std::map<std::string, int> services;
      for (const metrics::ScopeResult& s : hc.scopes) {
        const std::vector<std::string> row = quotedCsvRow(csv, s.id, std::string(m.id));
        ASSERT_GE(row.size(), 12u) << who << " " << s.id;
        metrics::testing::SeenFigure f;
        f.scope = s.id;
        try {
          if (!row[6].empty()) f.value = std::stod(row[6]);
          f.n = std::stoll(row[10]);
        } catch (const std::exception&) {
          FAIL() << who << ": cannot read the row of " << s.id << " " << m.id << ": " << row[6] << " / " << row[10];
        }
        f.hidden = row[11] == "true";
        hidden += f.hidden ? 1 : 0;
        // Sickness and stress are shares of FTE-days, which the viewer is
        // taken to know wherever the figure is shown.
        f.share_of_n = m.metric != metrics::Metric::kSicknessRate && m.metric != metrics::Metric::kStressShare;
        for (const metrics::AreaResult& a : s.areas)
          for (const metrics::MetricResult& r : a.metrics)
            if (r.id == m.id && !f.hidden && !f.share_of_n) f.base = r.base;
        if (s.level == metrics::Level::kService) f.parent = 0, services[s.id] = int(seen.size());
        if (s.level == metrics::Level::kTeam) f.parent = services.at(s.service);
        seen.push_back(f);
      }
      for (const auto& r : metrics::testing::recoverHidden(seen))
        ADD_FAILURE() << who << " works out " << m.id << " of " << r.scope << " = " << r.value;
    }
  }
  EXPECT_GT(hidden, 0);
}

TEST_F(DashboardPagesTest, TheSignInFilterGuardsTheDashboard) {
  http::Request r;
  r.method = "GET";
  r.path = "/dashboard";
  std::string route;
  const http::Response anonymous = signed_in_filter_.dispatch(r, route);
  EXPECT_NE(anonymous.status, 200);  // a redirect to sign in, or a refusal
  EXPECT_EQ(anonymous.body.find("Health check overview"), std::string::npos);
}

TEST_F(DashboardPagesTest, HeatMapCellsMatchTheEngineAndLinkToTheTeamArea) {
  const http::Response r = get("/dashboard");  // default: the latest complete quarter
  ASSERT_EQ(r.status, 200);
  const metrics::HealthCheck hc = expected("2026-Q3");
  ASSERT_TRUE(hc.has_data);
  EXPECT_NE(r.body.find("Health check overview: 2026-Q3"), std::string::npos);
  int teams = 0, rated = 0;
  for (const auto& s : hc.scopes) {
    if (s.level != metrics::Level::kTeam) continue;
    ++teams;
    for (const auto& a : s.areas) {
      if (a.status == metrics::Status::kNone) continue;  // an unrated area: no cell when no team has figures
      const std::string cell = std::string("hc-status--") + dashboard::statusKey(a.status) + "\"><a href=\"" +
                               hc::escapeHtml("/dashboard/team/" + html::urlEncode(s.id) + "?period=2026-Q3#area-" + a.id) +
                               "\" class=\"govuk-link\"><span class=\"hc-cell__status\">" +
                               hc::escapeHtml(dashboard::statusWord(a.status)) +
                               "</span> <span class=\"hc-cell__score\">" + reports::formatNumber(*a.score, 0) + "</span>";
      EXPECT_NE(r.body.find(cell), std::string::npos) << cell;
      ++rated;
    }
  }
  EXPECT_EQ(teams, 4);
  EXPECT_GT(rated, 0);
  // A table a screen reader can navigate: the teams in attention order,
  // then the council and its services.
  EXPECT_NE(r.body.find("<caption"), std::string::npos);
  EXPECT_NE(r.body.find("<th scope=\"col\""), std::string::npos);
  ASSERT_NE(r.body.find("Northshire Council</th>"), std::string::npos);
  EXPECT_GT(r.body.find("Northshire Council</th>"), r.body.find("/dashboard/team/"));
  size_t last = 0;
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& s : hc.scopes)
    if (s.level == metrics::Level::kTeam && s.rank) ranked.push_back({*s.rank, s.id});
  std::sort(ranked.begin(), ranked.end());
  const size_t map = r.body.find("hc-heatmap");
  for (const auto& [rank, id] : ranked) {
    const size_t at = r.body.find("<span class=\"hc-rank\">" + std::to_string(rank) + "</span> <a class=\"govuk-link\" "
                                  "href=\"/dashboard/team/" + id + "?", map);
    ASSERT_NE(at, std::string::npos) << id;
    EXPECT_GT(at, last) << "rank " << rank << " in attention order";
    last = at;
  }
}

TEST_F(DashboardPagesTest, HostileTeamNameIsEscapedEverywhere) {
  for (const std::string path : {"/dashboard", "/dashboard/team/T0001", "/dashboard/metric/vacancy_rate"}) {
    const http::Response r = get(path, {{"period", "2026-Q3"}});
    ASSERT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.body.find(kHostile), std::string::npos) << path;
    EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << path;
  }
}

TEST_F(DashboardPagesTest, TeamPageShowsEveryMetricAsTheEngineWithTrend) {
  const http::Response r = get("/dashboard/team/T0002", {{"period", "2026-Q3"}, {"service", "children"}});
  ASSERT_EQ(r.status, 200);
  const metrics::HealthCheck hc = expected("2026-Q3");
  const metrics::ScopeResult* team = dashboard::findScope(hc, metrics::Level::kTeam, "T0002");
  ASSERT_NE(team, nullptr);
  for (const auto& a : team->areas) {
    EXPECT_NE(r.body.find("id=\"area-" + a.id + "\""), std::string::npos) << a.id;
    for (const auto& m : a.metrics) {
      const auto* info = metrics::findMetric(m.id);
      const size_t row = r.body.find("id=\"metric-" + m.id + "\"");
      ASSERT_NE(row, std::string::npos) << m.id;
      const std::string tail = r.body.substr(row, r.body.find("</tr>", row) - row);
      EXPECT_NE(tail.find(">" + hc::escapeHtml(dashboard::figureText(*info, m)) + "<"), std::string::npos) << tail;
      EXPECT_NE(tail.find(dashboard::statusTag(m.status).str()), std::string::npos) << tail;
      if (info->people_based) {
        EXPECT_NE(tail.find(">" + std::to_string(m.n) + " ("), std::string::npos) << tail;
      }
    }
  }
  // One trend chart per metric, each with a text alternative.
  int charts = 0;
  for (size_t at = r.body.find("<svg class=\"hc-spark\""); at != std::string::npos;
       at = r.body.find("<svg class=\"hc-spark\"", at + 1)) {
    const std::string svg = r.body.substr(at, r.body.find("</svg>", at) - at);
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("<title id="), std::string::npos);
    EXPECT_NE(svg.find("<desc id="), std::string::npos);
    ++charts;
  }
  EXPECT_EQ(charts, metrics::kMetricCount);
  // Links keep the filters.
  EXPECT_NE(r.body.find("/dashboard/metric/vacancy_rate?period=2026-Q3&amp;service=children"), std::string::npos);
  EXPECT_EQ(get("/dashboard/team/NOPE", {{"period", "2026-Q3"}}).status, 404);
}

TEST_F(DashboardPagesTest, FiltersStayInEveryLinkAndLimitTheTeams) {
  const http::Response r = get("/dashboard", {{"period", "2026-Q2"}, {"service", "children"}, {"locality", "North"}});
  ASSERT_EQ(r.status, 200);
  const metrics::HealthCheck hc = expected("2026-Q2");
  int shown = 0;
  for (const auto& s : hc.scopes) {
    if (s.level != metrics::Level::kTeam) continue;
    const bool in = s.service == "children" && s.locality == "North";
    shown += in;
    EXPECT_EQ(r.body.find("/dashboard/team/" + s.id + "?"), in ? r.body.find("/dashboard/team/" + s.id + "?period=2026-Q2&amp;service=children&amp;locality=North") : std::string::npos) << s.id;
  }
  EXPECT_GT(shown, 0);
  const std::string body = r.body;
  const std::regex link("href=\"(/dashboard[^\"#]*)");
  for (std::sregex_iterator it(body.begin(), body.end(), link), end; it != end; ++it) {
    const std::string href = (*it)[1];
    if (href == "/dashboard/dashboard.css" || href == "/dashboard/glossary") continue;  // the same for every view
    EXPECT_NE(href.find("service=children&amp;locality=North"), std::string::npos) << href;
  }
}

TEST_F(DashboardPagesTest, MetricPageListsTeamsBestFirstAgainstTheThresholds) {
  const http::Response r = get("/dashboard/metric/vacancy_rate", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Green: 10.0% or lower"), std::string::npos);  // vacancy_rate's default limits
  std::vector<double> values;
  const metrics::HealthCheck hc = expected("2026-Q3");
  std::vector<std::pair<double, std::string>> teams;
  for (const auto& s : hc.scopes)
    if (s.level == metrics::Level::kTeam && s.areas[0].metrics[0].value)
      teams.push_back({*s.areas[0].metrics[0].value, s.id});
  std::sort(teams.begin(), teams.end());
  ASSERT_GE(teams.size(), 2u);
  size_t last = 0;
  for (const auto& t : teams) {  // lower is better: ascending order on the page
    const size_t at = r.body.find("/dashboard/team/" + t.second + "?period=2026-Q3#metric-vacancy_rate");
    ASSERT_NE(at, std::string::npos) << t.second;
    EXPECT_GT(at, last) << t.second;
    last = at;
  }
  EXPECT_NE(r.body.find("role=\"img\""), std::string::npos);  // the chart, for a short list
  EXPECT_EQ(get("/dashboard/metric/no_such_metric").status, 404);
}

TEST_F(DashboardPagesTest, DownloadsHoldTheShownScopes) {
  const http::Response csv = get("/dashboard.csv", {{"period", "2026-Q3"}, {"service", "adults"}});
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_NE(csv.header("Content-Disposition").find("healthcheck-2026-Q3-adults.csv"), std::string::npos);
  EXPECT_EQ(csv.body.rfind("period,level,scope_id,scope_name,area,metric,value", 0), 0u);
  EXPECT_NE(csv.body.find("2026-Q3,service,adults,"), std::string::npos);
  EXPECT_EQ(csv.body.find("2026-Q3,service,children,"), std::string::npos);
  EXPECT_EQ(csv.body.find("2026-Q3,team,T0001,"), std::string::npos);  // a children's team
  // Figures as the screen shows them (one decimal for a rate), the exact
  // value in the last column.
  const std::vector<std::string> vacancy = csvRow(csv.body, "adults", "vacancy_rate");
  ASSERT_EQ(vacancy.size(), 20u);
  ASSERT_FALSE(vacancy[6].empty());
  EXPECT_EQ(vacancy[6].size() - vacancy[6].find('.'), 2u) << vacancy[6];
  EXPECT_NEAR(std::stod(vacancy[6]), std::stod(vacancy[19]), 0.05);
  const http::Response xlsx = get("/dashboard.xlsx", {{"period", "2026-Q3"}});
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_GT(xlsx.body.size(), 1000u);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");  // a zip, as every XLSX is
  EXPECT_NE(xlsx.body.find("xl/worksheets/"), std::string::npos);
}

TEST_F(DashboardPagesTest, AnImportChangesTheNextPage) {
  http::Response r = get("/dashboard", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find("Renamed after import"), std::string::npos);
  renameTeam(dir_ + "/demo/teams.csv", "T0002", "Renamed after import");
  importPaths(db_.url(), {dir_ + "/demo/teams.csv"});
  r = get("/dashboard", {{"period", "2026-Q3"}});
  EXPECT_NE(r.body.find("Renamed after import"), std::string::npos);
}

TEST_F(DashboardPagesTest, BadPeriodIsExplainedNotAnError) {
  const http::Response r = get("/dashboard", {{"period", "2026-Q5"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("2026-Q3"), std::string::npos);  // an example of a good one
}

TEST_F(DashboardPagesTest, MembersReportIsServedWithPublishedFiguresAndNoInlineStyle) {
  const http::Response r = get("/report/members", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<link rel=\"stylesheet\" href=\"/report/members.css\">"), std::string::npos);
  EXPECT_EQ(r.body.find("<style"), std::string::npos);  // the CSP would block it
  EXPECT_NE(r.body.find("2026-Q3"), std::string::npos);
  const http::Response css = get("/report/members.css");
  EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
  EXPECT_GT(css.body.size(), 100u);
}

// Where they name the period, the overview and the members' report say how
// far the records reach: the demo's last record date, then the extract
// date of a later snapshot (data-contract.md "Extract dates").
TEST_F(DashboardPagesTest, OverviewAndMembersReportSayHowFarTheRecordsReach) {
  http::Response r = get("/dashboard", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("1 July to 30 September 2026; records up to 30 September 2026</span>"), std::string::npos);

  auto db = store::openDatabase(db_.url());
  ingest::ImportOptions snapshot;
  snapshot.extracted = Date::fromCivil(2026, 10, 31);
  const auto reports = ingest::importPaths(*db, {dir_ + "/demo/teams.csv"}, snapshot);
  ASSERT_FALSE(ingest::anyRejected(reports));
  r = get("/dashboard", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("1 July to 30 September 2026; records up to 31 October 2026</span>"), std::string::npos);
  r = get("/report/members", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("2026-Q3: 1 July to 30 September 2026; records up to 31 October 2026. Written "),
            std::string::npos);
}

TEST_F(DashboardPagesTest, OverviewLinksToTheComparisonPage) {
  const http::Response r = get("/dashboard", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<a class=\"hc-nav__link\" href=\"/dashboard/compare?period=2026-Q3\">Compare</a>"),
            std::string::npos)
      << "in the header's sections";
  EXPECT_NE(r.body.find("<a class=\"govuk-link\" href=\"/dashboard/compare?period=2026-Q3\">Compare with other "
                        "councils</a>"),
            std::string::npos);
}

TEST_F(DashboardPagesTest, ComparisonPageWithoutDfeFiguresSaysHowToImportThem) {
  const http::Response r = get("/dashboard/compare", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("There is nothing to compare with yet: no imported DfE year ends by 2026-09-30"),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("healthcheck benchmarks import FILE"), std::string::npos);
  EXPECT_EQ(r.body.find("<table"), std::string::npos);
}

TEST_F(DashboardPagesTest, ComparisonPageRanksTheCouncilAmongRegionAndNeighbours) {
  importBenchmarks();
  const http::Response r = get("/dashboard/compare", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<h1 class=\"govuk-heading-l\">Compared with other councils: 2026-Q3</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("census year to 30 September 2025"), std::string::npos);
  // Summary: a captioned table, a row per published measure.
  EXPECT_NE(r.body.find("<caption class=\"govuk-table__caption govuk-table__caption--m\" id=\"compare-summary-caption\">"),
            std::string::npos);
  for (const char* id : {"vacancy_rate", "agency_rate", "turnover_rate", "caseload_avg", "sickness_rate"})
    EXPECT_NE(r.body.find(std::string("<section id=\"compare-") + id + "\""), std::string::npos) << id;
  // Vacancy: Darlington 10.0 ties 2nd of 5 in the North East and 1st of 4
  // among its neighbours; England 14.2, North East 8.9, neighbours 14.0.
  const size_t vacancy = r.body.find("href=\"#compare-vacancy_rate\"");
  ASSERT_NE(vacancy, std::string::npos);
  const std::string row = r.body.substr(vacancy, r.body.find("</tr>", vacancy) - vacancy);
  EXPECT_NE(row.find(">10.0%</td><td class=\"govuk-table__cell\">14.2%</td><td class=\"govuk-table__cell\">North "
                     "East: 8.9%</td><td class=\"govuk-table__cell\">14.0%</td><td class=\"govuk-table__cell\">2 of "
                     "5</td><td class=\"govuk-table__cell\">1 of 4</td>"),
            std::string::npos)
      << row;
  // The ranked lists: the council marked in words, unpublished last.
  EXPECT_NE(r.body.find("<strong>Northshire Council (DfE: Darlington)</strong>"), std::string::npos)
      << "the council's own name (the page header's), with the DfE's name for it";
  EXPECT_NE(r.body.find("the figure from this health check set beside them is that of the council&#39;s children&#39;s "
                        "services teams, not the whole council&#39;s"),
            std::string::npos);
  EXPECT_NE(r.body.find("Vacancy rate in North East, best first, DfE 2025</caption>"), std::string::npos);
  EXPECT_NE(r.body.find("<th scope=\"row\" class=\"govuk-table__header\">authority 202</th><td "
                        "class=\"govuk-table__cell\">Not published</td>"),
            std::string::npos);
  // A chart per measure with England and the region as titled reference lines.
  EXPECT_NE(r.body.find("<g class=\"hc-benchmark\"><title>England (DfE, year to 30 September 2025): 14.2%</title>"),
            std::string::npos);
  EXPECT_NE(r.body.find("<g class=\"hc-benchmark\"><title>North East (DfE, year to 30 September 2025): 8.9%</title>"),
            std::string::npos);
}

TEST_F(DashboardPagesTest, ChartsOfPublishedMeasuresCarryBenchmarkLines) {
  importBenchmarks();
  const http::Response metric = get("/dashboard/metric/vacancy_rate", {{"period", "2026-Q3"}});
  ASSERT_EQ(metric.status, 200);
  EXPECT_NE(metric.body.find("<p class=\"govuk-body\" id=\"benchmark\">The England rate was 14.2%, the North East "
                             "rate was 8.9% and the statistical neighbours&#39; average was 14.0% (DfE, year to 30 "
                             "September 2025)."),
            std::string::npos);
  EXPECT_NE(metric.body.find("<g class=\"hc-benchmark\"><title>England (DfE, year to 30 September 2025): 14.2%"),
            std::string::npos);
  // A metric the DfE does not publish has none.
  const http::Response max = get("/dashboard/metric/caseload_max", {{"period", "2026-Q3"}});
  EXPECT_EQ(max.body.find("hc-benchmark"), std::string::npos);

  // The team page: each published measure's trend chart has the lines,
  // and its words state the figures per period.
  const http::Response team = get("/dashboard/team/T0002", {{"period", "2026-Q3"}});
  ASSERT_EQ(team.status, 200);
  const size_t at = team.body.find("<svg class=\"hc-spark\" id=\"trend-vacancy_rate\"");
  ASSERT_NE(at, std::string::npos);
  const std::string svg = team.body.substr(at, team.body.find("</ul>", at) - at);
  EXPECT_NE(svg.find("<g class=\"hc-benchmark hc-benchmark--England\"><title>England, the DfE&#39;s published figure"),
            std::string::npos);
  EXPECT_NE(svg.find("2026-Q3: "), std::string::npos);
  EXPECT_NE(svg.find("(England 14.2%, North East 8.9%, Statistical neighbours&#39; average 14.0%)</li>"), std::string::npos)
      << svg;
  int lined = 0;
  for (size_t p = team.body.find("hc-benchmark--England"); p != std::string::npos;
       p = team.body.find("hc-benchmark--England", p + 1))
    ++lined;
  EXPECT_EQ(lined, 5);  // vacancy, agency, turnover, caseload, sickness
}

TEST_F(DashboardPagesTest, DownloadedWorkbookHasTheBenchmarksSheet) {
  importBenchmarks();
  const http::Response r = get("/dashboard.xlsx", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  testing::writeFile(dir_ + "/download.xlsx", r.body);
  const auto book = reports::testing::readXlsx(dir_ + "/download.xlsx");
  ASSERT_TRUE(book.error.empty()) << book.error;
  EXPECT_EQ(book.sheets.at("Benchmarks").cells.at("A5").text, "Vacancy rate");
  EXPECT_DOUBLE_EQ(book.sheets.at("Benchmarks").cells.at("D5").number, 14.2);  // England, 2025
}

// Every text cell of every sheet, joined.
std::string workbookText(const std::string& path) {
  const auto book = reports::testing::readXlsx(path);
  EXPECT_TRUE(book.error.empty()) << book.error;
  std::string all;
  for (const auto& [name, sheet] : book.sheets)
    for (const auto& [at, cell] : sheet.cells) all += cell.text + "\n";
  return all;
}

TEST_F(DashboardPagesTest, DownloadedWorkbookBannerSaysWhatThatViewersCopyHolds) {
  const std::map<std::string, std::string> q{{"period", "2026-Q3"}};
  std::string t2_name;
  for (const auto& s : expected("2026-Q3").scopes)
    if (s.id == "T0002") t2_name = s.name;
  ASSERT_FALSE(t2_name.empty());
  auto banner = [&](const std::string& file) {
    const http::Response r = get("/dashboard.xlsx", q);
    EXPECT_EQ(r.status, 200);
    testing::writeFile(dir_ + "/" + file, r.body);
    return workbookText(dir_ + "/" + file);
  };
  EXPECT_NE(banner("director.xlsx").find("figures are NOT suppressed"), std::string::npos);
  viewer_.role = access::Role::kMember;
  const std::string member = banner("member.xlsx");
  EXPECT_EQ(member.find("NOT suppressed"), std::string::npos);
  EXPECT_NE(member.find("Published figures: figures resting on fewer than 5 people are suppressed"), std::string::npos);
  viewer_.role = access::Role::kManager;
  viewer_.teams = {"T0002"};
  const std::string manager = banner("manager.xlsx");
  EXPECT_EQ(manager.find("NOT suppressed"), std::string::npos);
  EXPECT_NE(manager.find("Not for publication: " + t2_name + " as computed; every other figure"), std::string::npos)
      << manager.substr(0, 600);
}

TEST_F(DashboardPagesTest, EveryDownloadIsAudited) {
  const std::map<std::string, std::string> q{{"period", "2026-Q3"}};
  viewer_.username = "dora";
  ASSERT_EQ(get("/dashboard.csv", q).status, 200);
  ASSERT_EQ(get("/dashboard.xlsx", q).status, 200);
  viewer_.username = "mo";
  viewer_.role = access::Role::kMember;
  ASSERT_EQ(get("/report/members", q).status, 200);
  auto db = db_.open();
  std::string log;
  for (const access::AuditEntry& e : access::AuditLog(*db).since("2000-01-01"))
    log += e.actor + "|" + e.action + "|" + e.subject + "|" + e.detail + "\n";
  for (const char* row : {"dora|report-export|dashboard.csv|2026-Q3 as director\n",
                          "dora|report-export|dashboard.xlsx|2026-Q3 as director\n",
                          "mo|report-export|members report|2026-Q3 as member\n"})
    EXPECT_NE(log.find(row), std::string::npos) << row << log;
}

TEST_F(DashboardPagesTest, MembersReportInTheServerStatesTheEnglandRate) {
  importBenchmarks();
  const http::Response r = get("/report/members", {{"period", "2026-Q3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("The England rate was 14.2%, the North East rate was 8.9% and the statistical neighbours&#39; "
                        "average was 14.0% (DfE, year to 30 September 2025)."),
            std::string::npos);
}

}  // namespace
}  // namespace hc::web

// The overview's parts on a hand-built health check: attention order and
// the sort control, the reasons in words, the cells (status in words, area
// score, red measures, signal marks), the "Needs attention" list, an area
// no team has figures for said once, the header's sections and each role's
// landing page, and the signal charts' text alternatives.
#include <gtest/gtest.h>

#include "web/dashboard/dashboard_attention.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/dashboard/dashboard_process_chart.h"
#include "web/view/site_header.h"

namespace hc::web {
namespace {

using dashboard::DashboardQuery;
using view::landingPath;
using view::SiteHeader;
using view::siteHeader;
using view::siteHeaderNav;
namespace section = view::section;
using metrics::Comparison;
using metrics::Level;
using metrics::Status;
using metrics::Trend;

metrics::MetricResult metric(const char* id, double value, Status status, int64_t n = 20) {
  metrics::MetricResult m;
  m.id = id;
  m.value = value;
  m.n = n;
  m.status = status;
  return m;
}

// A workload area of two measures and an unrated tools area (no survey).
metrics::ScopeResult scope(Level level, const char* id, const char* name, std::optional<int> rank, double score,
                           Status vacancy, Status agency) {
  metrics::ScopeResult s;
  s.level = level;
  s.id = id;
  s.name = name;
  s.service = level == Level::kTeam ? "children" : "";
  s.rank = rank;
  s.score = score;
  metrics::AreaResult workload;
  workload.id = "workload";
  workload.metrics = {metric("vacancy_rate", vacancy == Status::kRed ? 30 : 5, vacancy),
                      metric("agency_rate", agency == Status::kRed ? 40 : 5, agency)};
  workload.score = score;
  workload.status = score >= 75 ? Status::kGreen : score >= 50 ? Status::kAmber : Status::kRed;
  workload.measures = 2;
  workload.red_measures = (vacancy == Status::kRed) + (agency == Status::kRed);
  metrics::AreaResult tools;
  tools.id = "tools";
  tools.metrics = {metrics::MetricResult{"survey_tools"}};
  s.areas = {workload, tools};
  return s;
}

metrics::HealthCheck sample() {
  metrics::HealthCheck hc;
  hc.period = *metrics::Period::parse("2026-Q3");
  hc.has_data = true;
  hc.scopes = {scope(Level::kCouncil, "council", "Northshire", std::nullopt, 50, Status::kGreen, Status::kRed),
               scope(Level::kService, "children", "Children's services", std::nullopt, 50, Status::kGreen,
                     Status::kRed),
               scope(Level::kTeam, "T1", "Alpha team", 3, 100, Status::kGreen, Status::kGreen),
               scope(Level::kTeam, "T2", "Bravo team", 1, 0, Status::kRed, Status::kRed),
               scope(Level::kTeam, "T3", "Charlie team", 2, 50, Status::kGreen, Status::kRed),
               scope(Level::kTeam, "T4", "Delta team", 4, 100, Status::kGreen, Status::kGreen)};
  // Bravo's vacancy rate is significantly worse than the council's 5.0%.
  hc.scopes[3].areas[0].metrics[0].signal.vs_council = Comparison::kWorse;
  hc.scopes[3].worse_signals = 1;
  // Delta (rank 4) has a worse signal too, so it is listed as well.
  hc.scopes[5].areas[0].metrics[1].signal.vs_council = Comparison::kWorse;
  hc.scopes[5].worse_signals = 1;
  hc.scopes[4].areas[0].metrics[1].signal.trend = Trend::kConcern;
  return hc;
}

std::vector<std::string> names(const std::vector<const metrics::ScopeResult*>& teams) {
  std::vector<std::string> out;
  for (const auto* t : teams) out.push_back(t->name);
  return out;
}

TEST(DashboardAttentionTest, TeamsInAttentionOrderUnlessSortedByName) {
  const metrics::HealthCheck hc = sample();
  DashboardQuery q;
  q.period = hc.period;
  EXPECT_EQ(names(dashboard::sortedTeams(hc, q)),
            (std::vector<std::string>{"Bravo team", "Charlie team", "Alpha team", "Delta team"}));
  q.sort = "name";
  EXPECT_EQ(names(dashboard::sortedTeams(hc, q)),
            (std::vector<std::string>{"Alpha team", "Bravo team", "Charlie team", "Delta team"}));
}

TEST(DashboardAttentionTest, ReasonsInPlainWordsSignalsFirst) {
  const metrics::HealthCheck hc = sample();
  const auto bravo = dashboard::teamReasons(hc, hc.scopes[3], 3);
  ASSERT_EQ(bravo.size(), 2u);
  EXPECT_EQ(bravo[0], "Vacancy rate 30.0%, significantly worse than the council's 5.0%");
  EXPECT_EQ(bravo[1], "Agency rate red at 40.0%");
  const auto charlie = dashboard::teamReasons(hc, hc.scopes[4], 3);
  ASSERT_EQ(charlie.size(), 1u);
  EXPECT_EQ(charlie[0], "Agency rate 40.0%: getting worse beyond what chance explains (special cause)");
  EXPECT_EQ(dashboard::areaReason(hc.scopes[3].areas[0]), "vacancy rate and agency rate");
  EXPECT_EQ(dashboard::areaReason(hc.scopes[2].areas[0]), "") << "green: nothing drove it down";
}

TEST(DashboardAttentionTest, NeedsAttentionListsRanksOneToThreeAndWorseSignals) {
  const metrics::HealthCheck hc = sample();
  DashboardQuery q;
  q.period = hc.period;
  const std::string html = dashboard::needsAttentionHtml(hc, q).str();
  const size_t bravo = html.find(">Bravo team</a>"), charlie = html.find(">Charlie team</a>"),
               alpha = html.find(">Alpha team</a>"), delta = html.find(">Delta team</a>");
  ASSERT_NE(bravo, std::string::npos) << html;
  EXPECT_LT(bravo, charlie);
  EXPECT_LT(charlie, alpha);
  EXPECT_LT(alpha, delta) << "rank 4 listed for its worse signal";
  EXPECT_NE(html.find("(Children&#39;s services; rank 1, score 0)</span>: Vacancy rate 30.0%, significantly worse"),
            std::string::npos)
      << html;
}

TEST(DashboardOverviewTest, CellsSayStatusScoreRedMeasuresAndSignalsAndUnratedAreasAreSaidOnce) {
  const metrics::HealthCheck hc = sample();
  DashboardQuery q;
  q.period = hc.period;
  const std::string html = dashboard::overviewHtml(hc, q, {hc.period}).str();
  // Bravo's workload cell: red, score 0, both measures red, the worse mark.
  EXPECT_NE(html.find("<span class=\"hc-cell__status\">Red</span> <span class=\"hc-cell__score\">0</span> "
                      "<span class=\"hc-mark\" aria-hidden=\"true\">&#9650;</span>"),
            std::string::npos);
  EXPECT_NE(html.find("<span class=\"hc-cell__reds\">2 of 2 red</span><span class=\"hc-cell__why\">vacancy rate "
                      "and agency rate</span>"),
            std::string::npos);
  // The tools area has no figures: no column, one sentence saying what to do.
  EXPECT_EQ(html.find("<th scope=\"col\" class=\"govuk-table__header\">Having the right tools"), std::string::npos);
  EXPECT_NE(html.find("has no figures for any team in 2026-Q3, so it is not rated. Its measure is the staff survey"),
            std::string::npos);
  // The heat map comes before the downloads, the Needs attention list before both.
  EXPECT_LT(html.find("Needs attention"), html.find("hc-heatmap"));
  EXPECT_LT(html.find("hc-heatmap"), html.find("/dashboard.csv"));
  EXPECT_EQ(html.find(">children<"), std::string::npos) << "no raw service id";
}

TEST(SiteHeaderTest, SectionsByRoleAndEachRolesLandingPage) {
  access::User director{"dora", access::Role::kDirector, {}, {}};
  const SiteHeader h = siteHeader(director, "tok\"1", section::kCompare, "?period=2026-Q3&service=children");
  std::vector<std::string> labels;
  for (const auto& l : h.links) labels.push_back(l.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Overview", "Compare", "Staff survey", "Members' report", "Glossary",
                                              "Audit", "Your account"}));
  EXPECT_TRUE(h.links[1].current);
  EXPECT_EQ(h.links[0].href, "/dashboard?period=2026-Q3&service=children");
  EXPECT_EQ(h.links[3].href, "/report/members?period=2026-Q3");
  const std::string html = siteHeaderNav(h).str();
  EXPECT_NE(html.find("aria-current=\"page\">Compare</a>"), std::string::npos);
  EXPECT_NE(html.find("<form method=\"post\" action=\"/logout\" novalidate><input type=\"hidden\" name=\"csrf\" "
                      "value=\"tok&quot;1\">"),
            std::string::npos);

  access::User admin{"adam", access::Role::kAdmin, {}, {}};
  std::vector<std::string> admin_labels;
  for (const auto& l : siteHeader(admin, "", "", "").links) admin_labels.push_back(l.label);
  EXPECT_EQ(admin_labels, (std::vector<std::string>{"Admin", "Data", "Surveys", "Accounts", "Settings", "Audit",
                                                    "Your account"}))
      << "the admin area, and no figures";
  access::User analyst{"ann", access::Role::kAnalyst, {}, {}};
  std::vector<std::string> analyst_labels;
  for (const auto& l : siteHeader(analyst, "", "", "").links) analyst_labels.push_back(l.label);
  EXPECT_EQ(analyst_labels, (std::vector<std::string>{"Data", "Your account"}));
  EXPECT_EQ(landingPath(analyst), "/admin/imports");
  EXPECT_EQ(landingPath(admin), "/admin");
  EXPECT_EQ(landingPath(director), "/dashboard");
  EXPECT_EQ(landingPath(access::User{"meg", access::Role::kMember, {}, {}}), "/dashboard");
  EXPECT_EQ(landingPath(access::User{"mo", access::Role::kManager, {"T7", "T2"}, {}}), "/dashboard/team/T2");
  EXPECT_EQ(landingPath(access::User{"mo", access::Role::kManager, {}, {"adults"}}), "/dashboard?service=adults");
}

TEST(SignalChartsTest, ProcessChartStatesMeanLimitsAndSpecialCause) {
  // {5,5,5,5,5,5,5,9}, lower better: m 5.5, MR 4/7 = 0.571, limits
  // 5.5 +- 2.66 x 0.571 = 3.98 to 7.02; 9 lies above: a concern.
  std::vector<dashboard::HistoryPoint> points;
  for (int i = 0; i < 7; ++i) points.push_back({"2025-Q" + std::to_string(i % 4 + 1), 5.0});
  points.push_back({"2026-Q3", 9.0});
  const std::string html = dashboard::processChartHtml("spc-x", *metrics::findMetric("vacancy_rate"), points).str();
  EXPECT_NE(html.find("Mean 5.5%; process limits 4.0% to 7.0%. Signal: a special cause, getting worse."),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<li>2026-Q3: 9.0% (special cause)</li>"), std::string::npos);
  EXPECT_NE(html.find("aria-labelledby=\"spc-x-title spc-x-desc\""), std::string::npos);
  EXPECT_NE(html.find(">Latest 9.0%</text>"), std::string::npos);
  // The limits are named in the key below the plot, inside the chart's 340 units.
  EXPECT_NE(html.find(">Upper limit 7.0%</text>"), std::string::npos);
  EXPECT_NE(html.find(">Lower limit 4.0%</text>"), std::string::npos);
  EXPECT_NE(html.find("viewBox=\"0 0 340.0 "), std::string::npos);
}

TEST(SignalChartsTest, FunnelPlotMarksTeamsOutsideTheLimits) {
  // Council 20%: at n = 100 the 99.8% limits are 20 +- 3.09 x 4 = 7.64 to
  // 32.36; no-access visits are better lower, so 40% is worse and 25% within.
  const std::string html = dashboard::funnelPlotHtml("funnel-x", *metrics::findMetric("no_access_rate"), 20.0,
                                                     {{"Alpha", 40.0, 100}, {"Bravo", 25.0, 100}}).str();
  EXPECT_NE(html.find("Alpha: 40.0% of 100, significantly worse than the council"), std::string::npos) << html;
  EXPECT_NE(html.find("Bravo: 25.0% of 100, within the limits"), std::string::npos);
  EXPECT_NE(html.find(">Council 20.0%</text>"), std::string::npos);
  EXPECT_NE(html.find(">95% limits</text>"), std::string::npos);
  EXPECT_NE(html.find(">99.8% limits</text>"), std::string::npos);
  EXPECT_EQ(dashboard::funnelPlotHtml("f", *metrics::findMetric("no_access_rate"), 20.0, {}).str(), "");
}

}  // namespace
}  // namespace hc::web

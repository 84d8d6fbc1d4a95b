// The heat map's cells open the measure they name: a council or service
// cell saying "largest caseload" opens the largest caseload's spread, not
// the area's first measure of the area's colour (issue 24, item 3), and a
// team's cell opens the team's area that holds it.
#include <gtest/gtest.h>

#include <cctype>
#include <regex>

#include "metrics/catalogue.h"
#include "web/dashboard/dashboard_attention.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"

namespace hc::web {
namespace {

using metrics::Level;
using metrics::Status;

metrics::MetricResult measure(const char* id, double value, Status status, bool suppressed = false) {
  metrics::MetricResult m;
  m.id = id;
  m.value = value;
  m.n = 20;
  m.status = status;
  m.suppressed = suppressed;
  return m;
}

metrics::AreaResult area(const char* id, double score, std::vector<metrics::MetricResult> ms) {
  metrics::AreaResult a;
  a.id = id;
  a.score = score;
  a.status = score >= 75 ? Status::kGreen : score >= 50 ? Status::kAmber : Status::kRed;
  a.metrics = std::move(ms);
  a.measures = int(a.metrics.size());
  for (const auto& m : a.metrics) a.red_measures += m.status == Status::kRed;
  return a;
}

metrics::ScopeResult scope(Level level, const char* id, const char* name, std::vector<metrics::AreaResult> areas) {
  metrics::ScopeResult s;
  s.level = level;
  s.id = id;
  s.name = name;
  s.service = level == Level::kTeam ? "children" : "";
  if (level == Level::kTeam) s.rank = 1;
  s.score = 50;
  s.areas = std::move(areas);
  return s;
}

// The cases of the issue: an amber area whose red measure is not its first
// (the council's workload: vacancy rate amber, the largest caseload red),
// an area whose first measure of its colour is suppressed, and a red area
// naming its red measures.
metrics::HealthCheck sample() {
  metrics::HealthCheck hc;
  hc.period = *metrics::Period::parse("2026-Q3");
  hc.has_data = true;
  auto workload = [](Status vacancy, Status caseload) {
    return area("workload", 60, {measure("vacancy_rate", 12, vacancy), measure("agency_rate", 5, Status::kGreen),
                                 measure("caseload_max", 31, caseload)});
  };
  auto allocation = [](bool suppressed) {
    return area("allocation", 55, {measure("referral_peak_ratio", 1.2, Status::kAmber, suppressed),
                                   measure("unallocated_median_days", 9, Status::kAmber)});
  };
  hc.scopes = {scope(Level::kCouncil, "council", "Northshire", {workload(Status::kAmber, Status::kRed), allocation(false)}),
               scope(Level::kService, "children", "Children's services",
                     {workload(Status::kAmber, Status::kRed), allocation(true)}),
               scope(Level::kService, "adults", "Adults' services",
                     {area("workload", 30, {measure("vacancy_rate", 30, Status::kRed),
                                            measure("caseload_max", 40, Status::kRed)}),
                      allocation(true)}),
               scope(Level::kTeam, "T1", "Alpha team", {workload(Status::kAmber, Status::kRed), allocation(true)})};
  return hc;
}

std::string lowerFirst(std::string s) {
  if (!s.empty()) s[0] = char(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

const metrics::AreaResult* areaOf(const metrics::HealthCheck& hc, const std::string& scope_id, const std::string& area) {
  for (const auto& s : hc.scopes)
    if (s.id == scope_id)
      for (const auto& a : s.areas)
        if (a.id == area) return &a;
  return nullptr;
}

TEST(HeatMapLinksTest, EveryCellOpensTheMeasureItNames) {
  const metrics::HealthCheck hc = sample();
  dashboard::DashboardQuery q;
  q.period = hc.period;
  const std::string html = dashboard::overviewHtml(hc, q, {hc.period}).str();
  // A cell: its link, and the measures it names ("vacancy rate and 1 more").
  const std::regex cell("<td class=\"govuk-table__cell hc-cell[^\"]*\"><a href=\"([^\"]+)\"[^>]*>(.*?)</a></td>");
  const std::regex why("<span class=\"hc-cell__why\">([^<]*)</span>");
  const std::regex metric_link("^/dashboard/metric/([a-z_]+)\\?");
  const std::regex team_link("^/dashboard/team/([A-Za-z0-9]+)\\?.*#area-([a-z_]+)$");
  int metric_cells = 0, team_cells = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), cell); it != std::sregex_iterator(); ++it) {
    const std::string href = (*it)[1], inside = (*it)[2];
    std::smatch named;
    if (!std::regex_search(inside, named, why)) continue;
    // The first measure named: up to " and " or ", ".
    std::string first = named[1];
    first = first.substr(0, std::min(first.find(" and "), first.find(", ")));
    std::smatch m;
    if (std::regex_search(href, m, metric_link)) {
      const metrics::MetricInfo* info = metrics::findMetric(m[1].str());
      ASSERT_NE(info, nullptr) << href;
      EXPECT_EQ(lowerFirst(std::string(info->label)), first) << "the cell names \"" << named[1] << "\", opens " << href;
      ++metric_cells;
    } else if (std::regex_search(href, m, team_link)) {
      const metrics::AreaResult* a = areaOf(hc, m[1], m[2]);
      ASSERT_NE(a, nullptr) << href;
      bool holds = false;
      for (const auto& r : a->metrics)
        if (const auto* info = metrics::findMetric(r.id)) holds = holds || lowerFirst(std::string(info->label)) == first;
      EXPECT_TRUE(holds) << "the team's area " << href << " holds " << first;
      ++team_cells;
    } else {
      ADD_FAILURE() << "a cell opens neither a measure nor a team's area: " << href;
    }
  }
  EXPECT_EQ(metric_cells, 6) << "the council's and both services' two areas";
  EXPECT_EQ(team_cells, 2);
  // The issue's own case: the council's workload cell says "largest
  // caseload" and opens it.
  EXPECT_NE(html.find("/dashboard/metric/caseload_max?period=2026-Q3"), std::string::npos) << html;
}

TEST(HeatMapLinksTest, TheMeasuresNamedAreTheRedOnesElseTheAmberOnesAndNeverASuppressedOne) {
  const metrics::HealthCheck hc = sample();
  auto ids = [](const metrics::AreaResult& a) {
    std::vector<std::string> out;
    for (const auto* m : dashboard::reasonMetrics(a)) out.push_back(m->id);
    return out;
  };
  EXPECT_EQ(ids(hc.scopes[0].areas[0]), (std::vector<std::string>{"caseload_max"}));
  EXPECT_EQ(dashboard::areaReason(hc.scopes[0].areas[0]), "largest caseload");
  EXPECT_EQ(ids(hc.scopes[1].areas[1]), (std::vector<std::string>{"unallocated_median_days"}));
  EXPECT_EQ(ids(hc.scopes[2].areas[0]), (std::vector<std::string>{"vacancy_rate", "caseload_max"}));
}

}  // namespace
}  // namespace hc::web

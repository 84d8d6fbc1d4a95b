// computeHealthCheck as a whole: scopes, area status, trend, no data.
#include "metrics/health_check.h"

#include <gtest/gtest.h>

#include "core/visit_tally.h"
#include "fixtures.h"
#include "metrics/catalogue.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

constexpr double kEps = 1e-9;

TEST(HealthCheckTest, ScopesAreCouncilThenServicesWithTeamsThenTeams) {
  Dataset d;
  d.teams = {team("T9", Service::kOther), team("T2"), team("T1")};
  HealthCheckOptions options;
  options.council_name = "Anyshire";
  const HealthCheck hc = run(d, "2025-Q3", options);
  ASSERT_EQ(hc.scopes.size(), 6u);  // no adults' services: it has no team
  EXPECT_EQ(hc.scopes[0].level, Level::kCouncil);
  EXPECT_EQ(hc.scopes[0].id, "council");
  EXPECT_EQ(hc.scopes[0].name, "Anyshire");
  EXPECT_EQ(hc.scopes[1].id, "children");
  EXPECT_EQ(hc.scopes[1].name, "Children's services");
  EXPECT_EQ(hc.scopes[2].id, "other");
  EXPECT_EQ(hc.scopes[2].name, "Other services");
  EXPECT_EQ(hc.scopes[3].id, "T1");  // teams by service, then id
  EXPECT_EQ(hc.scopes[4].id, "T2");
  EXPECT_EQ(hc.scopes[5].id, "T9");
  EXPECT_EQ(hc.scopes[5].service, "other");
  EXPECT_EQ(hc.scopes[3].level, Level::kTeam);
}

TEST(HealthCheckTest, EveryScopeHasEveryAreaAndMetricInSpecOrder) {
  Dataset d;
  d.teams = {team("T1"), team("A1", Service::kAdults)};
  const HealthCheck hc = run(d, "2025-07");
  const std::vector<std::string> area_ids = {"workload", "allocation", "tools", "wellbeing", "delivery"};
  for (const ScopeResult& s : hc.scopes) {
    ASSERT_EQ(s.areas.size(), 5u);
    size_t k = 0;
    for (size_t a = 0; a < 5; ++a) {
      EXPECT_EQ(s.areas[a].id, area_ids[a]);
      for (const MetricResult& m : s.areas[a].metrics) {
        ASSERT_LT(k, catalogue().size());
        EXPECT_EQ(m.id, catalogue()[k++].id);
      }
    }
    EXPECT_EQ(k, 32u);
  }
  EXPECT_EQ(scope(hc, "adults").name, "Adults' services");
}

TEST(HealthCheckTest, AreaStatusComesFromTheMeanOfItsMetricsPoints) {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  // T1: vacancy 1 / (1 + 3) = 25% (red, > 20); agency 0 (green); turnover 0
  // (green); supervision 0 of 3 met the standard (red); no cases, so the
  // three caseload metrics have no value. Points (0 + 100 + 100 + 0) / 4 =
  // 50: amber, on 4 measures, 2 of them red.
  d.staff = {permanent("a", "T1"), permanent("b", "T1"), permanent("c", "T1")};
  d.establishments = {{"T1", day("2025-01-01"), 4}};
  const HealthCheck hc = run(d, "2025-Q3");
  EXPECT_EQ(metric(hc, "T1", "vacancy_rate").status, Status::kRed);
  EXPECT_EQ(metric(hc, "T1", "agency_rate").status, Status::kGreen);
  EXPECT_EQ(metric(hc, "T1", "supervision_compliance").status, Status::kRed);
  EXPECT_FALSE(metric(hc, "T1", "caseload_avg").value);
  EXPECT_EQ(area(hc, "T1", "workload").score, 50.0);
  EXPECT_EQ(area(hc, "T1", "workload").status, Status::kAmber);
  EXPECT_EQ(area(hc, "T1", "workload").measures, 4);
  EXPECT_EQ(area(hc, "T1", "workload").red_measures, 2);
  // T2 has no staff: no workload figure has a value, so no status.
  EXPECT_EQ(area(hc, "T2", "workload").status, Status::kNone);
  EXPECT_EQ(metric(hc, "T2", "vacancy_rate").status, Status::kNone);
}

TEST(HealthCheckTest, SuppressedFiguresDoNotColourTheirArea) {
  Dataset d;
  d.teams = {team("T1")};
  for (int i = 0; i < 5; ++i) d.survey_responses.push_back({"T1", day("2025-09-30"), 10.0, {}, {}});
  EXPECT_EQ(area(run(d, "2025-Q3"), "T1", "tools").status, Status::kRed);  // 10 < 51
  d.survey_responses.pop_back();  // 4 responses: hidden
  EXPECT_EQ(area(run(d, "2025-Q3"), "T1", "tools").status, Status::kNone);
}

TEST(HealthCheckTest, TrendComparesWithThePreviousPeriodOfTheSameScope) {
  Dataset d;
  d.teams = {team("T1")};
  d.staff = {permanent("s1", "T1"), permanent("s2", "T1", 1, "2025-08-01")};
  d.establishments = {{"T1", day("2025-01-01"), 4}};
  const HealthCheck hc = run(d, "2025-Q3");
  // Q2 (D = 06-30): inpost 1 -> 3 / 4 = 75%. Q3: inpost 2 -> 2 / 4 = 50%.
  const MetricResult& v = metric(hc, "T1", "vacancy_rate");
  EXPECT_NEAR(*v.value, 50, kEps);
  ASSERT_TRUE(v.previous);
  EXPECT_NEAR(*v.previous, 75, kEps);
  ASSERT_TRUE(v.change);
  EXPECT_NEAR(*v.change, -25, kEps);
  // No figure last period: previous and change null.
  EXPECT_FALSE(metric(hc, "T1", "caseload_avg").previous);
  EXPECT_FALSE(metric(hc, "T1", "caseload_avg").change);
}

// A run of months with something changing every month, for the series.
Dataset changingMonths() {
  Dataset d;
  d.teams = {team("T1"), team("T2", Service::kAdults)};
  d.staff = {permanent("s1", "T1"), permanent("s2", "T1", 0.5, "2025-06-16"), agency("a1", "T2", 1, "2025-05-01"),
             permanent("s3", "T2", 1, "2025-01-01", "2025-07-31")};
  d.establishments = {{"T1", day("2025-01-01"), 4}, {"T2", day("2025-01-01"), 2}};
  d.cases = {kase("C1", "T1", "2025-04-02", "2025-05-20"), kase("C2", "T2", "2025-06-10", "2025-08-01")};
  d.allocations = {allocation("A1", "C1", "s1", "2025-04-03"), allocation("A2", "C2", "s3", "2025-06-11")};
  d.visit_months = summariseVisits({visit("v1", "s1", "2025-05-04", VisitStatus::kCompleted, 60, 50),
                                    visit("v2", "s1", "2025-06-04", VisitStatus::kNoAccess, 60, std::nullopt, 10),
                                    visit("v3", "s2", "2025-07-01", VisitStatus::kCompleted, 30, 30),
                                    visit("v4", "a1", "2025-08-29", VisitStatus::kRescheduled)});
  return d;
}

TEST(HealthCheckTest, SeriesEqualsEachPeriodComputedAlone) {
  const Dataset d = changingMonths();
  std::vector<Period> months;
  for (const char* m : {"2025-05", "2025-06", "2025-07", "2025-08"}) months.push_back(*Period::parse(m));
  const std::vector<HealthCheck> series = computeHealthChecks(d, months, Thresholds::defaults(), {});
  ASSERT_EQ(series.size(), months.size());
  int values = 0;
  for (size_t k = 0; k < months.size(); ++k) {
    const HealthCheck alone = computeHealthCheck(d, months[k], Thresholds::defaults(), {});
    EXPECT_EQ(series[k].period.label, months[k].label);
    EXPECT_EQ(series[k].has_data, alone.has_data);
    ASSERT_EQ(series[k].scopes.size(), alone.scopes.size());
    for (size_t s = 0; s < alone.scopes.size(); ++s)
      for (size_t a = 0; a < alone.scopes[s].areas.size(); ++a) {
        EXPECT_EQ(series[k].scopes[s].areas[a].status, alone.scopes[s].areas[a].status);
        for (size_t m = 0; m < alone.scopes[s].areas[a].metrics.size(); ++m) {
          const MetricResult &x = series[k].scopes[s].areas[a].metrics[m], &y = alone.scopes[s].areas[a].metrics[m];
          EXPECT_EQ(x.value, y.value) << months[k].label << " " << y.id;
          EXPECT_EQ(x.previous, y.previous) << months[k].label << " " << y.id;
          EXPECT_EQ(x.n, y.n);
          values += y.value.has_value();
        }
      }
  }
  EXPECT_GT(values, 40) << "the fixture gives the comparison something to compare";
  // And the series reads like a trend: June's no-access visit, August's move.
  EXPECT_NEAR(*metric(series[1], "T1", "no_access_rate").value, 100, kEps);
  EXPECT_NEAR(*metric(series[3], "T2", "rescheduled_rate").value, 100, kEps);
}

TEST(HealthCheckTest, SeriesRefusesPeriodsThatDoNotFollowEachOther) {
  const std::vector<Period> gap{*Period::parse("2025-05"), *Period::parse("2025-07")};
  EXPECT_THROW(computeHealthChecks(changingMonths(), gap, Thresholds::defaults(), {}), std::invalid_argument);
  EXPECT_TRUE(computeHealthChecks(changingMonths(), {}, Thresholds::defaults(), {}).empty());
}

TEST(HealthCheckTest, NoRecordsInOrBeforeThePeriodMeansNoData) {
  Dataset d;
  d.teams = {team("T1")};
  EXPECT_FALSE(run(d, "2031-Q1").has_data);  // teams alone carry no date
  d.staff = {permanent("s1", "T1", 1, "2026-01-01")};
  EXPECT_FALSE(run(d, "2025-Q4").has_data);
  EXPECT_TRUE(run(d, "2026-01").has_data);
  const HealthCheck empty = run(Dataset{}, "2031-Q1");
  EXPECT_FALSE(empty.has_data);
  EXPECT_EQ(empty.scopes.size(), 1u);  // the council alone, all null
  EXPECT_FALSE(metric(empty, "council", "vacancy_rate").value);
}

}  // namespace
}  // namespace hc::metrics

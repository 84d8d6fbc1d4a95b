// The small-numbers rule for people-based figures in published output,
// with the complementary rule.
#include <gtest/gtest.h>

#include "fixtures.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

// lone_working_assessed rests on the staff in post on D: `n` per team, all
// but the first assessed (so that no figure is all-or-nothing: 100%
// everywhere would tell every hidden team's figure).
void addStaff(Dataset& d, const char* team_id, int n) {
  for (int i = 0; i < n; ++i) {
    const std::string id = std::string(team_id) + "-" + std::to_string(i);
    d.staff.push_back(permanent(id.c_str(), team_id));
    if (i > 0) d.risk_assessments.push_back({id + "r", id, day("2025-09-01"), RiskAssessmentKind::kLoneWorking});
  }
}

Dataset teams(std::initializer_list<std::pair<const char*, int>> sizes, Service service = Service::kChildren) {
  Dataset d;
  for (const auto& [id, n] : sizes) {
    d.teams.push_back(team(id, service));
    addStaff(d, id, n);
  }
  return d;
}

HealthCheckOptions published() {
  HealthCheckOptions o;
  o.published = true;
  return o;
}

bool hidden(const HealthCheck& hc, const char* scope_id) {
  return metric(hc, scope_id, "lone_working_assessed").suppressed;
}

TEST(SuppressionTest, PeopleBasedFiguresAreShownWhenNotPublished) {
  const HealthCheck hc = run(teams({{"T1", 3}, {"T2", 6}, {"T3", 8}}), "2025-Q3");
  EXPECT_FALSE(hidden(hc, "T1"));
  EXPECT_DOUBLE_EQ(*metric(hc, "T1", "lone_working_assessed").value, 200.0 / 3);
}

TEST(SuppressionTest, SmallTeamAndTheNextSmallestAreHiddenWhenPublished) {
  const HealthCheck hc = run(teams({{"T1", 3}, {"T2", 6}, {"T3", 8}}), "2025-Q3", published());
  const MetricResult& t1 = metric(hc, "T1", "lone_working_assessed");
  EXPECT_TRUE(t1.suppressed);
  EXPECT_FALSE(t1.value);
  EXPECT_FALSE(t1.previous);
  EXPECT_EQ(t1.status, Status::kNone);
  EXPECT_EQ(t1.n, 3);  // the count stays: it is a headcount, not the figure
  EXPECT_TRUE(hidden(hc, "T2"));   // next-smallest: else T1 = service - T2 - T3
  EXPECT_FALSE(hidden(hc, "T3"));
  EXPECT_FALSE(hidden(hc, "children"));
  EXPECT_FALSE(hidden(hc, "council"));
  // Vacancy is not people-based: never hidden.
  EXPECT_FALSE(metric(hc, "T1", "agency_rate").suppressed);
}

TEST(SuppressionTest, NextSmallestTieGoesToTheFirstTeamId) {
  const HealthCheck hc = run(teams({{"T1", 2}, {"T3", 6}, {"T2", 6}}), "2025-Q3", published());
  EXPECT_TRUE(hidden(hc, "T2"));
  EXPECT_FALSE(hidden(hc, "T3"));
}

TEST(SuppressionTest, TwoSmallTeamsNeedNoComplement) {
  const HealthCheck hc = run(teams({{"T1", 2}, {"T2", 4}, {"T3", 6}}), "2025-Q3", published());
  EXPECT_TRUE(hidden(hc, "T1"));
  EXPECT_TRUE(hidden(hc, "T2"));
  EXPECT_FALSE(hidden(hc, "T3"));
}

TEST(SuppressionTest, TeamWithoutAFigureIsNeitherHiddenNorAComplement) {
  // T0 has nobody in post: no figure, nothing to hide, and hiding it would
  // protect nothing, so T2 is still the complement.
  const HealthCheck hc = run(teams({{"T0", 0}, {"T1", 3}, {"T2", 6}, {"T3", 8}}), "2025-Q3", published());
  EXPECT_FALSE(hidden(hc, "T0"));
  EXPECT_TRUE(hidden(hc, "T1"));
  EXPECT_TRUE(hidden(hc, "T2"));
  EXPECT_FALSE(hidden(hc, "T3"));
}

TEST(SuppressionTest, OneHiddenServiceHidesTheNextSmallestService) {
  Dataset d = teams({{"C1", 6}, {"C2", 7}});
  Dataset adults = teams({{"A1", 2}}, Service::kAdults);
  Dataset other = teams({{"O1", 20}}, Service::kOther);
  for (Dataset* x : {&adults, &other}) {
    d.teams.insert(d.teams.end(), x->teams.begin(), x->teams.end());
    d.staff.insert(d.staff.end(), x->staff.begin(), x->staff.end());
    d.risk_assessments.insert(d.risk_assessments.end(), x->risk_assessments.begin(), x->risk_assessments.end());
  }
  const HealthCheck hc = run(d, "2025-Q3", published());
  EXPECT_TRUE(hidden(hc, "A1"));
  EXPECT_TRUE(hidden(hc, "adults"));
  // Else adults = council - children - other: children (13) is the next-smallest.
  EXPECT_TRUE(hidden(hc, "children"));
  EXPECT_FALSE(hidden(hc, "other"));
  EXPECT_FALSE(hidden(hc, "council"));
  // Else children = C1 + C2: its smallest team goes too.
  EXPECT_TRUE(hidden(hc, "C1"));
  EXPECT_FALSE(hidden(hc, "C2"));
}

TEST(SuppressionTest, SupervisionAndCaseloadOverLimitAreCoveredToo) {
  Dataset d = teams({{"T1", 3}, {"T2", 9}});
  const HealthCheck hc = run(d, "2025-Q3", published());
  EXPECT_TRUE(metric(hc, "T1", "supervision_compliance").suppressed);  // 3 eligible
  // Nobody is supervised: every figure is 0%, so hiding T2 beside T1 would
  // leave both 0% between them. Only the service's and the council's
  // figures (0%) protect T1.
  EXPECT_FALSE(metric(hc, "T2", "supervision_compliance").suppressed);
  EXPECT_DOUBLE_EQ(*metric(hc, "T2", "supervision_compliance").value, 0);
  EXPECT_TRUE(metric(hc, "children", "supervision_compliance").suppressed);
  EXPECT_TRUE(metric(hc, "council", "supervision_compliance").suppressed);
  EXPECT_FALSE(metric(hc, "T1", "caseload_over_limit").suppressed);    // nobody holds cases
}

}  // namespace
}  // namespace hc::metrics

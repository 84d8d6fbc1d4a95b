// One order of attention for every viewer (issue 24, items 8 and 11): the
// ranks of a director's, a member's and a manager's view are the published
// figures' ranks, a withheld figure counts neither for nor against a team,
// and no rank moves when a hidden figure changes.
#include <gtest/gtest.h>

#include <map>

#include "fixtures.h"
#include "metrics/shown_figures.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

// Four children's teams; lone_working_assessed rests on the staff in post.
// T1 has 3 people (its people-based figures are withheld when published)
// with `t1_assessed` of them assessed; the others all but one.
Dataset council(int t1_assessed) {
  Dataset d;
  const std::pair<const char*, int> sizes[] = {{"T1", 3}, {"T2", 6}, {"T3", 8}, {"T4", 9}};
  for (const auto& [id, n] : sizes) {
    d.teams.push_back(team(id));
    for (int i = 0; i < n; ++i) {
      const std::string sid = std::string(id) + "-" + std::to_string(i);
      d.staff.push_back(permanent(sid.c_str(), id));
      const bool assessed = std::string(id) == "T1" ? i < t1_assessed : i > 0;
      if (assessed) d.risk_assessments.push_back({sid + "r", sid, day("2025-09-01"), RiskAssessmentKind::kLoneWorking});
    }
  }
  return d;
}

HealthCheckOptions published() {
  HealthCheckOptions o;
  o.published = true;
  return o;
}

std::map<std::string, int> ranks(const HealthCheck& hc) {
  std::map<std::string, int> out;
  for (const ScopeResult& s : hc.scopes)
    if (s.level == Level::kTeam) out[s.id] = s.rank.value_or(0);
  return out;
}

HealthCheck managerOf(const HealthCheck& computed, const std::string& team_id) {
  return figuresShownTo(computed, [&](const ScopeResult& s) { return s.id == team_id; }, 5);
}

TEST(PublishedOrderTest, EveryViewerReadsThePublishedOrder) {
  for (int assessed : {0, 3}) {
    SCOPED_TRACE("T1 assessed: " + std::to_string(assessed));
    const HealthCheck director = run(council(assessed), "2025-Q3");
    const HealthCheck member = run(council(assessed), "2025-Q3", published());
    ASSERT_TRUE(metric(member, "T1", "lone_working_assessed").suppressed);
    EXPECT_EQ(ranks(director), ranks(member));
    EXPECT_EQ(ranks(managerOf(director, "T1")), ranks(member));
    EXPECT_EQ(ranks(managerOf(director, "T3")), ranks(member));
    for (const ScopeResult& s : member.scopes) {
      if (s.level != Level::kTeam) continue;
      EXPECT_EQ(s.ranked_score, s.score) << s.id << ": a published view ranks on its own scores";
      EXPECT_EQ(scope(director, s.id).ranked_score, s.score) << s.id << ": the director's order rests on them";
    }
  }
}

TEST(PublishedOrderTest, TheDirectorsFullScoreMayDifferFromTheOneRankedOn) {
  // T1's lone working, all 3 assessed, is green for the director and
  // withheld for members: the order rests on the figures members see.
  const HealthCheck director = run(council(3), "2025-Q3");
  const HealthCheck member = run(council(3), "2025-Q3", published());
  const ScopeResult& t1 = scope(director, "T1");
  ASSERT_TRUE(t1.score && t1.ranked_score);
  EXPECT_GT(*t1.score, *t1.ranked_score);
  EXPECT_EQ(t1.ranked_score, scope(member, "T1").score);
  // A manager of T1 sees its figures, and reads its published rank.
  const HealthCheck mine = managerOf(director, "T1");
  EXPECT_EQ(scope(mine, "T1").score, t1.score);
  EXPECT_EQ(scope(mine, "T1").rank, scope(member, "T1").rank);
}

TEST(PublishedOrderTest, NoRankMovesWhenAHiddenFigureChanges) {
  // 0 of 3 or 3 of 3: the same figures are withheld either way, so every
  // viewer's order must be the same, or the rank would tell members which.
  const HealthCheck red = run(council(0), "2025-Q3"), green = run(council(3), "2025-Q3");
  const HealthCheck red_member = run(council(0), "2025-Q3", published());
  const HealthCheck green_member = run(council(3), "2025-Q3", published());
  for (const char* t : {"T1", "T2", "T3", "T4"})
    ASSERT_EQ(metric(red_member, t, "lone_working_assessed").suppressed,
              metric(green_member, t, "lone_working_assessed").suppressed) << t;
  EXPECT_NE(scope(red, "T1").score, scope(green, "T1").score) << "the hidden figure counts for the director";
  EXPECT_EQ(ranks(red), ranks(green));
  EXPECT_EQ(ranks(red_member), ranks(green_member));
  EXPECT_EQ(ranks(managerOf(red, "T4")), ranks(managerOf(green, "T4")));
}

TEST(PublishedOrderTest, AreasCountTheMeasuresWithheld) {
  const HealthCheck director = run(council(0), "2025-Q3");
  const HealthCheck member = run(council(0), "2025-Q3", published());
  int withheld = 0;
  for (const MetricResult& m : area(member, "T1", "wellbeing").metrics) withheld += m.suppressed ? 1 : 0;
  ASSERT_GT(withheld, 0);
  EXPECT_EQ(area(member, "T1", "wellbeing").withheld, withheld);
  EXPECT_EQ(area(director, "T1", "wellbeing").withheld, 0);
  EXPECT_EQ(area(member, "T4", "wellbeing").withheld, 0) << "nothing of T4's is withheld";
}

}  // namespace
}  // namespace hc::metrics

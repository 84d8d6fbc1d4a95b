// metrics.md "Area scores and the order of attention": scoreHealthCheck
// over hand-made results, expected values worked by hand.
#include <gtest/gtest.h>

#include "fixtures.h"
#include "metrics/health_check.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

MetricResult rated(Status s, std::optional<Comparison> vs = std::nullopt) {
  MetricResult m;
  m.id = "m";
  m.value = 1;
  m.status = s;
  m.signal.vs_council = vs;
  m.signal.trend = Trend::kNone;
  return m;
}

AreaResult areaOf(std::vector<MetricResult> metrics) {
  AreaResult a;
  a.id = "workload";
  a.metrics = std::move(metrics);
  return a;
}

ScopeResult teamOf(const char* id, std::vector<AreaResult> areas) {
  ScopeResult s;
  s.level = Level::kTeam;
  s.id = id;
  s.areas = std::move(areas);
  return s;
}

// The score and status of one area of these statuses.
AreaResult scored(std::vector<Status> statuses) {
  std::vector<MetricResult> metrics;
  for (Status s : statuses) metrics.push_back(rated(s));
  HealthCheck hc;
  hc.scopes = {teamOf("T1", {areaOf(metrics)})};
  scoreHealthCheck(hc);
  return hc.scopes[0].areas[0];
}

TEST(ScoringTest, AreaScoreIsTheMeanOfItsPoints) {
  const Status G = Status::kGreen, A = Status::kAmber, R = Status::kRed;
  EXPECT_EQ(*scored({G, G, G, R}).score, 75);  // 300 / 4: the green band starts at 75
  EXPECT_EQ(scored({G, G, G, R}).status, G);
  EXPECT_NEAR(*scored({G, G, R}).score, 200.0 / 3, 1e-9);  // 66.7: amber
  EXPECT_EQ(scored({G, G, R}).status, A);
  EXPECT_EQ(*scored({G, R}).score, 50);  // the amber band starts at 50
  EXPECT_EQ(scored({G, R}).status, A);
  EXPECT_EQ(*scored({A, A, R, G, R}).score, 40);  // 200 / 5: red
  EXPECT_EQ(scored({A, A, R, G, R}).status, R);
  EXPECT_EQ(scored({A, A, R, G, R}).measures, 5);
  EXPECT_EQ(scored({A, A, R, G, R}).red_measures, 2);
  // A metric with a value but no limits does not count.
  EXPECT_EQ(*scored({G, A, Status::kNone}).score, 75);
  EXPECT_EQ(scored({G, A, Status::kNone}).measures, 2);
  // No status at all: no score, no status.
  EXPECT_FALSE(scored({Status::kNone}).score);
  EXPECT_EQ(scored({Status::kNone}).status, Status::kNone);
  EXPECT_EQ(scored({Status::kNone}).measures, 0);
}

TEST(ScoringTest, ASuppressedFigureCountsForNothing) {
  std::vector<MetricResult> metrics{rated(Status::kGreen), rated(Status::kRed, Comparison::kWorse)};
  metrics[1].suppressed = true;
  metrics[1].value.reset();
  metrics[1].signal.trend = Trend::kConcern;
  HealthCheck hc;
  hc.scopes = {teamOf("T1", {areaOf(metrics)})};
  scoreHealthCheck(hc);
  const AreaResult& a = hc.scopes[0].areas[0];
  EXPECT_EQ(*a.score, 100);  // the red rests on a hidden figure: left out
  EXPECT_EQ(a.measures, 1);
  EXPECT_EQ(a.worse_signals, 0);
  EXPECT_EQ(a.metrics[1].status, Status::kNone);
  EXPECT_FALSE(a.metrics[1].signal.vs_council);
  EXPECT_FALSE(a.metrics[1].signal.trend);
}

TEST(ScoringTest, ScopeScoreIsTheMeanOfItsAreaScoresAndRanksBreakTies) {
  const Status G = Status::kGreen, A = Status::kAmber, R = Status::kRed;
  const auto worse = Comparison::kWorse;
  HealthCheck hc;
  ScopeResult council;
  council.id = "council";
  council.areas = {areaOf({rated(G)}), areaOf({rated(R)})};
  hc.scopes = {council,
               // (50 + 50) / 2 = 50, no worse signal.
               teamOf("A", {areaOf({rated(A)}), areaOf({rated(G), rated(R)})}),
               // 50, two worse signals: before A.
               teamOf("B", {areaOf({rated(A, worse)}), areaOf({rated(A, worse)})}),
               // (0 + 50) / 2 = 25: first.
               teamOf("C", {areaOf({rated(R)}), areaOf({rated(A)})}),
               // 50, no worse signal, id after A.
               teamOf("D", {areaOf({rated(A)}), areaOf({rated(A)}), areaOf({rated(Status::kNone)})}),
               // Nothing rated: no score, no rank.
               teamOf("E", {areaOf({rated(Status::kNone)})})};
  scoreHealthCheck(hc);
  EXPECT_EQ(*hc.scopes[0].score, 50);
  EXPECT_FALSE(hc.scopes[0].rank);  // the council is not ranked
  EXPECT_EQ(*scope(hc, "A").score, 50);
  EXPECT_EQ(*scope(hc, "C").score, 25);
  EXPECT_EQ(*scope(hc, "D").score, 50);  // the area without a score does not count
  EXPECT_EQ(scope(hc, "B").worse_signals, 2);
  EXPECT_EQ(*scope(hc, "C").rank, 1);
  EXPECT_EQ(*scope(hc, "B").rank, 2);
  EXPECT_EQ(*scope(hc, "A").rank, 3);
  EXPECT_EQ(*scope(hc, "D").rank, 4);
  EXPECT_FALSE(scope(hc, "E").rank);
  EXPECT_FALSE(scope(hc, "E").score);
}

}  // namespace
}  // namespace hc::metrics

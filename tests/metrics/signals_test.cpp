// metrics.md "Signals": funnel limits against the council and statistical
// process control over time, with expected values worked by hand.
#include "metrics/signals.h"

#include <gtest/gtest.h>

#include "fixtures.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;
using V = std::vector<std::optional<double>>;
constexpr double kEps = 1e-9;

TEST(FunnelTest, LimitsAtNinetyNinePointEightPercent) {
  // p0 0.2, n 100: sqrt(0.2 x 0.8 / 100) = 0.04; 3.09 x 0.04 = 0.1236.
  auto l = funnelLimits(20, 100);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 7.64, kEps);
  EXPECT_NEAR(l->upper, 32.36, kEps);
  // p0 0.5, n 25: sqrt(0.25 / 25) = 0.1; 0.309 either side.
  l = funnelLimits(50, 25);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 19.1, kEps);
  EXPECT_NEAR(l->upper, 80.9, kEps);
  // p0 0.9, n 36: sqrt(0.09 / 36) = 0.05; 0.1545: the upper 105.45 is clipped to 100.
  l = funnelLimits(90, 36);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 74.55, kEps);
  EXPECT_NEAR(l->upper, 100, kEps);
  // The inner 95% limits of a funnel plot: 1.96 x 0.04 = 0.0784.
  l = funnelLimits(20, 100, kFunnelZ95);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 12.16, kEps);
  EXPECT_NEAR(l->upper, 27.84, kEps);
}

TEST(FunnelTest, NoLimitsWithoutNOrForACouncilAtZeroOrOneHundred) {
  EXPECT_FALSE(funnelLimits(20, 0));
  EXPECT_FALSE(funnelLimits(20, -3));
  EXPECT_FALSE(funnelLimits(0, 100));
  EXPECT_FALSE(funnelLimits(100, 100));
}

TEST(FunnelTest, ComparisonTakesTheMetricsBetterDirection) {
  // Limits 7.64 .. 32.36 around a council at 20% with n 100.
  EXPECT_EQ(compareWithCouncil(33, 100, 20, Better::kLower), Comparison::kWorse);
  EXPECT_EQ(compareWithCouncil(33, 100, 20, Better::kHigher), Comparison::kBetter);
  EXPECT_EQ(compareWithCouncil(7, 100, 20, Better::kLower), Comparison::kBetter);
  EXPECT_EQ(compareWithCouncil(7, 100, 20, Better::kHigher), Comparison::kWorse);
  EXPECT_EQ(compareWithCouncil(32, 100, 20, Better::kLower), Comparison::kNone);
  // The same 33% from 25 people: 20 +- 3.09 x 0.08 = 0 .. 44.72: noise.
  // From 400: 20 +- 3.09 x 0.02 = 13.82 .. 26.18: 27% is worse, 26% not.
  EXPECT_EQ(compareWithCouncil(33, 25, 20, Better::kLower), Comparison::kNone);
  EXPECT_EQ(compareWithCouncil(27, 400, 20, Better::kLower), Comparison::kWorse);
  EXPECT_EQ(compareWithCouncil(26, 400, 20, Better::kLower), Comparison::kNone);
  // Null: no value, no council value, n 0, a council at 0% or 100%.
  EXPECT_FALSE(compareWithCouncil(std::nullopt, 100, 20, Better::kLower));
  EXPECT_FALSE(compareWithCouncil(33, 100, std::nullopt, Better::kLower));
  EXPECT_FALSE(compareWithCouncil(33, 0, 20, Better::kLower));
  EXPECT_FALSE(compareWithCouncil(33, 100, 0, Better::kLower));
  EXPECT_FALSE(compareWithCouncil(33, 100, 100, Better::kLower));
}

TEST(FunnelTest, OnlyThePercentagesOfCountedUnitsHaveFunnels) {
  EXPECT_TRUE(hasFunnel(Metric::kSupervisionCompliance));
  EXPECT_TRUE(hasFunnel(Metric::kPackageCostOutliers));
  EXPECT_TRUE(hasFunnel(Metric::kSatisfactionRate));
  EXPECT_FALSE(hasFunnel(Metric::kVacancyRate));  // FTE, not counted units
  EXPECT_FALSE(hasFunnel(Metric::kCaseloadAvg));
  EXPECT_FALSE(hasFunnel(Metric::kSurveyTools));
}

TEST(ProcessControlTest, LatestOutsideTheLimits) {
  // m = (7 x 5 + 9) / 8 = 5.5; MR = 4 / 7; upper = 5.5 + 2.66 x 4 / 7 = 7.02.
  const V x{5, 5, 5, 5, 5, 5, 5, 9};
  const auto chart = processChart(x, Better::kLower);
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->mean, 5.5, kEps);
  EXPECT_NEAR(chart->moving_range, 4.0 / 7, kEps);
  EXPECT_NEAR(chart->upper, 5.5 + 2.66 * 4 / 7, kEps);
  EXPECT_NEAR(chart->lower, 5.5 - 2.66 * 4 / 7, kEps);
  EXPECT_EQ(chart->trend, Trend::kConcern);  // up is worse
  EXPECT_TRUE(chart->special[7]);
  // The chart also marks the first seven: a run of 7 below the mean (the
  // signal is about the latest value only).
  EXPECT_TRUE(chart->special[0]);
  EXPECT_EQ(processChart(x, Better::kHigher)->trend, Trend::kImprovement);
}

TEST(ProcessControlTest, RunOfSevenOnOneSideOfTheMean) {
  // m = (10 + 10 + 2 + 3 + 2 + 3 + 2 + 3 + 2) / 9 = 37 / 9 = 4.11; MR = (0
  // + 8 + 6 x 1) / 8 = 1.75; limits 4.11 +- 4.655 = -0.54 .. 8.77: the
  // latest 2 is inside, but the latest 7 all lie below the mean.
  const V x{10, 10, 2, 3, 2, 3, 2, 3, 2};
  const auto chart = processChart(x, Better::kLower);
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->mean, 37.0 / 9, kEps);
  EXPECT_NEAR(chart->moving_range, 1.75, kEps);
  EXPECT_EQ(chart->trend, Trend::kImprovement);  // down is better
  EXPECT_EQ(processChart(x, Better::kHigher)->trend, Trend::kConcern);
  for (size_t k = 2; k < 9; ++k) EXPECT_TRUE(chart->special[k]) << k;
}

TEST(ProcessControlTest, SixRisingOrFalling) {
  // m = 45 / 9 = 5; MR = (6 + 6 + 6 + 5 x 1) / 8 = 2.875; limits 5 +-
  // 7.6475: all inside; the latest 7 (8, 2, ..., 7) are not on one side;
  // the latest 6 (2, 3, 4, 5, 6, 7) rise strictly.
  const V up{8, 2, 8, 2, 3, 4, 5, 6, 7};
  const auto chart = processChart(up, Better::kLower);
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->moving_range, 2.875, kEps);
  EXPECT_EQ(chart->trend, Trend::kConcern);
  EXPECT_EQ(processChart(up, Better::kHigher)->trend, Trend::kImprovement);
  // Mirrored: 2, 8, 2, 8, 7, 6, 5, 4, 3 falls for the latest 6.
  const V down{2, 8, 2, 8, 7, 6, 5, 4, 3};
  EXPECT_EQ(processChart(down, Better::kLower)->trend, Trend::kImprovement);
  // Five rising are not six: 8, 2, 8, 8, 3, 4, 5, 6, 7 has a flat step.
  const V five{8, 2, 8, 3, 3, 4, 5, 6, 7};
  EXPECT_EQ(processChart(five, Better::kLower)->trend, Trend::kNone);
}

TEST(ProcessControlTest, CommonCauseVariationIsNoSignal) {
  // m 5.5, MR 1, limits 2.84 .. 8.16; alternating: no run, no trend.
  const auto chart = processChart(V{5, 6, 5, 6, 5, 6, 5, 6}, Better::kLower);
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->upper, 8.16, kEps);
  EXPECT_EQ(chart->trend, Trend::kNone);
  for (bool s : chart->special) EXPECT_FALSE(s);
}

TEST(ProcessControlTest, NullWithFewerThanEightValuesOrNoLatest) {
  EXPECT_FALSE(processChart(V{5, 5, 5, 5, 5, 5, 9}, Better::kLower));           // 7 values
  EXPECT_FALSE(processChart(V{5, 5, 5, 5, 5, 5, 5, 9, std::nullopt}, Better::kLower));  // latest missing
  // A gap is skipped: these 8 values are the first test's.
  const auto gap = processChart(V{5, 5, 5, 5, std::nullopt, 5, 5, 5, 9}, Better::kLower);
  ASSERT_TRUE(gap);
  EXPECT_NEAR(gap->mean, 5.5, kEps);
  EXPECT_EQ(gap->trend, Trend::kConcern);
  EXPECT_FALSE(gap->special[4]);
  EXPECT_TRUE(gap->special[8]);
}

TEST(SignalTest, EveryMetricCarriesItsSignalsThroughTheEngine) {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  // T1 meets twice a month from January to July 2025, then 6 times in
  // August: m = (7 x 2 + 6) / 8 = 2.5, MR = 4 / 7, upper 4.02: August is a
  // special cause, the better way (higher is better).
  for (int month = 1; month <= 8; ++month)
    for (int k = 0; k < (month == 8 ? 6 : 2); ++k)
      d.team_meetings.push_back({"m", "T1", Date::fromCivil(2025, unsigned(month), unsigned(1 + k))});
  const HealthCheck hc = run(d, "2025-08");
  EXPECT_EQ(metric(hc, "T1", "team_meetings_per_month").signal.trend, Trend::kImprovement);
  // T2 held none in any month: 8 zeros, no special cause.
  EXPECT_EQ(metric(hc, "T2", "team_meetings_per_month").signal.trend, Trend::kNone);
  // July is the seventh covered month: too few for a trend.
  EXPECT_FALSE(metric(run(d, "2025-07"), "T1", "team_meetings_per_month").signal.trend);
  // Not a funnel metric, and the council is never compared with itself.
  EXPECT_FALSE(metric(hc, "T1", "team_meetings_per_month").signal.vs_council);
  EXPECT_FALSE(metric(hc, "council", "supervision_compliance").signal.vs_council);
}

}  // namespace
}  // namespace hc::metrics

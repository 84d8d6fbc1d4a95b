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
const ValueRange kFromZero{};  // a count's range: 0 and up

TEST(FunnelTest, LimitsAtNinetyNinePointEightPercent) {
  // p0 0.2, n 100: n p0 (1 - p0) = 16, the normal approximation holds.
  // sqrt(0.2 x 0.8 / 100) = 0.04; 3.09 x 0.04 = 0.1236.
  auto l = funnelLimits(20, 100);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 7.64, kEps);
  EXPECT_NEAR(l->upper, 32.36, kEps);
  // p0 0.5, n 36: n p0 (1 - p0) = 9, the least n the normal holds at:
  // sqrt(0.25 / 36) = 1/12; 3.09 / 12 = 0.2575 either side.
  l = funnelLimits(50, 36);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 24.25, kEps);
  EXPECT_NEAR(l->upper, 75.75, kEps);
  // The inner 95% limits of a funnel plot: 1.96 x 0.04 = 0.0784.
  l = funnelLimits(20, 100, kFunnelZ95);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 12.16, kEps);
  EXPECT_NEAR(l->upper, 27.84, kEps);
}

// Below n p0 (1 - p0) = 9 the limits are the binomial's own, each tail
// 0.1% (the normal's beyond 3.09): a count is beyond when the chance of
// it or one further out is at most 0.1%, and the limit is drawn half a
// count inside it. The chances below are worked from
// P(X = k) = C(n, k) p0^k (1 - p0)^(n - k) by hand, not by the code.
TEST(FunnelTest, ExactBinomialLimitsWhereNIsSmall) {
  // The team: 1 complaint of 1 upheld, the council at 9.1%. The
  // normal limit is 9.1 + 3.09 x sqrt(0.091 x 0.909) x 100 = 98.0%, so 100%
  // was "significantly worse", yet P(1 of 1) = 0.091: 9% of such teams.
  // No count of 1 is beyond: the limits are 0 and 100, and no signal.
  auto l = funnelLimits(9.1, 1);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 0, kEps);
  EXPECT_NEAR(l->upper, 100, kEps);
  EXPECT_EQ(compareWithCouncil(100, 1, 9.1, Better::kLower), Comparison::kNone);
  EXPECT_EQ(compareWithCouncil(0, 1, 9.1, Better::kLower), Comparison::kNone);
  // n 2: P(2 of 2) = 0.091^2 = 0.0083 > 0.001: still no count beyond.
  l = funnelLimits(9.1, 2);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->upper, 100, kEps);
  EXPECT_EQ(compareWithCouncil(100, 2, 9.1, Better::kLower), Comparison::kNone);
  // n 5: P(X >= 4) = 5 x 0.091^4 x 0.909 + 0.091^5 = 0.000312 + 0.000006
  // = 0.00032 <= 0.001, P(X >= 3) = 10 x 0.091^3 x 0.909^2 + 0.00032 =
  // 0.0065 > 0.001: 4 and 5 are beyond, the limit half way from 3 to 4,
  // 3.5 / 5 = 70%. Below: P(0 of 5) = 0.909^5 = 0.62, nothing is beyond.
  // (The normal's 9.1 + 3.09 x sqrt(0.0827 / 5) = 48.8% called 3 of 5 worse.)
  l = funnelLimits(9.1, 5);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 0, kEps);
  EXPECT_NEAR(l->upper, 70, kEps);
  EXPECT_EQ(compareWithCouncil(80, 5, 9.1, Better::kLower), Comparison::kWorse);
  EXPECT_EQ(compareWithCouncil(60, 5, 9.1, Better::kLower), Comparison::kNone);
  EXPECT_EQ(compareWithCouncil(80, 5, 9.1, Better::kHigher), Comparison::kBetter);
  // The 95% limits (2.5% a tail): P(X >= 3) = 0.0065 <= 0.025, P(X >= 2)
  // = 0.0687 > 0.025: beyond from 3, the limit 2.5 / 5 = 50%.
  l = funnelLimits(9.1, 5, kFunnelZ95);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->upper, 50, kEps);
  // n 10: P(X >= 6) = C(10,6) 0.091^6 0.909^4 + ... = 0.000086 <= 0.001,
  // P(X >= 5) = C(10,5) 0.091^5 0.909^5 + 0.000086 = 0.00106 > 0.001: the
  // limit 5.5 / 10 = 55%. P(0 of 10) = 0.909^10 = 0.385: none below.
  l = funnelLimits(9.1, 10);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 0, kEps);
  EXPECT_NEAR(l->upper, 55, kEps);
  EXPECT_EQ(compareWithCouncil(60, 10, 9.1, Better::kLower), Comparison::kWorse);
  EXPECT_EQ(compareWithCouncil(50, 10, 9.1, Better::kLower), Comparison::kNone);
  // Both sides at p0 0.5, n 10: P(10 of 10) = P(0 of 10) = 1/1024 = 0.00098
  // <= 0.001, P(9 or 10) = 11/1024 = 0.011: limits 0.5 / 10 = 5% and 9.5 /
  // 10 = 95%; only 0 and 10 of 10 are beyond.
  l = funnelLimits(50, 10);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 5, kEps);
  EXPECT_NEAR(l->upper, 95, kEps);
  EXPECT_EQ(compareWithCouncil(100, 10, 50, Better::kLower), Comparison::kWorse);
  EXPECT_EQ(compareWithCouncil(0, 10, 50, Better::kLower), Comparison::kBetter);
  EXPECT_EQ(compareWithCouncil(90, 10, 50, Better::kLower), Comparison::kNone);
  // A council above a half, mirrored: p0 0.909, n 5: P(X <= 1) = 0.00032,
  // P(X <= 2) = 0.0065 (the n 5 figures above, counted from the top): the
  // lower limit 1.5 / 5 = 30%, and nothing above.
  l = funnelLimits(90.9, 5);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 30, kEps);
  EXPECT_NEAR(l->upper, 100, kEps);
  // p0 0.5, n 35 (n p0 (1 - p0) = 8.75): P(X <= 8) = 0.00094, P(X <= 9) =
  // 0.0030: 8.5 / 35 = 24.29% and 26.5 / 35 = 75.71%, next to the normal's
  // 24.25% and 75.75% at n 36.
  l = funnelLimits(50, 35);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 850.0 / 35, kEps);
  EXPECT_NEAR(l->upper, 2650.0 / 35, kEps);
  // p0 0.9, n 36: P(X <= 25) = 0.00056, P(X <= 26) = 0.0022: 25.5 / 36.
  l = funnelLimits(90, 36);
  ASSERT_TRUE(l);
  EXPECT_NEAR(l->lower, 2550.0 / 36, kEps);
  EXPECT_NEAR(l->upper, 100, kEps);
}

TEST(FunnelTest, NoSignalRestsOnAnNTooSmallToReachTheLimit) {
  // Against a council at 20%, every one of n being counted happens with
  // chance 0.2^n: 0.2, 0.04, 0.008, 0.0016 for n 1 to 4, all above 0.1%,
  // so no figure of a team that small is significantly worse; at n 5,
  // 0.2^5 = 0.00032 is below it and 5 of 5 is.
  for (int64_t n = 1; n <= 4; ++n) {
    EXPECT_EQ(compareWithCouncil(100, n, 20, Better::kLower), Comparison::kNone) << n;
    EXPECT_EQ(compareWithCouncil(0, n, 20, Better::kLower), Comparison::kNone) << n;  // 0.8^n
  }
  EXPECT_EQ(compareWithCouncil(100, 5, 20, Better::kLower), Comparison::kWorse);
  // A figure rounded for display stays on its side: 4 of 5 is 80%, still
  // within the limit (P(X >= 4) = 5 x 0.2^4 x 0.8 + 0.00032 = 0.0067).
  EXPECT_EQ(compareWithCouncil(80.04, 5, 20, Better::kLower), Comparison::kNone);
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
  // The same 33% from 25 people (n p0 (1 - p0) = 4, exact limits): 8 of
  // 25 is nearly 1 in 10 (P(X >= 8) = 0.109): noise.
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
  const auto chart = processChart(x, Better::kLower, kFromZero);
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
  EXPECT_EQ(processChart(x, Better::kHigher, kFromZero)->trend, Trend::kImprovement);
}

TEST(ProcessControlTest, RunOfSevenOnOneSideOfTheMean) {
  // m = (10 + 10 + 2 + 3 + 2 + 3 + 2 + 3 + 2) / 9 = 37 / 9 = 4.11; MR = (0
  // + 8 + 6 x 1) / 8 = 1.75; limits 4.11 +- 4.655 = -0.54 .. 8.77: the
  // latest 2 is inside, but the latest 7 all lie below the mean.
  const V x{10, 10, 2, 3, 2, 3, 2, 3, 2};
  const auto chart = processChart(x, Better::kLower, kFromZero);
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->mean, 37.0 / 9, kEps);
  EXPECT_NEAR(chart->moving_range, 1.75, kEps);
  EXPECT_EQ(chart->trend, Trend::kImprovement);  // down is better
  EXPECT_EQ(processChart(x, Better::kHigher, kFromZero)->trend, Trend::kConcern);
  for (size_t k = 2; k < 9; ++k) EXPECT_TRUE(chart->special[k]) << k;
}

TEST(ProcessControlTest, SixRisingOrFalling) {
  // m = 45 / 9 = 5; MR = (6 + 6 + 6 + 5 x 1) / 8 = 2.875; limits 5 +-
  // 7.6475: all inside; the latest 7 (8, 2, ..., 7) are not on one side;
  // the latest 6 (2, 3, 4, 5, 6, 7) rise strictly.
  const V up{8, 2, 8, 2, 3, 4, 5, 6, 7};
  const auto chart = processChart(up, Better::kLower, kFromZero);
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->moving_range, 2.875, kEps);
  EXPECT_EQ(chart->trend, Trend::kConcern);
  EXPECT_EQ(processChart(up, Better::kHigher, kFromZero)->trend, Trend::kImprovement);
  // Mirrored: 2, 8, 2, 8, 7, 6, 5, 4, 3 falls for the latest 6.
  const V down{2, 8, 2, 8, 7, 6, 5, 4, 3};
  EXPECT_EQ(processChart(down, Better::kLower, kFromZero)->trend, Trend::kImprovement);
  // Five rising are not six: 8, 2, 8, 8, 3, 4, 5, 6, 7 has a flat step.
  const V five{8, 2, 8, 3, 3, 4, 5, 6, 7};
  EXPECT_EQ(processChart(five, Better::kLower, kFromZero)->trend, Trend::kNone);
}

TEST(ProcessControlTest, CommonCauseVariationIsNoSignal) {
  // m 5.5, MR 1, limits 2.84 .. 8.16; alternating: no run, no trend.
  const auto chart = processChart(V{5, 6, 5, 6, 5, 6, 5, 6}, Better::kLower, kFromZero);
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->upper, 8.16, kEps);
  EXPECT_EQ(chart->trend, Trend::kNone);
  for (bool s : chart->special) EXPECT_FALSE(s);
}

TEST(ProcessControlTest, LimitsStayInsideWhatTheMetricCanTake) {
  // A stress share swinging 10%, 60%, ...: m 35, MR 50, limits 35 +- 2.66
  // x 50 = 35 +- 133 = -98 .. 168, which no share can reach: 0 .. 100.
  const V swing{10, 60, 10, 60, 10, 60, 10, 60};
  auto chart = processChart(swing, Better::kLower, valueRange(Metric::kStressShare));
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->mean, 35, kEps);
  EXPECT_NEAR(chart->lower, 0, kEps);
  EXPECT_NEAR(chart->upper, 100, kEps);
  // Turnover can pass 100%: only its lower limit stops, at 0.
  chart = processChart(swing, Better::kLower, valueRange(Metric::kTurnoverRate));
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->lower, 0, kEps);
  EXPECT_NEAR(chart->upper, 168, kEps);
  // Transfers pending, one in the fourth period: m 1/8, MR 2/7, limits
  // 0.125 +- 0.76 = -0.635 .. 0.885: a count stops at 0.
  chart = processChart(V{0, 0, 0, 1, 0, 0, 0, 0}, Better::kLower, valueRange(Metric::kTransfersPending));
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->lower, 0, kEps);
  EXPECT_NEAR(chart->upper, 0.125 + 2.66 * 2 / 7, kEps);
  // Median days: 40, 2, ... : m 21, MR 38, lower 21 - 101.08: 0.
  chart = processChart(V{40, 2, 40, 2, 40, 2, 40, 2}, Better::kLower, valueRange(Metric::kUnallocatedMedianDays));
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->lower, 0, kEps);
  EXPECT_NEAR(chart->upper, 21 + 2.66 * 38, kEps);
  // A value at the end of the range is not beyond a limit stopped there:
  // 0, 100, ... has m 50, limits -216 .. 316 cut to 0 .. 100, no signal.
  chart = processChart(V{0, 100, 0, 100, 0, 100, 0, 100}, Better::kLower, valueRange(Metric::kComplaintsUpheldRate));
  ASSERT_TRUE(chart);
  EXPECT_NEAR(chart->upper, 100, kEps);
  EXPECT_EQ(chart->trend, Trend::kNone);
  for (bool s : chart->special) EXPECT_FALSE(s);
}

TEST(ProcessControlTest, EveryMetricHasARange) {
  // Shares of a whole and survey scores run from 0 to 100; the rest from 0.
  EXPECT_EQ(valueRange(Metric::kComplaintsUpheldRate).highest, 100.0);
  EXPECT_EQ(valueRange(Metric::kLoneWorkingAssessed).highest, 100.0);
  EXPECT_EQ(valueRange(Metric::kSurveyWellbeing).highest, 100.0);
  EXPECT_FALSE(valueRange(Metric::kTurnoverRate).highest);  // leavers of a year against staff now
  EXPECT_FALSE(valueRange(Metric::kDirectTimeShare).highest);  // overtime
  EXPECT_FALSE(valueRange(Metric::kSicknessRate).highest);
  EXPECT_FALSE(valueRange(Metric::kTransferMedianDays).highest);
  for (const MetricInfo& m : catalogue()) EXPECT_EQ(valueRange(m.metric).lowest, 0) << m.id;
  EXPECT_EQ(valueRange(Metric::kStressShare).clamp(192.5), 100);
  EXPECT_EQ(valueRange(Metric::kStressShare).clamp(-70), 0);
  EXPECT_EQ(valueRange(Metric::kStressShare).clamp(42), 42);
}

TEST(ProcessControlTest, NullWithFewerThanEightValuesOrNoLatest) {
  EXPECT_FALSE(processChart(V{5, 5, 5, 5, 5, 5, 9}, Better::kLower, kFromZero));           // 7 values
  EXPECT_FALSE(processChart(V{5, 5, 5, 5, 5, 5, 5, 9, std::nullopt}, Better::kLower, kFromZero));  // latest missing
  // A gap is skipped: these 8 values are the first test's.
  const auto gap = processChart(V{5, 5, 5, 5, std::nullopt, 5, 5, 5, 9}, Better::kLower, kFromZero);
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

// The charts' value axes: a few round tick values inside the plotted range
// (chart_ticks.h), labelled as the pages show the unit.
#include "web/dashboard/chart_ticks.h"

#include <gtest/gtest.h>

#include <cmath>

namespace hc::web {
namespace {

using dashboard::axisTicks;
using metrics::Unit;

std::vector<std::string> labels(const dashboard::AxisTicks& t, Unit unit) {
  std::vector<std::string> out;
  for (double v : t.values) out.push_back(dashboard::tickLabel(unit, v, t.decimals));
  return out;
}

TEST(ChartTicksTest, RoundValuesInsideTheRange) {
  // A funnel plot's scale: 75 to 90 by 5 (70 and 95 lie outside it).
  const auto t = axisTicks(71.3, 93.8, Unit::kPercent);
  EXPECT_EQ(t.values, (std::vector<double>{75, 80, 85, 90}));
  EXPECT_DOUBLE_EQ(t.step, 5);
  EXPECT_EQ(labels(t, Unit::kPercent), (std::vector<std::string>{"75%", "80%", "85%", "90%"}));
  // A few more at the ends when the range reaches them.
  EXPECT_EQ(axisTicks(69.5, 91.6, Unit::kPercent).values, (std::vector<double>{70, 75, 80, 85, 90}));
}

TEST(ChartTicksTest, ARangeAcrossZeroHasZero) {
  const auto t = axisTicks(-3.2, 4.7, Unit::kRatio);
  EXPECT_EQ(t.values, (std::vector<double>{-2, 0, 2, 4}));
  EXPECT_EQ(labels(t, Unit::kRatio), (std::vector<std::string>{"-2", "0", "2", "4"}));  // no "-0"
}

TEST(ChartTicksTest, ATinyRangeGetsFinerStepsAndTheDecimalsToTellThemApart) {
  const auto t = axisTicks(82.41, 82.47, Unit::kPercent);
  EXPECT_DOUBLE_EQ(t.step, 0.02);
  EXPECT_EQ(t.decimals, 2);
  EXPECT_EQ(labels(t, Unit::kPercent), (std::vector<std::string>{"82.42%", "82.44%", "82.46%"}));
  // Steps of 2.5 need one decimal more than the step's power of ten.
  const auto q = axisTicks(1.9, 12.6, Unit::kDays);
  EXPECT_DOUBLE_EQ(q.step, 2.5);
  EXPECT_EQ(labels(q, Unit::kDays), (std::vector<std::string>{"2.5", "5.0", "7.5", "10.0", "12.5"}));
}

TEST(ChartTicksTest, PercentagesAreMarkedWithinZeroToAHundred) {
  // Turnover can pass 100%: the scale reaches 104.5 but the ticks stop at 100.
  EXPECT_EQ(axisTicks(92, 104.5, Unit::kPercent).values, (std::vector<double>{92, 94, 96, 98, 100}));
  EXPECT_EQ(axisTicks(92, 104.5, Unit::kRatio).values, (std::vector<double>{92.5, 95, 97.5, 100, 102.5}));
  EXPECT_EQ(axisTicks(-3.2, 4.7, Unit::kPercent).values, (std::vector<double>{0, 1, 2, 3, 4}));
  // A range wholly beyond 100 still has its ticks.
  EXPECT_EQ(axisTicks(101, 112, Unit::kPercent).values, (std::vector<double>{102.5, 105, 107.5, 110}));
}

TEST(ChartTicksTest, CountsStepByWholeNumbers) {
  EXPECT_EQ(axisTicks(0, 1566.6, Unit::kCount).values, (std::vector<double>{0, 500, 1000, 1500}));
  EXPECT_EQ(labels(axisTicks(0, 1566.6, Unit::kCount), Unit::kCount),
            (std::vector<std::string>{"0", "500", "1,000", "1,500"}));
  EXPECT_EQ(axisTicks(0, 3.15, Unit::kCount).values, (std::vector<double>{0, 1, 2, 3}));
  EXPECT_EQ(axisTicks(0, 2.1, Unit::kCount).values, (std::vector<double>{0, 1, 2}));
  // 25 is a round count, 2.5 is not.
  EXPECT_EQ(axisTicks(0, 110, Unit::kCount).values, (std::vector<double>{0, 25, 50, 75, 100}));
}

// Over ranges of every size and place: 3 to 5 ticks, inside the range,
// evenly spaced by a step of 1, 2, 2.5 or 5 times a power of ten.
TEST(ChartTicksTest, ThreeToFiveRoundTicksForAnyRange) {
  int ranges = 0;
  for (double lo : {-730.0, -41.7, -0.35, 0.0, 0.012, 3.3, 71.3, 99.2, 1234.5})
    for (double span : {0.003, 0.07, 0.9, 1.0, 4.4, 10.0, 26.0, 99.0, 480.0, 7001.0}) {
      const double hi = lo + span;
      const auto t = axisTicks(lo, hi, Unit::kRatio);
      ++ranges;
      ASSERT_GE(t.values.size(), 3u) << lo << " to " << hi;
      ASSERT_LE(t.values.size(), 5u) << lo << " to " << hi;
      const double power = std::pow(10.0, std::floor(std::log10(t.step)));
      const double mantissa = t.step / power;
      EXPECT_TRUE(std::fabs(mantissa - 1) < 1e-9 || std::fabs(mantissa - 2) < 1e-9 ||
                  std::fabs(mantissa - 2.5) < 1e-9 || std::fabs(mantissa - 5) < 1e-9)
          << t.step;
      for (size_t i = 0; i < t.values.size(); ++i) {
        EXPECT_GE(t.values[i], lo - 1e-9 * span);
        EXPECT_LE(t.values[i], hi + 1e-9 * span);
        if (i > 0) {
          EXPECT_NEAR(t.values[i] - t.values[i - 1], t.step, 1e-9 * t.step);
        }
      }
      // Each label differs from the next.
      const auto l = labels(t, Unit::kRatio);
      for (size_t i = 1; i < l.size(); ++i) EXPECT_NE(l[i], l[i - 1]) << lo << " to " << hi;
    }
  EXPECT_EQ(ranges, 90);
}

TEST(ChartTicksTest, UnitsTheLabelsDoNotSayAreCaptioned) {
  EXPECT_EQ(dashboard::axisUnitCaption(Unit::kPercent), "");  // "75%" says it
  EXPECT_EQ(dashboard::axisUnitCaption(Unit::kCount), "");
  EXPECT_EQ(dashboard::axisUnitCaption(Unit::kDays), "(days)");
  EXPECT_EQ(dashboard::axisUnitCaption(Unit::kPer100), "(per 100 cases)");
  EXPECT_EQ(dashboard::axisUnitCaption(Unit::kScore), "(out of 100)");
}

}  // namespace
}  // namespace hc::web

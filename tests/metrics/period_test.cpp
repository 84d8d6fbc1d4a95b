// Period::parse and Period::previous for every form of metrics.md "Periods".
#include "metrics/period.h"

#include <gtest/gtest.h>

namespace hc::metrics {
namespace {

Period parsed(const char* text) {
  std::string error;
  const std::optional<Period> p = Period::parse(text, &error);
  EXPECT_TRUE(p) << text << ": " << error;
  return p.value_or(Period{});
}

std::string errorOf(const char* text) {
  std::string error;
  EXPECT_FALSE(Period::parse(text, &error)) << text;
  return error;
}

TEST(PeriodTest, Month) {
  const Period p = parsed("2025-07");
  EXPECT_EQ(p.kind, Period::Kind::kMonth);
  EXPECT_EQ(p.label, "2025-07");
  EXPECT_EQ(p.from.iso(), "2025-07-01");
  EXPECT_EQ(p.to.iso(), "2025-07-31");
  EXPECT_EQ(p.months, 1);
}

TEST(PeriodTest, FebruaryOfALeapYearEndsOnThe29th) { EXPECT_EQ(parsed("2024-02").to.iso(), "2024-02-29"); }

TEST(PeriodTest, Quarter) {
  const Period p = parsed("2025-Q3");
  EXPECT_EQ(p.kind, Period::Kind::kQuarter);
  EXPECT_EQ(p.label, "2025-Q3");
  EXPECT_EQ(p.from.iso(), "2025-07-01");
  EXPECT_EQ(p.to.iso(), "2025-09-30");
  EXPECT_EQ(p.months, 3);
  EXPECT_EQ(parsed("2025-Q1").from.iso(), "2025-01-01");
  EXPECT_EQ(parsed("2025-Q4").to.iso(), "2025-12-31");
}

TEST(PeriodTest, LowerCaseQuarterIsLabelledInCapitals) { EXPECT_EQ(parsed("2025-q2").label, "2025-Q2"); }

TEST(PeriodTest, CalendarYear) {
  const Period p = parsed("2025");
  EXPECT_EQ(p.kind, Period::Kind::kYear);
  EXPECT_EQ(p.from.iso(), "2025-01-01");
  EXPECT_EQ(p.to.iso(), "2025-12-31");
  EXPECT_EQ(p.months, 12);
}

TEST(PeriodTest, FinancialYearRunsAprilToMarch) {
  const Period p = parsed("2025/26");
  EXPECT_EQ(p.kind, Period::Kind::kFinancialYear);
  EXPECT_EQ(p.label, "2025/26");
  EXPECT_EQ(p.from.iso(), "2025-04-01");
  EXPECT_EQ(p.to.iso(), "2026-03-31");
  EXPECT_EQ(p.months, 12);
  EXPECT_EQ(parsed("1999/00").to.iso(), "2000-03-31");  // the century turns
}

TEST(PeriodTest, CensusYearEndsOn30SeptemberOfItsYear) {
  const Period p = parsed("csww-2025");
  EXPECT_EQ(p.kind, Period::Kind::kCensusYear);
  EXPECT_EQ(p.label, "csww-2025");
  EXPECT_EQ(p.from.iso(), "2024-10-01");
  EXPECT_EQ(p.to.iso(), "2025-09-30");
  EXPECT_EQ(p.months, 12);
}

TEST(PeriodTest, PreviousIsThePeriodOfTheSameKindBefore) {
  EXPECT_EQ(parsed("2025-01").previous().label, "2024-12");
  EXPECT_EQ(parsed("2025-01").previous().to.iso(), "2024-12-31");
  EXPECT_EQ(parsed("2025-03").previous().to.iso(), "2025-02-28");
  EXPECT_EQ(parsed("2025-Q1").previous().label, "2024-Q4");
  EXPECT_EQ(parsed("2025-Q3").previous().from.iso(), "2025-04-01");
  EXPECT_EQ(parsed("2025").previous().label, "2024");
  const Period fy = parsed("2025/26").previous();
  EXPECT_EQ(fy.label, "2024/25");
  EXPECT_EQ(fy.from.iso(), "2024-04-01");
  EXPECT_EQ(fy.to.iso(), "2025-03-31");
  const Period census = parsed("csww-2025").previous();
  EXPECT_EQ(census.label, "csww-2024");
  EXPECT_EQ(census.from.iso(), "2023-10-01");
  EXPECT_EQ(census.to.iso(), "2024-09-30");
  EXPECT_EQ(census.kind, Period::Kind::kCensusYear);
}

TEST(PeriodTest, BadQuarterSaysWhichQuartersExist) {
  const std::string e = errorOf("2025-Q5");
  EXPECT_NE(e.find("2025-Q5"), std::string::npos) << e;
  EXPECT_NE(e.find("Q1 to Q4"), std::string::npos) << e;
}

TEST(PeriodTest, FinancialYearWhoseYearsDoNotFollowIsRejected) {
  const std::string e = errorOf("2025/27");
  EXPECT_NE(e.find("2025/27"), std::string::npos) << e;
  EXPECT_NE(e.find("2025/26"), std::string::npos) << e;  // suggests the right spelling
}

TEST(PeriodTest, BadMonth) { EXPECT_NE(errorOf("2025-13").find("01 to 12"), std::string::npos); }

TEST(PeriodTest, UnknownFormsListTheAcceptedOnes) {
  for (const char* text : {"", "abc", "25-07", "2025-7", "2025-Q", "2025/2026", "csww-25", "2025-07-01"}) {
    const std::string e = errorOf(text);
    EXPECT_NE(e.find("csww-2025"), std::string::npos) << text << ": " << e;
  }
}

TEST(PeriodTest, ErrorPointerIsOptional) { EXPECT_FALSE(Period::parse("nonsense")); }

}  // namespace
}  // namespace hc::metrics

#include "core/date.h"

#include <gtest/gtest.h>

namespace hc {
namespace {

TEST(DateTest, ParsesAndFormatsIsoDates) {
  const auto d = Date::parse("2025-09-30");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year(), 2025);
  EXPECT_EQ(d->month(), 9u);
  EXPECT_EQ(d->day(), 30u);
  EXPECT_EQ(d->iso(), "2025-09-30");
  // 1970-01-01 is day 0; 2000-03-01 is 11017 days later.
  EXPECT_EQ(Date::parse("1970-01-01")->days(), 0);
  EXPECT_EQ(Date::parse("2000-03-01")->days(), 11017);
}

TEST(DateTest, RejectsImpossibleAndMisshapenDates) {
  EXPECT_FALSE(Date::parse("2025-02-29"));  // not a leap year
  EXPECT_TRUE(Date::parse("2024-02-29"));
  EXPECT_FALSE(Date::parse("2025-13-01"));
  EXPECT_FALSE(Date::parse("25/12/2024"));
  EXPECT_FALSE(Date::parse("2025-9-30"));
  EXPECT_FALSE(Date::parse("2025-09-30 "));
}

TEST(DateTest, KnowsWeekdays) {
  EXPECT_EQ(Date::parse("2025-09-29")->weekday(), 0u);  // a Monday
  EXPECT_EQ(Date::parse("2025-10-05")->weekday(), 6u);  // a Sunday
  EXPECT_TRUE(Date::parse("1969-12-28")->isWeekend());  // before the epoch: a Sunday
}

TEST(DateTest, AddsMonthsClampingToMonthEnd) {
  EXPECT_EQ(Date::parse("2025-01-31")->plusMonths(1).iso(), "2025-02-28");
  EXPECT_EQ(Date::parse("2024-11-15")->plusMonths(3).iso(), "2025-02-15");
  EXPECT_EQ(Date::parse("2025-03-31")->plusMonths(-1).iso(), "2025-02-28");
  EXPECT_EQ(Date::parse("2025-02-10")->lastOfMonth().iso(), "2025-02-28");
}

TEST(DateTimeTest, AcceptsBothSeparatorsAndOptionalSeconds) {
  const auto a = DateTime::parse("2025-07-01T09:30");
  const auto b = DateTime::parse("2025-07-01 09:30:59");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->minutes(), b->minutes());
  EXPECT_EQ(a->date().iso(), "2025-07-01");
  EXPECT_EQ(a->minuteOfDay(), 9 * 60 + 30);
  EXPECT_EQ(a->iso(), "2025-07-01 09:30");
  EXPECT_FALSE(DateTime::parse("2025-07-01 24:00"));
  EXPECT_FALSE(DateTime::parse("01/07/2025 09:30"));
  EXPECT_FALSE(DateTime::parse("2025-07-01"));
}

}  // namespace
}  // namespace hc

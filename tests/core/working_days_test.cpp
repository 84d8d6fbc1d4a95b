// The working-day calendar: weekdays by arithmetic, less weekday holidays.
// Expected counts are from a wall calendar: August 2025 has 21 weekdays
// (1 Aug is a Friday), 2025 has 261, and the week of 1 January 1990 runs
// Monday to Sunday.
#include "core/working_days.h"

#include <gtest/gtest.h>

#include "core/bank_holidays.h"

namespace hc {
namespace {

Date day(const char* iso) { return *Date::parse(iso); }

TEST(WorkingDaysTest, WeekdaysLessHolidays) {
  const WorkingDays wd({{day("2025-08-25"), "bank holiday"}, {day("2025-08-30"), "a Saturday"}});
  EXPECT_EQ(wd.count(day("2025-08-01"), day("2025-08-31")), 20);  // 21 weekdays, 1 holiday
  EXPECT_EQ(wd.count(day("2025-08-25"), day("2025-08-31")), 4);
  EXPECT_EQ(wd.count(day("2025-08-30"), day("2025-08-31")), 0);   // weekend
  EXPECT_EQ(wd.count(day("2025-08-29"), day("2025-08-28")), 0);   // empty range
  EXPECT_EQ(wd.count(day("1990-01-01"), day("1990-01-07")), 5);   // far outside the holidays
  EXPECT_EQ(wd.count(day("2025-01-01"), day("2025-12-31")), 261 - 1);
  EXPECT_FALSE(wd.isWorkingDay(day("2025-08-25")));
  EXPECT_TRUE(wd.isWorkingDay(day("2025-08-26")));
}

TEST(WorkingDaysTest, HolidaysListedTwiceCountOnce) {
  const WorkingDays wd({{day("2025-12-25"), "Christmas Day"}, {day("2025-12-25"), "Our Christmas"},
                        {day("2025-12-26"), "Boxing Day"}});
  EXPECT_EQ(wd.count(day("2025-12-22"), day("2025-12-28")), 3);  // Mon to Wed
  EXPECT_EQ(wd.count(day("2025-12-26"), day("2026-01-02")), 5);  // 29 Dec to 2 Jan
}

TEST(WorkingDaysTest, ShippedBankHolidaysOfCensusYear2025) {
  // 1 Oct 2024 to 30 Sep 2025: 261 weekdays; 8 bank holidays fall on
  // weekdays in it (Christmas and Boxing Day 2024 to the August holiday 2025).
  const WorkingDays wd(englandAndWalesBankHolidays());
  EXPECT_EQ(weekdaysBetween(day("2024-10-01"), day("2025-09-30")), 261);
  EXPECT_EQ(wd.count(day("2024-10-01"), day("2025-09-30")), 253);
}

TEST(WeekdaysBetweenTest, MondayToFridayOnEitherSideOfTheEpoch) {
  EXPECT_EQ(weekdaysBetween(day("2025-08-01"), day("2025-08-31")), 21);
  EXPECT_EQ(weekdaysBetween(day("2025-08-02"), day("2025-08-03")), 0);  // a weekend
  EXPECT_EQ(weekdaysBetween(day("2025-08-04"), day("2025-08-04")), 1);  // a Monday
  EXPECT_EQ(weekdaysBetween(day("2025-08-05"), day("2025-08-04")), 0);  // empty
  // 1969-12-24 (Wednesday) to 1970-01-06 (Tuesday): Wed..Fri, Mon..Fri, Mon, Tue.
  EXPECT_EQ(weekdaysBetween(day("1969-12-24"), day("1970-01-06")), 10);
}

}  // namespace
}  // namespace hc

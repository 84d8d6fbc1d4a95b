// The clock's two written forms of an instant, worked from the epoch:
// 1 000 000 000 s is 11 574 days (2001-09-09) and 6 400 s (01:46:40).
#include "core/utc_clock.h"

#include <gtest/gtest.h>

#include "core/date.h"

namespace hc {
namespace {

TEST(UtcClockTest, IsoAndSqlFormsOfOneInstant) {
  EXPECT_EQ(isoUtc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(isoUtc(1000000000), "2001-09-09T01:46:40Z");
  EXPECT_EQ(sqlUtc(1000000000), "2001-09-09 01:46:40");
  EXPECT_EQ(sqlUtc(-1), "1969-12-31 23:59:59");
}

TEST(UtcClockTest, NowIsTodaysDateInIsoForm) {
  const int64_t before = nowSeconds();
  const std::string now = utcNow();
  const int64_t after = nowSeconds();
  ASSERT_EQ(now.size(), 20u) << now;
  EXPECT_EQ(now[10], 'T');
  EXPECT_EQ(now.back(), 'Z');
  // The date part is the day of one of the two readings around it.
  const auto day = Date::parse(now.substr(0, 10));
  ASSERT_TRUE(day) << now;
  EXPECT_GE(day->days(), before / 86400);
  EXPECT_LE(day->days(), after / 86400);
  EXPECT_GT(before, 1700000000);  // after November 2023: the clock is real time, not zero
}

TEST(UtcClockTest, TodayIsTheDateOfNowInUtc) {
  const int64_t before = nowSeconds();
  const Date today = utcToday();
  const int64_t after = nowSeconds();
  // The date part of one of the two readings around it (they differ only
  // across midnight).
  EXPECT_TRUE(today.iso() == isoUtc(before).substr(0, 10) || today.iso() == isoUtc(after).substr(0, 10))
      << today.iso() << " vs " << isoUtc(before);
}

}  // namespace
}  // namespace hc

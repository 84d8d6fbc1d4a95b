#include "core/records.h"

#include <gtest/gtest.h>

namespace hc {
namespace {

TEST(RecordsTest, EnumerationsMatchCaseInsensitivelyAfterTrimming) {
  EXPECT_EQ(parseRole(" Team_Manager "), Role::kTeamManager);
  EXPECT_EQ(parseVisitStatus("NO_ACCESS"), VisitStatus::kNoAccess);
  EXPECT_FALSE(parseVisitStatus("no access"));
  EXPECT_FALSE(parseService(""));
  EXPECT_EQ(name(VisitStatus::kCancelledByService), "cancelled_by_service");
}

TEST(RecordsTest, InPostOpenAndAllocatedFollowTheContract) {
  Staff s;
  s.start_date = *Date::parse("2025-01-01");
  s.end_date = Date::parse("2025-06-30");
  EXPECT_TRUE(s.inPostOn(*Date::parse("2025-06-30")));  // the last day in post
  EXPECT_FALSE(s.inPostOn(*Date::parse("2025-07-01")));

  Case c;
  c.referral_date = *Date::parse("2025-01-01");
  c.closed_date = Date::parse("2025-03-01");
  EXPECT_TRUE(c.openOn(*Date::parse("2025-02-28")));
  EXPECT_FALSE(c.openOn(*Date::parse("2025-03-01")));  // closed on the day

  Allocation a;
  a.start_date = *Date::parse("2025-01-01");
  a.end_date = Date::parse("2025-02-01");
  EXPECT_FALSE(a.currentOn(*Date::parse("2025-02-01")));  // ended that day
}

}  // namespace
}  // namespace hc

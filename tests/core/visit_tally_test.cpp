// VisitTally: visits summed per worker, calendar month and status.
#include "core/visit_tally.h"

#include <gtest/gtest.h>

namespace hc {
namespace {

Date day(const char* iso) { return *Date::parse(iso); }

Visit visit(const char* staff, const char* when, VisitStatus status, int planned, std::optional<int> actual,
            std::optional<int> travel) {
  Visit v;
  v.staff_id = staff;
  v.scheduled_start = *DateTime::parse(when);
  v.status = status;
  v.planned_minutes = planned;
  v.actual_minutes = actual;
  v.travel_minutes = travel;
  return v;
}

TEST(VisitTallyTest, SumsPerWorkerMonthAndStatusInKeyOrder) {
  const std::vector<VisitMonth> months = summariseVisits({
      visit("S2", "2025-08-04 10:00", VisitStatus::kCompleted, 60, 75, 20),
      visit("S1", "2025-08-31 23:59", VisitStatus::kNoAccess, 30, std::nullopt, 15),
      visit("S2", "2025-08-20 09:00", VisitStatus::kCompleted, 90, 80, std::nullopt),
      visit("S2", "2025-07-31 16:00", VisitStatus::kCompleted, 60, 60, 10),  // July: its own summary
      visit("S2", "2025-08-21 09:00", VisitStatus::kRescheduled, 45, std::nullopt, std::nullopt),
  });
  ASSERT_EQ(months.size(), 4u);
  EXPECT_EQ(months[0].staff_id, "S1");
  EXPECT_EQ(months[0].month, day("2025-08-01"));
  EXPECT_EQ(months[0].status, VisitStatus::kNoAccess);
  EXPECT_EQ(months[0].visits, 1);
  EXPECT_EQ(months[0].travel_minutes, 15);

  EXPECT_EQ(months[1].staff_id, "S2");
  EXPECT_EQ(months[1].month, day("2025-07-01"));
  EXPECT_EQ(months[1].visits, 1);

  // S2's two completed August visits, added up; a missing travel time adds 0.
  EXPECT_EQ(months[2].month, day("2025-08-01"));
  EXPECT_EQ(months[2].status, VisitStatus::kCompleted);
  EXPECT_EQ(months[2].visits, 2);
  EXPECT_EQ(months[2].planned_minutes, 150);
  EXPECT_EQ(months[2].actual_minutes, 155);
  EXPECT_EQ(months[2].travel_minutes, 20);

  EXPECT_EQ(months[3].status, VisitStatus::kRescheduled);
  EXPECT_EQ(months[3].actual_minutes, 0);
}

TEST(VisitTallyTest, MergingTalliesEqualsTallyingEverythingOnce) {
  const Visit a = visit("S1", "2025-08-04 10:00", VisitStatus::kCompleted, 60, 70, 5);
  const Visit b = visit("S1", "2025-08-05 10:00", VisitStatus::kCompleted, 30, 20, std::nullopt);
  const Visit c = visit("S3", "2025-09-01 00:00", VisitStatus::kCancelledByPerson, 60, std::nullopt, std::nullopt);
  VisitTally first, second, whole;
  first.add(a);
  second.add(c);
  second.add(b);
  first.merge(second);
  for (const Visit& v : {a, b, c}) whole.add(v);

  const std::vector<VisitMonth> merged = first.summaries(), expected = whole.summaries();
  ASSERT_EQ(merged.size(), 2u);
  ASSERT_EQ(merged.size(), expected.size());
  for (size_t i = 0; i < merged.size(); ++i) {
    EXPECT_EQ(merged[i].staff_id, expected[i].staff_id);
    EXPECT_EQ(merged[i].month, expected[i].month);
    EXPECT_EQ(merged[i].status, expected[i].status);
    EXPECT_EQ(merged[i].visits, expected[i].visits);
    EXPECT_EQ(merged[i].planned_minutes, expected[i].planned_minutes);
    EXPECT_EQ(merged[i].actual_minutes, expected[i].actual_minutes);
  }
  EXPECT_EQ(merged[0].visits, 2);
  EXPECT_EQ(merged[0].actual_minutes, 90);
}

TEST(VisitTallyTest, NothingTalliedIsNoSummary) { EXPECT_TRUE(VisitTally().summaries().empty()); }

// An import replacing a stored visit takes the old one's share away.
TEST(VisitTallyTest, RemovingTakesAVisitsShareAway) {
  VisitTally tally;
  tally.add("S1", 2025, 8, VisitStatus::kCompleted, 60, 55, 20);
  tally.add("S1", 2025, 8, VisitStatus::kCompleted, 30, std::nullopt, 5);
  tally.add("S2", 2025, 9, VisitStatus::kNoAccess, 45, std::nullopt, std::nullopt);
  tally.remove("S1", 2025, 8, VisitStatus::kCompleted, 60, 55, 20);
  tally.remove("S2", 2025, 9, VisitStatus::kNoAccess, 45, std::nullopt, std::nullopt);
  const std::vector<VisitMonth> months = tally.summaries();
  ASSERT_EQ(months.size(), 1u) << "S2's September came to nothing and is not reported";
  EXPECT_EQ(months[0].staff_id, "S1");
  EXPECT_EQ(months[0].visits, 1);
  EXPECT_EQ(months[0].planned_minutes, 30);
  EXPECT_EQ(months[0].actual_minutes, 0);
  EXPECT_EQ(months[0].travel_minutes, 5);
  // Taking away what this tally never had leaves a negative change, as an
  // import replacing an earlier import's visit needs.
  VisitTally change;
  change.remove("S3", 2025, 1, VisitStatus::kCompleted, 10, 10, std::nullopt);
  ASSERT_EQ(change.summaries().size(), 1u);
  EXPECT_EQ(change.summaries()[0].visits, -1);
  EXPECT_EQ(change.summaries()[0].planned_minutes, -10);
}

}  // namespace
}  // namespace hc

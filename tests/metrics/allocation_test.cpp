// Area allocation: unallocated cases and their waits, referral peaks,
// transfers.
#include <gtest/gtest.h>

#include "fixtures.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

constexpr double kEps = 1e-9;

// D = 2025-09-30. w3 left on 2025-08-31.
Dataset cases() {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  d.staff = {permanent("w1", "T1"), permanent("w3", "T1", 1, "2020-01-01", "2025-08-31"), permanent("w5", "T2")};
  d.cases = {
      kase("c1", "T1", "2025-01-01"),  // held by w1
      kase("c5", "T1", "2025-01-01"),  // with w3, who has left: waits since 2025-09-01 -> 29 days
      kase("c7", "T1", "2025-01-01"),  // allocation ended on D: waits since 2025-09-30 -> 0 days
      kase("c8", "T1", "2025-01-01", nullptr, "2025-09-01"),  // closed
      kase("c9", "T1", "2025-10-05"),                          // not yet referred
      kase("c10", "T1", "2025-09-20"),  // never allocated: waits since referral -> 10 days
      kase("c11", "T1", "2025-01-01"),  // held by w5 of T2: allocated, and still T1's case
      kase("c12", "T1", "2025-03-01"),  // allocation ended 2025-06-30, then w3's ended with w3:
                                        // latest of 03-01, 06-30, 09-01 -> 29 days
  };
  d.allocations = {
      allocation("a1", "c1", "w1", "2025-01-01"),
      allocation("a7", "c5", "w3", "2025-01-01"),
      allocation("a9", "c7", "w1", "2025-01-01", "2025-09-30"),
      allocation("a11", "c11", "w5", "2025-01-01"),
      allocation("a12", "c12", "w1", "2025-03-01", "2025-06-30"),
      allocation("a13", "c12", "w3", "2025-07-01"),
  };
  return d;
}

TEST(AllocationTest, UnallocatedCasesAreOpenCasesWithNoWorkerInPost) {
  const HealthCheck hc = run(cases(), "2025-Q3");
  // Open on D: c1, c5, c7, c10, c11, c12 = 6; unallocated: c5, c7, c10, c12 = 4.
  EXPECT_NEAR(value(hc, "T1", "unallocated_cases"), 4, kEps);
  EXPECT_EQ(metric(hc, "T1", "unallocated_cases").n, 6);
  EXPECT_NEAR(value(hc, "T1", "unallocated_rate"), 4.0 / 6 * 100, kEps);
  // Cases count in their own team, not the worker's: T2 has none.
  EXPECT_NEAR(value(hc, "T2", "unallocated_cases"), 0, kEps);
  EXPECT_FALSE(metric(hc, "T2", "unallocated_rate").value);  // 0 / 0 open
}

TEST(AllocationTest, UnallocatedMedianDaysUsesTheLatestWaitingSince) {
  const HealthCheck hc = run(cases(), "2025-Q3");
  // Waits: c5 29, c7 0, c10 10, c12 29 -> sorted 0, 10, 29, 29 -> (10 + 29) / 2.
  EXPECT_NEAR(value(hc, "T1", "unallocated_median_days"), 19.5, kEps);
  EXPECT_EQ(metric(hc, "T1", "unallocated_median_days").n, 4);
  EXPECT_FALSE(metric(hc, "T2", "unallocated_median_days").value);  // median of nothing
}

TEST(AllocationTest, AnEarlierDaySeesTheWorkerStillInPost) {
  const HealthCheck hc = run(cases(), "2025-08");
  // D = 2025-08-31: w3 is in post on their last day, so c5 and c12 are
  // allocated; c7 (allocation until 09-30) too; c10 not yet referred.
  // Open: c1, c5, c7, c8, c11, c12 = 6 (c8 closes 09-01); c8 never had a
  // worker, so 1 unallocated -> 1 / 6.
  EXPECT_NEAR(value(hc, "T1", "unallocated_cases"), 1, kEps);
  EXPECT_NEAR(value(hc, "T1", "unallocated_rate"), 100.0 / 6, kEps);
  EXPECT_EQ(metric(hc, "T1", "unallocated_rate").n, 6);
}

Dataset referrals(std::initializer_list<const char*> dates) {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  int i = 0;
  for (const char* date : dates) d.cases.push_back(kase(("r" + std::to_string(i++)).c_str(), "T1", date));
  return d;
}

TEST(AllocationTest, ReferralPeakRatioOverWholeWeeks) {
  // 2025-Q3: 2025-07-01 is a Tuesday; whole weeks run Mon 07-07 .. Sun 09-28: 12 weeks.
  // Week 1 (07-07..07-13): 2; week 5 (08-04..08-10): 6; 07-01 and 09-29 fall outside.
  // Peak 6 / mean (8 / 12) = 9.
  const Dataset d = referrals({"2025-07-07", "2025-07-13", "2025-08-04", "2025-08-05", "2025-08-06", "2025-08-07",
                               "2025-08-08", "2025-08-10", "2025-07-01", "2025-09-29"});
  const HealthCheck hc = run(d, "2025-Q3");
  EXPECT_NEAR(value(hc, "T1", "referral_peak_ratio"), 9, kEps);
  EXPECT_EQ(metric(hc, "T1", "referral_peak_ratio").n, 8);
  EXPECT_FALSE(metric(hc, "T2", "referral_peak_ratio").value);  // no referrals
}

TEST(AllocationTest, ReferralPeakRatioNeedsFourWholeWeeks) {
  const Dataset d = referrals({"2025-07-08", "2025-09-02", "2025-09-10"});
  // July 2025 holds only 3 whole Monday-Sunday weeks (07-07 .. 07-27): null.
  EXPECT_FALSE(metric(run(d, "2025-07"), "T1", "referral_peak_ratio").value);
  // September 2025 starts on a Monday: 4 whole weeks; counts 1, 1, 0, 0 -> 1 / (2 / 4) = 2.
  EXPECT_NEAR(value(run(d, "2025-09"), "T1", "referral_peak_ratio"), 2, kEps);
}

Transfer transfer(const char* id, const char* requested, const char* completed) {
  return Transfer{id, "c", "T1", "T2", day(requested), maybeDay(completed)};
}

TEST(AllocationTest, TransfersCountInTheReceivingTeam) {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  d.transfers = {
      transfer("x1", "2025-06-01", "2025-07-11"),  // completed in Q3: 40 days
      transfer("x2", "2025-07-01", "2025-07-21"),  // completed in Q3: 20 days
      transfer("x3", "2025-09-01", nullptr),       // pending
      transfer("x4", "2025-09-15", "2025-10-02"),  // not completed by D: pending
      transfer("x5", "2025-10-01", nullptr),       // requested after D
      transfer("x6", "2025-05-01", "2025-06-30"),  // completed before the period
  };
  const HealthCheck hc = run(d, "2025-Q3");
  EXPECT_NEAR(value(hc, "T2", "transfer_median_days"), 30, kEps);  // (20 + 40) / 2
  EXPECT_EQ(metric(hc, "T2", "transfer_median_days").n, 2);
  EXPECT_NEAR(value(hc, "T2", "transfers_pending"), 2, kEps);
  EXPECT_FALSE(metric(hc, "T1", "transfer_median_days").value);
  EXPECT_NEAR(value(hc, "T1", "transfers_pending"), 0, kEps);  // a count: 0, not null
  EXPECT_NEAR(value(hc, "council", "transfers_pending"), 2, kEps);
}

}  // namespace
}  // namespace hc::metrics

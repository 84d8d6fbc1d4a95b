// Area workload: vacancy, agency, turnover, caseloads, supervision. Every
// expected value is worked out in the comments from the records built.
#include <gtest/gtest.h>

#include "fixtures.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

constexpr double kEps = 1e-9;

// D = 2025-09-30 (2025-Q3). Children: T1, T2; adults: T3.
Dataset staffing() {
  Dataset d;
  d.teams = {team("T1"), team("T2"), team("T3", Service::kAdults)};
  d.staff = {
      permanent("s1", "T1"), permanent("s2", "T1"),
      agency("s3", "T1", 0.5, "2025-01-01"),
      permanent("s4", "T1", 0.6, "2019-01-01", "2025-06-30"),  // left in the 12 months: a leaver
      permanent("s5", "T1", 1, "2025-10-01"),                  // joins after D: not in post
      permanent("s6", "T2"),
      permanent("s8", "T2", 1, "2019-01-01", "2024-09-30"),    // left the same date a year earlier: outside
      permanent("s9", "T2", 1, "2019-01-01", "2024-10-01"),    // first day of the 12 months: a leaver
      permanent("s7", "T3"),
  };
  d.establishments = {{"T1", day("2024-01-01"), 2},  // superseded
                      {"T1", day("2025-01-01"), 4},
                      {"T1", day("2025-10-01"), 10},  // not yet in effect on D
                      {"T3", day("2025-01-01"), 0.5}};
  return d;
}

TEST(WorkloadTest, VacancyRateUsesTheEstablishmentInEffectOnD) {
  const HealthCheck hc = run(staffing(), "2025-Q3");
  // T1: inpost_fte = s1 + s2 = 2 (s3 agency, s4 gone, s5 not started);
  // establishment 4 -> vacancy_fte = 2, rate = 2 / (2 + 2) x 100 = 50.
  EXPECT_NEAR(value(hc, "T1", "vacancy_rate"), 50, kEps);
  EXPECT_EQ(metric(hc, "T1", "vacancy_rate").n, 2);
  // T2 has no establishment: null, not zero.
  EXPECT_FALSE(metric(hc, "T2", "vacancy_rate").value);
  // T3: inpost 1 over an establishment of 0.5 -> vacancy_fte = max(0, -0.5) = 0 -> 0.
  EXPECT_NEAR(value(hc, "T3", "vacancy_rate"), 0, kEps);
}

TEST(WorkloadTest, VacancyRateOfAServiceComesFromItsRecordsNotItsTeamsRates) {
  const HealthCheck hc = run(staffing(), "2025-Q3");
  // Children: establishment 4 (T2 has none), inpost 2 + 1 = 3
  // -> vacancy 1, rate 1 / (1 + 3) x 100 = 25 (not T1's 50).
  EXPECT_NEAR(value(hc, "children", "vacancy_rate"), 25, kEps);
  // Council: establishment 4.5, inpost 4 -> 0.5 / 4.5 x 100.
  EXPECT_NEAR(value(hc, "council", "vacancy_rate"), 0.5 / 4.5 * 100, kEps);
}

// A figure exactly at a limit is rated as the limit says ("<= 10" is
// green at 10), however the arithmetic rounds on the way.
TEST(WorkloadTest, AVacancyRateExactlyAtTheGreenLimitIsGreen) {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  for (int i = 0; i < 9; ++i) d.staff.push_back(permanent(("a" + std::to_string(i)).c_str(), "T1"));
  // T2's nine workers of 0.1 FTE sum to 0.8999999999999999 in binary, not
  // 0.9, so its vacancy comes to 10.000000000000009% of its establishment of 1.
  for (int i = 0; i < 9; ++i) d.staff.push_back(permanent(("b" + std::to_string(i)).c_str(), "T2", 0.1));
  d.establishments = {{"T1", day("2025-01-01"), 10}, {"T2", day("2025-01-01"), 1}};
  const HealthCheck hc = run(d, "2025-Q3");
  // T1: vacancy 1 of 10 -> exactly 10 (1 / 10 x 100 would be 10.000000000000002).
  EXPECT_EQ(value(hc, "T1", "vacancy_rate"), 10.0);
  EXPECT_EQ(metric(hc, "T1", "vacancy_rate").status, Status::kGreen);
  // T2: vacancy 1 - 0.9 of 1 -> 10, give or take the last bits: green too.
  EXPECT_NEAR(value(hc, "T2", "vacancy_rate"), 10, kEps);
  EXPECT_EQ(metric(hc, "T2", "vacancy_rate").status, Status::kGreen);
}

TEST(WorkloadTest, AgencyRate) {
  const HealthCheck hc = run(staffing(), "2025-Q3");
  // T1: agency 0.5 / (0.5 + 2) x 100 = 20; T2: 0 / (0 + 1) = 0.
  EXPECT_NEAR(value(hc, "T1", "agency_rate"), 20, kEps);
  EXPECT_NEAR(value(hc, "T2", "agency_rate"), 0, kEps);
  EXPECT_EQ(metric(hc, "T1", "agency_rate").n, 3);  // s1, s2, s3 in post
  // Council: 0.5 / (0.5 + 4) x 100.
  EXPECT_NEAR(value(hc, "council", "agency_rate"), 0.5 / 4.5 * 100, kEps);
}

TEST(WorkloadTest, TurnoverCountsPermanentLeaversOfTheTwelveMonthsEndingD) {
  const HealthCheck hc = run(staffing(), "2025-Q3");
  // 12 months ending 2025-09-30: 2024-10-01 .. 2025-09-30.
  // T1: s4 (0.6) / inpost 2 x 100 = 30. T2: s9 (1) / 1 x 100 = 100 (s8 outside).
  EXPECT_NEAR(value(hc, "T1", "turnover_rate"), 30, kEps);
  EXPECT_NEAR(value(hc, "T2", "turnover_rate"), 100, kEps);
  // Council: (0.6 + 1) / 4 x 100 = 40.
  EXPECT_NEAR(value(hc, "council", "turnover_rate"), 40, kEps);
  // Even for a month, turnover is a 12-month figure: same leavers on 2025-09-30.
  EXPECT_NEAR(value(run(staffing(), "2025-09"), "T1", "turnover_rate"), 30, kEps);
}

TEST(WorkloadTest, NoPermanentStaffMeansNullRatesNotZero) {
  Dataset d;
  d.teams = {team("T1")};
  d.staff = {permanent("gone", "T1", 1, "2020-01-01", "2025-01-31")};
  const HealthCheck hc = run(d, "2025-Q3");
  EXPECT_FALSE(metric(hc, "T1", "agency_rate").value);    // 0 / (0 + 0)
  EXPECT_FALSE(metric(hc, "T1", "turnover_rate").value);  // 1 / 0
}

// D = 2025-09-30. w2 is part-time (0.5); w3 left on 2025-08-31; w4 agency;
// w5 works in T2 but holds a T1 case.
Dataset caseloads() {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  d.staff = {permanent("w1", "T1"), permanent("w2", "T1", 0.5), permanent("w3", "T1", 1, "2020-01-01", "2025-08-31"),
             agency("w4", "T1"), permanent("w5", "T2")};
  d.cases = {kase("c1", "T1", "2025-01-01"), kase("c2", "T1", "2025-01-01"), kase("c3", "T1", "2025-01-01"),
             kase("c4", "T1", "2025-01-01"), kase("c5", "T1", "2025-01-01"), kase("c6", "T1", "2025-01-01"),
             kase("c7", "T1", "2025-01-01"),
             kase("c8", "T1", "2025-01-01", nullptr, "2025-09-01"),  // closed: not held, not open
             kase("c9", "T1", "2025-10-05"),                          // referred after D
             kase("c10", "T1", "2025-09-20"),                         // never allocated
             kase("c11", "T1", "2025-01-01")};
  d.allocations = {
      allocation("a1", "c1", "w1", "2025-01-01"),
      allocation("a2", "c2", "w1", "2025-01-01"),
      allocation("a4", "c3", "w1", "2025-02-01"),  // two current, same start:
      allocation("a3", "c3", "w2", "2025-02-01"),  // the earlier id (a3) holds it
      allocation("a5", "c4", "w1", "2025-01-01"),  // two current: the later start
      allocation("a6", "c4", "w2", "2025-03-01"),  // (a6) holds it
      allocation("a7", "c5", "w3", "2025-01-01"),  // worker left: unallocated
      allocation("a8", "c6", "w4", "2025-01-01"),
      allocation("a9", "c7", "w1", "2025-01-01", "2025-09-30"),  // ended on D: not current
      allocation("a10", "c8", "w1", "2025-01-01"),
      allocation("a11", "c11", "w5", "2025-01-01"),
  };
  return d;
}

TEST(WorkloadTest, CaseloadCountsEachOpenCaseOnceForTheWorkerHoldingIt) {
  HealthCheckOptions options;
  options.caseload_limit = 3;
  const HealthCheck hc = run(caseloads(), "2025-Q3", options);
  // Held on D: w1 c1, c2 (c3 and c4 go to w2; c8 is closed) = 2;
  // w2 c3, c4 = 2 on 0.5 FTE; w4 c6 = 1; w3 has left; w5 (T2) c11.
  // T1: 5 cases / (1 + 0.5 + 1) FTE = 2.
  EXPECT_NEAR(value(hc, "T1", "caseload_avg"), 2, kEps);
  EXPECT_EQ(metric(hc, "T1", "caseload_avg").n, 3);
  EXPECT_NEAR(value(hc, "T1", "caseload_max"), 2, kEps);
  // Over the limit of 3 cases per FTE: w2 only (2 / 0.5 = 4) -> 1 of 3.
  EXPECT_NEAR(value(hc, "T1", "caseload_over_limit"), 100.0 / 3, kEps);
  // The case w5 holds counts in w5's team.
  EXPECT_NEAR(value(hc, "T2", "caseload_avg"), 1, kEps);
  // Council: 6 cases / 3.5 FTE.
  EXPECT_NEAR(value(hc, "council", "caseload_avg"), 6 / 3.5, kEps);
  EXPECT_NEAR(value(hc, "council", "caseload_max"), 2, kEps);
}

TEST(WorkloadTest, CaseloadOverLimitIsStrictlyOver) {
  const HealthCheck hc = run(caseloads(), "2025-Q3");  // default limit 20: nobody over
  EXPECT_NEAR(value(hc, "T1", "caseload_over_limit"), 0, kEps);
  HealthCheckOptions options;
  options.caseload_limit = 4;  // w2 at exactly 4 per FTE is not over
  EXPECT_NEAR(value(run(caseloads(), "2025-Q3", options), "T1", "caseload_over_limit"), 0, kEps);
}

TEST(WorkloadTest, NobodyHoldingCasesMeansNullCaseloads) {
  const HealthCheck hc = run(staffing(), "2025-Q3");
  EXPECT_FALSE(metric(hc, "T1", "caseload_avg").value);
  EXPECT_FALSE(metric(hc, "T1", "caseload_max").value);
  EXPECT_FALSE(metric(hc, "T1", "caseload_over_limit").value);
}

Supervision session(const char* staff, const char* date, int minutes = 90,
                    SupervisionKind kind = SupervisionKind::kIndividual) {
  return Supervision{"x", staff, std::nullopt, day(date), minutes, kind};
}

// 2025-Q3: July, August, September.
Dataset supervision() {
  Dataset d;
  d.teams = {team("T1")};
  d.staff = {
      permanent("p1", "T1"),                              // experienced: 1 a month
      permanent("p2", "T1"),                              // July's session too short
      permanent("p3", "T1", 1, "2025-07-15"),             // July not whole: Aug, Sep only
      person("p4", "T1", Employment::kPermanent, 1, "2025-07-01", nullptr, "2025-07-01"),  // newly qualified
      person("p5", "T1", Employment::kPermanent, 1, "2025-07-01", nullptr, "2025-07-01"),  // ... one short in Aug
      permanent("p6", "T1"),                              // group sessions only
      permanent("p7", "T1", 1, "2025-09-02"),             // no whole month: not eligible
      permanent("p8", "T1", 1, "2020-01-01", "2025-09-29"),  // Sep not whole: Jul, Aug only
      person("p9", "T1", Employment::kAgency, 1, "2020-01-01", nullptr, "2025-06-20"),
  };
  auto add = [&](const char* who, const char* date, int times, int minutes = 90,
                 SupervisionKind kind = SupervisionKind::kIndividual) {
    for (int i = 0; i < times; ++i) d.supervision.push_back(session(who, date, minutes, kind));
  };
  add("p1", "2025-07-10", 1); add("p1", "2025-08-10", 1); add("p1", "2025-09-10", 1, 120);
  add("p2", "2025-07-10", 1, 89); add("p2", "2025-08-10", 1); add("p2", "2025-09-10", 1);
  add("p3", "2025-08-10", 1); add("p3", "2025-09-10", 1);
  // p4/p5 qualified 2025-07-01: Jul 1 and Aug 1 are < 42 days after -> 4 each;
  // Sep 1 is 62 days after -> 2.
  add("p4", "2025-07-10", 4); add("p4", "2025-08-10", 4); add("p4", "2025-09-10", 2);
  add("p5", "2025-07-10", 4); add("p5", "2025-08-10", 3); add("p5", "2025-09-10", 2);
  add("p6", "2025-07-10", 1, 90, SupervisionKind::kGroup); add("p6", "2025-08-10", 1, 90, SupervisionKind::kGroup);
  add("p6", "2025-09-10", 1, 90, SupervisionKind::kGroup);
  add("p8", "2025-07-10", 1); add("p8", "2025-08-10", 1);
  // p9 qualified 2025-06-20: Jul 1 is 11 days after -> 4; Aug 1 is exactly 42 -> 2; Sep 1 (73) -> 2.
  add("p9", "2025-07-10", 4); add("p9", "2025-08-10", 2); add("p9", "2025-09-10", 2);
  add("p1", "2025-06-30", 3);  // outside the period: ignored
  return d;
}

TEST(WorkloadTest, SupervisionComplianceOverEligibleMonths) {
  const HealthCheck hc = run(supervision(), "2025-Q3");
  // Eligible: p1..p6, p8, p9 = 8 (p7 has no whole month).
  // Compliant: p1, p3, p4, p8, p9 = 5 -> 5 / 8 x 100 = 62.5.
  EXPECT_NEAR(value(hc, "T1", "supervision_compliance"), 62.5, kEps);
  EXPECT_EQ(metric(hc, "T1", "supervision_compliance").n, 8);
}

TEST(WorkloadTest, SupervisionOfASingleMonth) {
  const HealthCheck hc = run(supervision(), "2025-08");
  // August: eligible p1..p6, p8, p9 (p3 in post all August); p7 not.
  // Met August's need: p1, p2, p3, p4 (4 of 4), p8, p9 (2 of 2); not p5 (3 of 4), p6 -> 6 / 8.
  EXPECT_NEAR(value(hc, "T1", "supervision_compliance"), 75, kEps);
}

}  // namespace
}  // namespace hc::metrics

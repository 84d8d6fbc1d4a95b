// Area wellbeing: sickness absence, stress share, team meetings, lone
// working. August 2025 has 21 weekdays; with the bank holiday on Monday
// 2025-08-25, 20 working days.
#include <gtest/gtest.h>

#include "fixtures.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

constexpr double kEps = 1e-9;

Absence absence(const char* staff, const char* from, const char* to, AbsenceReason reason,
                std::optional<double> lost = std::nullopt) {
  return Absence{"x", staff, day(from), day(to), reason, lost};
}

Dataset august() {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  d.holidays = {{day("2025-08-25"), "Summer bank holiday"}, {day("2025-08-25"), "listed twice"}};
  d.staff = {permanent("a1", "T1"), permanent("a2", "T1", 0.5), agency("a3", "T1"),
             permanent("a4", "T1", 1, "2020-01-01", "2025-07-31"), permanent("b1", "T2")};
  d.absences = {
      // Mon 07-28 .. Tue 08-05: inside August Fri 1, Mon 4, Tue 5 = 3 days x 1 FTE = 3.
      absence("a1", "2025-07-28", "2025-08-05", AbsenceReason::kSickness),
      // Fri 08-22 .. Tue 08-26 over a weekend and the bank holiday: 22, 26 = 2 x 0.5 = 1 (stress).
      absence("a2", "2025-08-22", "2025-08-26", AbsenceReason::kStress),
      // A weekend only: no working days, nothing lost.
      absence("a1", "2025-08-30", "2025-08-31", AbsenceReason::kSickness),
      absence("a3", "2025-08-04", "2025-08-08", AbsenceReason::kSickness),  // agency: not counted
      absence("a1", "2025-08-11", "2025-08-15", AbsenceReason::kOther),     // not sickness
      // Wed 08-27 .. Tue 09-09, 4 FTE-days lost over 10 working days (27, 28, 29,
      // Sep 1-5, 8, 9), 3 of them in August: 4 x 3 / 10 = 1.2.
      absence("a2", "2025-08-27", "2025-09-09", AbsenceReason::kSickness, 4.0),
  };
  return d;
}

TEST(WellbeingTest, SicknessRateIsFteDaysLostOverAvailableFteDays) {
  const HealthCheck hc = run(august(), "2025-08");
  // Lost 3 + 1 + 1.2 = 5.2; available: inpost_fte 1.5 (a1, a2) x 20 working days = 30.
  EXPECT_NEAR(value(hc, "T1", "sickness_rate"), 5.2 / 30 * 100, kEps);
  EXPECT_EQ(metric(hc, "T1", "sickness_rate").n, 2);
  EXPECT_NEAR(value(hc, "T2", "sickness_rate"), 0, kEps);  // nobody off: 0 / 20
}

TEST(WellbeingTest, StressShareOfSicknessDays) {
  const HealthCheck hc = run(august(), "2025-08");
  EXPECT_NEAR(value(hc, "T1", "stress_share"), 1.0 / 5.2 * 100, kEps);
  EXPECT_EQ(metric(hc, "T1", "stress_share").n, 3);  // absences that lost time
  EXPECT_FALSE(metric(hc, "T2", "stress_share").value);  // no sickness: 0 / 0
}

TEST(WellbeingTest, AbsenceCrossingThePeriodEndCountsOnlyItsDaysInside) {
  const HealthCheck hc = run(august(), "2025-09");
  // September 2025: 22 working days. Only the last absence reaches it:
  // Sep 1-5, 8, 9 = 7 of its 10 days -> 4 x 7 / 10 = 2.8 over 1.5 x 22.
  EXPECT_NEAR(value(hc, "T1", "sickness_rate"), 2.8 / 33 * 100, kEps);
}

TEST(WellbeingTest, TeamMeetingsPerMonth) {
  Dataset d;
  d.teams = {team("T1"), team("T2")};
  d.team_meetings = {{"m1", "T1", day("2025-07-01")}, {"m2", "T1", day("2025-08-15")},
                     {"m3", "T1", day("2025-09-30")}, {"m4", "T1", day("2025-10-01")}};
  const HealthCheck hc = run(d, "2025-Q3");
  EXPECT_NEAR(value(hc, "T1", "team_meetings_per_month"), 1, kEps);  // 3 in 3 months
  EXPECT_NEAR(value(hc, "T2", "team_meetings_per_month"), 0, kEps);  // a count: 0, not null
  EXPECT_NEAR(value(run(d, "2025-08"), "T1", "team_meetings_per_month"), 1, kEps);
}

TEST(WellbeingTest, TeamMeetingsPerMonthReadsAsATeamsMeetingsAtEveryLevel) {
  Dataset d;
  d.teams = {team("T1"), team("T2"), team("A1", Service::kAdults)};
  // Q3 2025: T1 holds 3 meetings, T2 none, A1 6.
  for (const char* date : {"2025-07-01", "2025-08-15", "2025-09-30"}) d.team_meetings.push_back({"m", "T1", day(date)});
  for (const char* date : {"2025-07-01", "2025-07-15", "2025-08-01", "2025-08-15", "2025-09-01", "2025-09-15"})
    d.team_meetings.push_back({"m", "A1", day(date)});
  const HealthCheck hc = run(d, "2025-Q3");
  EXPECT_NEAR(value(hc, "T1", "team_meetings_per_month"), 1, kEps);        // 3 / 3 months
  EXPECT_NEAR(value(hc, "A1", "team_meetings_per_month"), 2, kEps);        // 6 / 3 months
  EXPECT_NEAR(value(hc, "children", "team_meetings_per_month"), 0.5, kEps);  // 3 / (3 months x 2 teams)
  EXPECT_NEAR(value(hc, "adults", "team_meetings_per_month"), 2, kEps);    // 6 / (3 x 1)
  EXPECT_NEAR(value(hc, "council", "team_meetings_per_month"), 1, kEps);   // 9 / (3 x 3), not the sum 3
  EXPECT_EQ(metric(hc, "council", "team_meetings_per_month").n, 9);
}

TEST(WellbeingTest, LoneWorkingAssessedInThe365DaysEndingD) {
  Dataset d = august();
  // D = 2025-08-31: the 365 days run from 2024-09-01.
  d.risk_assessments = {{"r1", "a1", day("2024-09-01"), RiskAssessmentKind::kLoneWorking},
                        {"r2", "a2", day("2024-08-31"), RiskAssessmentKind::kLoneWorking},  // too old
                        {"r3", "a3", day("2025-06-01"), RiskAssessmentKind::kOther},
                        {"r4", "a4", day("2025-06-01"), RiskAssessmentKind::kLoneWorking},  // left
                        {"r5", "a1", day("2025-09-01"), RiskAssessmentKind::kLoneWorking}};  // after D
  const HealthCheck hc = run(d, "2025-08");
  // In post: a1, a2, a3; assessed: a1 -> 1 / 3.
  EXPECT_NEAR(value(hc, "T1", "lone_working_assessed"), 100.0 / 3, kEps);
  EXPECT_EQ(metric(hc, "T1", "lone_working_assessed").n, 3);
}

}  // namespace
}  // namespace hc::metrics

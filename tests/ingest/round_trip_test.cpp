// Every file kind of the contract imports and reads back as written, with
// values normalised the contract's way (enumerations in any case, defaults,
// date-times with T or seconds), and re-importing changes nothing.
#include <gtest/gtest.h>

#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

using Rows = std::vector<std::string>;

class RoundTrip : public IngestTest {
 protected:
  // Imports `content` as `kind` and expects every row stored as new.
  void expectStored(const std::string& kind, const std::string& content, int64_t rows) {
    const FileReport r = importOne(kind + ".csv", content);
    EXPECT_EQ(r.outcome, FileOutcome::kStored) << ::testing::PrintToString(texts(r));
    EXPECT_EQ(r.rows_read, rows);
    EXPECT_EQ(r.inserted, rows);
    EXPECT_EQ(r.replaced, 0);
    EXPECT_EQ(r.rejected, 0);
  }
};

TEST_F(RoundTrip, TeamsStaffCases) {
  loadBase();
  EXPECT_EQ(table("teams"), (Rows{"T1|Alpha|children|North", "T2|Beta|adults|South"}));
  EXPECT_EQ(table("staff"), (Rows{"S1|T1|social_worker|permanent|1|2020-01-06|~|~|~",
                                  "S2|T2|team_manager|agency|0.5|2021-03-01|2025-06-30|2019-07-01|~"}));
  EXPECT_EQ(table("cases"), (Rows{"C1|T1|2024-01-10|2024-02-01|~", "C2|T2|2024-03-01|~|2024-09-30"}));
}

// The optional name column (for matching Annex A's Allocated Worker).
TEST_F(RoundTrip, StaffWithTheOptionalName) {
  expectStored("teams", "team_id,name,service\nT1,Alpha,children\n", 1);
  expectStored("staff",
               "staff_id,team_id,role,employment,fte,start_date,name\n"
               "S1,T1,social_worker,permanent,1,2020-01-06,Sam Jones\nS2,T1,social_worker,agency,1,2021-01-04,\n",
               2);
  EXPECT_EQ(table("staff"), (Rows{"S1|T1|social_worker|permanent|1|2020-01-06|~|~|Sam Jones",
                                  "S2|T1|social_worker|agency|1|2021-01-04|~|~|~"}));
}

TEST_F(RoundTrip, TeamsWithQuotedTextAndEnumerationsInAnyCase) {
  expectStored("teams", "Team_ID , NAME,Service\nT1,\"Smith, Jones \"\"East\"\"\",CHILDREN\nT2,  Padded  ,Adults\n", 2);
  EXPECT_EQ(table("teams"), (Rows{"T1|Smith, Jones \"East\"|children|~", "T2|Padded|adults|~"}));
}

TEST_F(RoundTrip, Establishment) {
  loadBase();
  expectStored("establishment", "team_id,effective_from,budgeted_fte\nT1,2024-04-01,12.5\nT1,2025-04-01,14\nT2,2024-04-01,0\n", 3);
  EXPECT_EQ(table("establishment"), (Rows{"T1|2024-04-01|12.5", "T1|2025-04-01|14", "T2|2024-04-01|0"}));
}

TEST_F(RoundTrip, Allocations) {
  loadBase();
  expectStored("allocations", "allocation_id,case_id,staff_id,start_date,end_date\nA1,C1,S1,2024-01-10,2024-05-01\nA2,C1,S2,2024-05-01,\n", 2);
  EXPECT_EQ(table("allocations"), (Rows{"A1|C1|S1|2024-01-10|2024-05-01", "A2|C1|S2|2024-05-01|~"}));
}

TEST_F(RoundTrip, Transfers) {
  loadBase();
  expectStored("transfers", "transfer_id,case_id,from_team,to_team,requested_date,completed_date\nX1,C1,T1,T2,2024-02-01,2024-02-20\nX2,C2,T2,T1,2024-04-01,\n", 2);
  EXPECT_EQ(table("transfers"), (Rows{"X1|C1|T1|T2|2024-02-01|2024-02-20", "X2|C2|T2|T1|2024-04-01|~"}));
}

TEST_F(RoundTrip, VisitsWithDefaultPurposeAndBothDateTimeForms) {
  loadBase();
  expectStored("visits",
               "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes,travel_minutes,purpose\n"
               "V1,C1,S1,2024-02-01T09:30,60,completed,75,20,Assessment\n"
               "V2,C1,S1,2024-02-08 14:00:59,45,no_access,,15,\n"
               "V3,C2,S2,2024-03-05 08:05,30,Rescheduled,,,review\n",
               3);
  EXPECT_EQ(table("visits"), (Rows{"V1|C1|S1|2024-02-01 09:30|60|completed|75|20|assessment",
                                   "V2|C1|S1|2024-02-08 14:00|45|no_access|~|15|visit",
                                   "V3|C2|S2|2024-03-05 08:05|30|rescheduled|~|~|review"}));
}

TEST_F(RoundTrip, Supervision) {
  loadBase();
  expectStored("supervision", "session_id,staff_id,supervisor_id,date,duration_minutes,kind\nP1,S1,S2,2024-02-01,90,\nP2,S1,,2024-03-01,60,GROUP\n", 2);
  EXPECT_EQ(table("supervision"), (Rows{"P1|S1|S2|2024-02-01|90|individual", "P2|S1|~|2024-03-01|60|group"}));
}

TEST_F(RoundTrip, Absences) {
  loadBase();
  expectStored("absences", "absence_id,staff_id,start_date,end_date,reason,working_days_lost\nB1,S1,2024-02-01,2024-02-01,sickness,\nB2,S2,2024-03-04,2024-03-15,Stress,4.5\n", 2);
  EXPECT_EQ(table("absences"), (Rows{"B1|S1|2024-02-01|2024-02-01|sickness|~", "B2|S2|2024-03-04|2024-03-15|stress|4.5"}));
}

TEST_F(RoundTrip, TeamMeetingsAndRiskAssessments) {
  loadBase();
  expectStored("team_meetings", "meeting_id,team_id,date\nM1,T1,2024-02-01\n", 1);
  expectStored("risk_assessments", "assessment_id,staff_id,completed_date,kind\nR1,S1,2024-02-01,lone_working\nR2,S2,2024-02-02,other\n", 2);
  EXPECT_EQ(table("team_meetings"), (Rows{"M1|T1|2024-02-01"}));
  EXPECT_EQ(table("risk_assessments"), (Rows{"R1|S1|2024-02-01|lone_working", "R2|S2|2024-02-02|other"}));
}

TEST_F(RoundTrip, FeedbackWithBooleansInEveryForm) {
  loadBase();
  expectStored("feedback",
               "feedback_id,team_id,date,kind,upheld,rating\nF1,T1,2024-02-01,complaint,Yes,\nF2,T1,2024-02-02,complaint,FALSE,\n"
               "F3,T2,2024-02-03,complaint,1,\nF4,T2,2024-02-04,rating,,5\nF5,T2,2024-02-05,compliment,,\n",
               5);
  EXPECT_EQ(table("feedback"), (Rows{"F1|T1|2024-02-01|complaint|1|~", "F2|T1|2024-02-02|complaint|0|~",
                                     "F3|T2|2024-02-03|complaint|1|~", "F4|T2|2024-02-04|rating|~|5",
                                     "F5|T2|2024-02-05|compliment|~|~"}));
}

TEST_F(RoundTrip, CarePackages) {
  loadBase();
  expectStored("care_packages", "package_id,case_id,staff_id,assessed_date,need_band,weekly_cost\nK1,C1,S1,2024-02-01,3,412.75\nK2,C2,S2,2024-03-01,1,0\n", 2);
  EXPECT_EQ(table("care_packages"), (Rows{"K1|C1|S1|2024-02-01|3|412.75", "K2|C2|S2|2024-03-01|1|0"}));
}

TEST_F(RoundTrip, Holidays) {
  expectStored("holidays", "date,name\n2024-11-05,Council closure day\n2024-12-24,\n", 2);
  EXPECT_EQ(table("holidays"), (Rows{"2024-11-05|Council closure day", "2024-12-24|~"}));
}

TEST_F(RoundTrip, ReimportReplacesEveryRowAndChangesNothing) {
  loadBase();
  const std::string visits =
      "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes\n"
      "V1,C1,S1,2024-02-01 09:30,60,completed,75\nV2,C2,S2,2024-02-02 10:00,30,cancelled_by_person,\n";
  ASSERT_EQ(importOne("visits.csv", visits).inserted, 2);
  const Rows before = table("visits");
  const FileReport again = importOne("visits.csv", visits);
  EXPECT_EQ(again.outcome, FileOutcome::kStored);
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.replaced, 2);
  EXPECT_EQ(table("visits"), before);
}

TEST_F(RoundTrip, ImportReplacesChangedRowsAndCountsNewOnes) {
  loadBase();
  importOne("teams.csv", "team_id,name,service\nT1,Alpha Renamed,other\nT3,Gamma,adults\n");
  const FileReport r = importOne("teams.csv", "team_id,name,service\nT1,Alpha Again,children\nT4,Delta,other\n");
  EXPECT_EQ(r.inserted, 1);
  EXPECT_EQ(r.replaced, 1);
  EXPECT_EQ(table("teams"), (Rows{"T1|Alpha Again|children|~", "T2|Beta|adults|South", "T3|Gamma|adults|~",
                                  "T4|Delta|other|~"}));
}

TEST_F(RoundTrip, EveryRowRemembersItsImportAndLine) {
  loadBase();
  importOne("team_meetings.csv", "meeting_id,team_id,date\nM1,T1,2024-02-01\n\n\"M2\",T1,2024-02-08\n");
  EXPECT_EQ(rows("SELECT m.meeting_id, m.source_line, i.kind, i.rows_read, i.inserted, i.outcome FROM team_meetings m "
                 "JOIN imports i ON i.import_id = m.import_id ORDER BY m.meeting_id",
                 6),
            (Rows{"M1|2|team_meetings|2|2|stored", "M2|4|team_meetings|2|2|stored"}));
}

}  // namespace
}  // namespace hc::ingest

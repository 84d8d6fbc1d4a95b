// Each rule of the contract rejects what it should, with the exact message
// an analyst will read: `FILE:LINE: column: reason`.
#include <gtest/gtest.h>

#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

using Texts = std::vector<std::string>;

class Validation : public IngestTest {
 protected:
  void SetUp() override { loadBase(); }

  // Imports a file expected to be rejected, checks nothing of it was stored
  // and returns its messages.
  Texts rejected(const std::string& name, const std::string& content) {
    const std::string table = name.substr(0, name.find('.'));
    const int64_t before = count(table);
    const FileReport r = importOne(name, content);
    EXPECT_EQ(r.outcome, FileOutcome::kRejected);
    EXPECT_EQ(r.inserted + r.replaced, 0);
    EXPECT_EQ(count(table), before) << "a rejected file left rows behind";
    return texts(r);
  }
};

const std::string kStaffHeader = "staff_id,team_id,role,employment,fte,start_date,end_date,qualified_date\n";
const std::string kVisitsHeader =
    "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes,travel_minutes,purpose\n";

TEST_F(Validation, DateAsExcelWritesIt) {
  EXPECT_EQ(rejected("staff.csv", kStaffHeader + "S9,T1,other,permanent,1,25/12/2024,,\n"),
            (Texts{"staff.csv:2: start_date: '25/12/2024' is not a date (expected YYYY-MM-DD; it looks like a "
                   "day/month/year date as Excel writes it)"}));
}

TEST_F(Validation, ImpossibleDateInADateTimeColumn) {
  EXPECT_EQ(rejected("visits.csv", kVisitsHeader + "V1,C1,S1,2025-02-03 10:00,60,completed,60,,\n"
                                                   "V2,C1,S1,31/02/2025,60,completed,60,,\n"),
            (Texts{"visits.csv:3: scheduled_start: '31/02/2025' is not a date (expected YYYY-MM-DD HH:MM)"}));
}

TEST_F(Validation, OtherDateMistakes) {
  EXPECT_EQ(rejected("absences.csv",
                     "absence_id,staff_id,start_date,end_date,reason\n"
                     "B1,S1,2025-02-30,2025-03-01,sickness\nB2,S1,2025-03-01 00:00,2025-03-02,sickness\n"
                     "B3,S1,45651,2025-03-02,sickness\nB4,S1,12/25/2024,2025-03-02,sickness\n"),
            (Texts{"absences.csv:2: start_date: '2025-02-30' is not a date (expected YYYY-MM-DD; there is no such day)",
                   "absences.csv:3: start_date: '2025-03-01 00:00' is not a date (expected YYYY-MM-DD, without a time)",
                   "absences.csv:4: start_date: '45651' is not a date (expected YYYY-MM-DD; it looks like a "
                   "spreadsheet's day number: format the column as a date)",
                   "absences.csv:5: start_date: '12/25/2024' is not a date (expected YYYY-MM-DD; it looks like a "
                   "month/day/year date as Excel writes it)"}));
  EXPECT_EQ(rejected("visits.csv", kVisitsHeader + "V1,C1,S1,2025-02-03,60,completed,60,,\n"),
            (Texts{"visits.csv:2: scheduled_start: '2025-02-03' is not a date (expected YYYY-MM-DD HH:MM; the time is "
                   "missing)"}));
}

TEST_F(Validation, NumbersWithThousandsSeparatorsCurrencyAndDecimalCommas) {
  EXPECT_EQ(rejected("care_packages.csv",
                     "package_id,case_id,staff_id,assessed_date,need_band,weekly_cost\n"
                     "K1,C1,S1,2024-02-01,3,\"1,234.50\"\nK2,C1,S1,2024-02-01,3,\xC2\xA3" "99.5\n"
                     "K3,C1,S1,2024-02-01,3,\"12,5\"\nK4,C1,S1,2024-02-01,\"1,000\",1\nK5,C1,S1,2024-02-01,3,1e3\n"),
            (Texts{"care_packages.csv:2: weekly_cost: '1,234.50' is not a number (remove the thousands separator: "
                   "1234.50)",
                   "care_packages.csv:3: weekly_cost: '\xC2\xA3" "99.5' is not a number (remove the currency sign: 99.5)",
                   "care_packages.csv:4: weekly_cost: '12,5' is not a number (use a point for decimals: 12.5)",
                   "care_packages.csv:5: need_band: '1,000' is not a whole number (remove the thousands separator: "
                   "1000)",
                   "care_packages.csv:6: weekly_cost: '1e3' is not a number"}));
}

TEST_F(Validation, RangesAndWholeNumbers) {
  EXPECT_EQ(rejected("staff.csv", kStaffHeader + "S8,T1,other,permanent,0,2024-01-01,,\n"
                                                 "S9,T1,other,permanent,1.5,2024-01-01,,\n"),
            (Texts{"staff.csv:2: fte: '0' is out of range (expected more than 0 and at most 1)",
                   "staff.csv:3: fte: '1.5' is out of range (expected more than 0 and at most 1)"}));
  EXPECT_EQ(rejected("visits.csv", kVisitsHeader + "V1,C1,S1,2025-02-03 10:00,0,no_access,,,\n"
                                                   "V2,C1,S1,2025-02-03 10:00,1441,no_access,,,\n"
                                                   "V3,C1,S1,2025-02-03 10:00,12.5,no_access,,-1,\n"
                                                   "V4,C1,S1,2025-02-03 10:00,60.0,no_access,,,\n"),
            (Texts{"visits.csv:2: planned_minutes: '0' is out of range (expected 1 to 1440)",
                   "visits.csv:3: planned_minutes: '1441' is out of range (expected 1 to 1440)",
                   "visits.csv:4: planned_minutes: '12.5' is not a whole number",
                   "visits.csv:4: travel_minutes: '-1' is out of range (expected 0 to 1440)"}));
  EXPECT_EQ(rejected("absences.csv", "absence_id,staff_id,start_date,end_date,reason,working_days_lost\n"
                                     "B1,S1,2025-03-01,2025-03-02,other,-0.5\n"),
            (Texts{"absences.csv:2: working_days_lost: '-0.5' is out of range (expected 0 or more)"}));
}

TEST_F(Validation, EnumerationsBooleansAndIdentifiers) {
  EXPECT_EQ(rejected("staff.csv", kStaffHeader + "S 9,T1,Team Mgr,permanent,1,2024-01-01,,\n"),
            (Texts{"staff.csv:2: staff_id: 'S 9' is not an identifier (expected 1 to 64 characters of A-Z a-z 0-9 . _ -)",
                   "staff.csv:2: role: 'Team Mgr' is not one of social_worker, senior_practitioner, team_manager, "
                   "service_manager, other"}));
  EXPECT_EQ(rejected("feedback.csv", "feedback_id,team_id,date,kind,upheld\nF1,T1,2024-01-01,complaint,maybe\n"),
            (Texts{"feedback.csv:2: upheld: 'maybe' is not one of yes, no, true, false, 1, 0"}));
  const std::string long_id(65, 'x');
  EXPECT_EQ(rejected("teams.csv", "team_id,name,service\n" + long_id + ",A,other\n"),
            (Texts{"teams.csv:2: team_id: '" + long_id.substr(0, 60) +
                   "...' is not an identifier (expected 1 to 64 characters of A-Z a-z 0-9 . _ -)"}));
}

TEST_F(Validation, RequiredValues) {
  EXPECT_EQ(rejected("teams.csv", "team_id,name,service\n,A,other\nT9,  ,\n"),
            (Texts{"teams.csv:2: team_id: value is required", "teams.csv:3: name: value is required",
                   "teams.csv:3: service: value is required"}));
}

TEST_F(Validation, ReferencesMustResolve) {
  EXPECT_EQ(rejected("visits.csv", kVisitsHeader + "V1,C1,S999,2025-02-03 10:00,60,no_access,,,\n"
                                                   "V2,C404,S1,2025-02-03 10:00,60,no_access,,,\n"),
            (Texts{"visits.csv:2: staff_id: 'S999' is not a known staff member",
                   "visits.csv:3: case_id: 'C404' is not a known case"}));
  EXPECT_EQ(rejected("supervision.csv", "session_id,staff_id,supervisor_id,date,duration_minutes\n"
                                        "P1,S1,S404,2024-01-01,60\n"),
            (Texts{"supervision.csv:2: supervisor_id: 'S404' is not a known staff member"}));
  EXPECT_EQ(rejected("staff.csv", kStaffHeader + "S9,T404,other,permanent,1,2024-01-01,,\n"),
            (Texts{"staff.csv:2: team_id: 'T404' is not a known team"}));
}

TEST_F(Validation, EndBeforeStart) {
  EXPECT_EQ(rejected("absences.csv", "absence_id,staff_id,start_date,end_date,reason\n"
                                     "B1,S1,2025-03-01,2025-01-01,sickness\n"),
            (Texts{"absences.csv:2: end_date: end_date 2025-01-01 is before start_date 2025-03-01"}));
  EXPECT_EQ(rejected("staff.csv", kStaffHeader + "S9,T1,other,permanent,1,2024-01-01,2023-12-31,\n"),
            (Texts{"staff.csv:2: end_date: end_date 2023-12-31 is before start_date 2024-01-01"}));
  EXPECT_EQ(rejected("cases.csv", "case_id,team_id,referral_date,assessment_completed_date,closed_date\n"
                                  "C9,T1,2024-05-01,2024-04-01,2024-04-30\n"),
            (Texts{"cases.csv:2: assessment_completed_date: assessment_completed_date 2024-04-01 is before "
                   "referral_date 2024-05-01",
                   "cases.csv:2: closed_date: closed_date 2024-04-30 is before referral_date 2024-05-01"}));
  EXPECT_EQ(rejected("allocations.csv", "allocation_id,case_id,staff_id,start_date,end_date\n"
                                        "A1,C1,S1,2024-05-01,2024-04-01\n"),
            (Texts{"allocations.csv:2: end_date: end_date 2024-04-01 is before start_date 2024-05-01"}));
  EXPECT_EQ(rejected("transfers.csv", "transfer_id,case_id,from_team,to_team,requested_date,completed_date\n"
                                      "X1,C1,T1,T2,2024-05-01,2024-04-01\n"),
            (Texts{"transfers.csv:2: completed_date: completed_date 2024-04-01 is before requested_date 2024-05-01"}));
}

TEST_F(Validation, ConditionalRequirements) {
  EXPECT_EQ(rejected("visits.csv", kVisitsHeader + "V1,C1,S1,2025-02-03 10:00,60,Completed,,,\n"),
            (Texts{"visits.csv:2: actual_minutes: value is required when status is completed"}));
  EXPECT_EQ(rejected("feedback.csv", "feedback_id,team_id,date,kind,rating\nF1,T1,2024-01-01,rating,\n"
                                     "F2,T1,2024-01-01,rating,6\n"),
            (Texts{"feedback.csv:2: rating: value is required when kind is rating",
                   "feedback.csv:3: rating: '6' is out of range (expected 1 to 5)"}));
}

TEST_F(Validation, WarningsKeepTheRow) {
  const FileReport f = importOne("feedback.csv", "feedback_id,team_id,date,kind,upheld\nF1,T1,2024-01-01,compliment,yes\n");
  EXPECT_EQ(f.outcome, FileOutcome::kStored);
  EXPECT_EQ(f.warnings, 1);
  EXPECT_EQ(texts(f), (Texts{"feedback.csv:2: upheld: warning: only applies when kind is complaint, not compliment; "
                             "not stored"}));
  EXPECT_EQ(table("feedback"), (Texts{"F1|T1|2024-01-01|compliment|~|~"}));

  const FileReport t = importOne("transfers.csv", "transfer_id,case_id,from_team,to_team,requested_date\n"
                                                  "X1,C1,T1,T1,2024-05-01\n");
  EXPECT_EQ(t.outcome, FileOutcome::kStored);
  EXPECT_EQ(texts(t), (Texts{"transfers.csv:2: to_team: warning: 'T1' is the same as from_team"}));
}

TEST_F(Validation, RowShape) {
  EXPECT_EQ(rejected("teams.csv", "team_id,name,service\nT8,A\nT9,B,other,extra\nT7,C,other,,\n"),
            (Texts{"teams.csv:2: the row has 2 fields but the header has 3",
                   "teams.csv:3: the row has 4 fields but the header has 3"}));
  EXPECT_EQ(rejected("teams.csv", "team_id,name,service\nT9,\"Caf\xE9\",other\n"),
            (Texts{"teams.csv:2: name: is not valid UTF-8 (byte 0xE9 at position 4); save the file as \"CSV UTF-8\""}));
  EXPECT_EQ(rejected("teams.csv", "team_id,name,service\nT9,\"A\"B,other\nT8,\"open,other\n"),
            (Texts{"teams.csv:2: name: text after the closing quote of a quoted value",
                   "teams.csv:3: name: a quoted value is not closed: its quote runs to the end of the file"}));
}

TEST_F(Validation, HeaderProblems) {
  EXPECT_EQ(rejected("visits.csv", "visit_id,case_id,scheduled_start,planned_minutes,status\nV1,C1,2025-01-01 10:00,5,no_access\n"),
            (Texts{"visits.csv:1: staff_id: required column is missing; the file is not imported"}));
  EXPECT_EQ(rejected("teams.csv", "team_id,name,service,NAME\nT9,A,other,B\n"),
            (Texts{"teams.csv:1: name: column appears twice (fields 2 and 4); the file is not imported"}));
  EXPECT_EQ(rejected("teams.csv", ""), (Texts{"teams.csv: the file is empty: there is no header row; the file is not imported"}));
}

TEST_F(Validation, UnknownColumnsAreWarnings) {
  const FileReport r = importOne("teams.csv", "\xEF\xBB\xBF TEAM_ID ,Name,Colour,service,\nT9,Nine,red,other,\n");
  EXPECT_EQ(r.outcome, FileOutcome::kStored);
  EXPECT_EQ(texts(r), (Texts{"teams.csv:1: Colour: warning: unknown column, ignored",
                             "teams.csv:1: warning: field 5 has no name in the header; its values are ignored"}));
  EXPECT_EQ(table("teams").back(), "T9|Nine|other|~");
}

TEST_F(Validation, LineNumbersCountBreaksInsideQuotes) {
  EXPECT_EQ(rejected("teams.csv", "team_id,name,service\r\nT8,\"two\r\nlines\",other\r\n\r\nT9,x,nope\r\n"),
            (Texts{"teams.csv:5: service: 'nope' is not one of children, adults, other"}));
}

TEST_F(Validation, SameKeyTwiceInAFile) {
  const FileReport same = importOne("teams.csv", "team_id,name,service\nT8,Eight,other\nT9,Nine,other\nT8,Eight,OTHER\n");
  EXPECT_EQ(same.outcome, FileOutcome::kStored);
  EXPECT_EQ(same.inserted, 2);
  EXPECT_EQ(same.repeats, 1);
  EXPECT_EQ(texts(same), (Texts{"teams.csv:4: team_id: warning: 'T8' repeats line 2 with the same values; stored once"}));

  EXPECT_EQ(rejected("teams.csv", "team_id,name,service\nT7,Seven,other\nT7,Seven B,other\n"),
            (Texts{"teams.csv:3: team_id: 'T7' appears again with different values (first at line 2)"}));
  EXPECT_EQ(rejected("establishment.csv", "team_id,effective_from,budgeted_fte\nT1,2024-04-01,3\nT1,2024-04-01,4\n"),
            (Texts{"establishment.csv:3: team_id, effective_from: 'T1', '2024-04-01' appears again with different "
                   "values (first at line 2)"}));
}

TEST_F(Validation, FilePastedTwice) {
  const std::string once = "team_id,name,service\nT8,Eight,other\nT9,Nine,adults\n";
  EXPECT_EQ(rejected("teams.csv", once + "\n" + once),
            (Texts{"teams.csv:5: this line repeats the header: the export looks pasted twice",
                   "teams.csv:6: team_id: warning: 'T8' repeats line 2 with the same values; stored once",
                   "teams.csv:7: team_id: warning: 'T9' repeats line 3 with the same values; stored once"}));
  ImportOptions skip;
  skip.skip_invalid = true;
  skip.rejects_path = path("rejects.csv");
  const FileReport r = importOne("teams.csv", once + once, skip);
  EXPECT_EQ(r.outcome, FileOutcome::kStoredWithRejects);
  EXPECT_EQ(r.rows_read, 5);
  EXPECT_EQ(r.inserted, 2);
  EXPECT_EQ(r.repeats, 2);
  EXPECT_EQ(r.rejected, 1);
  EXPECT_EQ(count("teams"), 4);
}

TEST_F(Validation, TrailingBlankLinesAreNotRows) {
  const FileReport r = importOne("teams.csv", "team_id,name,service\r\nT9,Nine,other\r\n\r\n,,\r\n  \r\n\r\n");
  EXPECT_EQ(r.outcome, FileOutcome::kStored);
  EXPECT_EQ(r.rows_read, 1);
  EXPECT_TRUE(r.messages.empty());
}

TEST_F(Validation, EveryInvalidRowIsCountedAndTheMessagesCapped) {
  std::string content = "team_id,name,service\n";
  for (int i = 0; i < 30; ++i) content += "T" + std::to_string(i) + ",N,bad\nU" + std::to_string(i) + ",N,other\n";
  ImportOptions options;
  options.max_messages = 10;
  const FileReport r = importOne("teams.csv", content, options);
  EXPECT_EQ(r.outcome, FileOutcome::kRejected);
  EXPECT_EQ(r.rows_read, 60);
  EXPECT_EQ(r.rejected, 30);
  EXPECT_EQ(r.messages.size(), 10u);
  EXPECT_EQ(r.messages_not_shown, 20);
  EXPECT_EQ(r.messages[9].text(), "teams.csv:20: service: 'bad' is not one of children, adults, other");
  EXPECT_EQ(rows("SELECT COUNT(*) FROM imports WHERE kind = 'teams'"), (Texts{"1"}))  // loadBase's only
      << "a rejected file must leave no import row";
}

}  // namespace
}  // namespace hc::ingest

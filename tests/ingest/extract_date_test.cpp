// Extract dates (data-contract.md "Extract dates"): the date given is
// checked, stored with each file's import log entry, and a start or event
// date after it is a warning, never an error; end dates may lie after it.
#include "ingest/extract_date.h"

#include <gtest/gtest.h>

#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

using Texts = std::vector<std::string>;

const Date kToday = Date::fromCivil(2026, 12, 7);

TEST(ExtractDateCheck, TakesADayUpToToday) {
  EXPECT_EQ(checkExtractDate("2025-09-30", kToday).date, Date::fromCivil(2025, 9, 30));
  EXPECT_EQ(checkExtractDate(" 2026-12-07 ", kToday).date, kToday);
}

TEST(ExtractDateCheck, SaysWhyADateIsRefused) {
  EXPECT_EQ(checkExtractDate("30/09/2025", kToday).error,
            "'30/09/2025' is not a date (expected YYYY-MM-DD; it looks like a day/month/year date as Excel writes it)");
  EXPECT_EQ(checkExtractDate("2025-09-31", kToday).error,
            "'2025-09-31' is not a date (expected YYYY-MM-DD; there is no such day)");
  EXPECT_EQ(checkExtractDate("2026-12-08", kToday).error,
            "2026-12-08 is in the future (today is 2026-12-07): give the day the exports were taken");
  EXPECT_EQ(checkExtractDate("", kToday).error, "give the day the exports were taken, as YYYY-MM-DD");
  for (const char* bad : {"30/09/2025", "2025-09-31", "2026-12-08", ""})
    EXPECT_FALSE(checkExtractDate(bad, kToday).date) << bad;
}

class ExtractDateImport : public IngestTest {
 protected:
  void SetUp() override { loadBase(); }
  static ImportOptions extractedOn(const char* iso) {
    ImportOptions options;
    options.extracted = Date::parse(iso);
    return options;
  }
};

TEST_F(ExtractDateImport, IsStoredWithTheImportLogEntry) {
  ASSERT_TRUE(importOne("team_meetings.csv", "meeting_id,team_id,date\nM1,T1,2025-09-01\n",
                        extractedOn("2025-09-30"))
                  .stored());
  const Texts logged = rows("SELECT kind, extracted FROM imports ORDER BY import_id", 2);
  ASSERT_EQ(logged.size(), 4u);
  EXPECT_EQ(logged[0], "teams|~") << "loadBase's imports name no extract date";
  EXPECT_EQ(logged[3].substr(0, 24), "team_meetings|2025-09-30");
}

TEST_F(ExtractDateImport, AStartOrEventDateAfterItIsAWarning) {
  const FileReport visits = importOne(
      "visits.csv",
      "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes,travel_minutes,purpose\n"
      "V1,C1,S1,2026-09-30 16:00,60,completed,60,,\n"
      "V2,C1,S1,2026-10-03 09:30,60,rescheduled,,,\n",
      extractedOn("2026-09-30"));
  EXPECT_EQ(visits.outcome, FileOutcome::kStored);
  EXPECT_EQ(texts(visits), (Texts{"visits.csv:3: scheduled_start: warning: 2026-10-03 is after the extract date 2026-09-30"}));
  EXPECT_EQ(count("visits"), 2);

  const FileReport staff = importOne("staff.csv",
                                     "staff_id,team_id,role,employment,fte,start_date,end_date\n"
                                     "S3,T1,social_worker,permanent,1,2026-10-01,\n"
                                     "S4,T1,social_worker,permanent,1,2024-01-01,2026-12-31\n",
                                     extractedOn("2026-09-30"));
  EXPECT_EQ(staff.outcome, FileOutcome::kStored);
  EXPECT_EQ(texts(staff), (Texts{"staff.csv:2: start_date: warning: 2026-10-01 is after the extract date 2026-09-30"}))
      << "a leaving date already agreed is no warning";
}

TEST_F(ExtractDateImport, EndDatesAfterItAndImportsWithoutOneAreQuiet) {
  const std::string absences = "absence_id,staff_id,start_date,end_date,reason\nB1,S1,2026-09-28,2026-10-09,sickness\n";
  EXPECT_EQ(texts(importOne("absences.csv", absences, extractedOn("2026-09-30"))), Texts{});
  const std::string meetings = "meeting_id,team_id,date\nM1,T1,2027-01-05\n";
  EXPECT_EQ(texts(importOne("team_meetings.csv", meetings)), Texts{}) << "no extract date, nothing to be after";
  EXPECT_EQ(texts(importOne("team_meetings.csv", meetings, extractedOn("2026-09-30"))),
            (Texts{"team_meetings.csv:2: date: warning: 2027-01-05 is after the extract date 2026-09-30"}));
}

}  // namespace
}  // namespace hc::ingest

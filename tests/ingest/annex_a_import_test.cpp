// `annex-a import` on hand-written workbooks holding every messiness that
// shared/spec/annex-a.md lists, with the cases and allocations they must
// give worked out by hand from the rules.
#include <gtest/gtest.h>

#include "annex_a_fixture.h"
#include "support/annex_a_workbooks.h"

namespace hc::ingest {
namespace {

using Rows = std::vector<std::string>;
using testing::XlsxBuilder;

TEST_F(AnnexATest, EveryQuirkOfRealWorkbooksIsReadAsTheSpecSays) {
  loadTeamsAndStaff();
  const annex_a::Report r = importWorkbook(testing::quirkyAnnexA(), "2025-04-30");
  ASSERT_EQ(r.file.outcome, FileOutcome::kStored) << ::testing::PrintToString(texts(r.file));
  EXPECT_EQ(r.file.rows_read, 8);
  EXPECT_EQ(r.children, 5);
  // C1: referred 10 April, assessment open from 12 April with Sam Jones
  //     (written with a non-breaking space, and in capitals in list 4).
  // C2: referral closed with no further action the day it came (a) Yes).
  // C3: referral, assessment authorised 5 March (d/m/yyyy), then CIN from
  //     6 March (a formula's cached date), unallocated; closure "N/A".
  // C4: referral in built-in date format 14, open, with Alex Brown.
  // C5: team given by its id; the worker cell is a formula with no value.
  EXPECT_EQ(table("cases"), (Rows{"annexa-C1|T1|2025-04-10|~|~", "annexa-C2|T1|2025-02-03|~|2025-02-03",
                                  "annexa-C3|T2|2025-03-01|2025-03-05|~", "annexa-C4|T2|2025-04-20|~|~",
                                  "annexa-C5|T2|2025-04-25|~|~"}));
  EXPECT_EQ(table("allocations"), (Rows{"annexa-C1-20250412|annexa-C1|S1|2025-04-12|~",
                                        "annexa-C4-20250420|annexa-C4|S3|2025-04-20|~"}));
  const Rows messages = texts(r.file);
  EXPECT_NE(std::find(messages.begin(), messages.end(),
                      "List 3 - Referrals!E8: Allocated Worker: warning: a formula with no saved result (open and "
                      "save the workbook in Excel); read as missing"),
            messages.end())
      << ::testing::PrintToString(messages);
  EXPECT_NE(std::find(messages.begin(), messages.end(),
                      "Cover: warning: not one of the lists the health check reads (3, 4, 6, 7, 8); ignored"),
            messages.end());
}

TEST_F(AnnexATest, ImportingTheSameExtractAgainChangesNothing) {
  loadTeamsAndStaff();
  ASSERT_TRUE(importWorkbook(testing::quirkyAnnexA(), "2025-04-30").file.stored());
  const Rows cases = table("cases"), allocations = table("allocations");
  const annex_a::Report again = importWorkbook(testing::quirkyAnnexA(), "2025-04-30");
  ASSERT_TRUE(again.file.stored());
  EXPECT_EQ(again.file.inserted, 0);
  EXPECT_EQ(again.allocations_started, 0);
  EXPECT_EQ(again.allocations_ended, 0);
  EXPECT_EQ(table("cases"), cases);
  EXPECT_EQ(table("allocations"), allocations);
}

TEST_F(AnnexATest, MonthlyExtractsBuildAllocationHistory) {
  loadTeamsAndStaff();
  const auto header = std::vector<std::string>{"Child Unique ID", "Date of Referral", "Referral NFA?",
                                               "Allocated Team", "Allocated Worker"};
  ASSERT_TRUE(importWorkbook(XlsxBuilder().sheet("List 3", {header, {"C1", "@2025-04-10", "No", "T1", "Sam Jones"},
                                                             {"C2", "@2025-04-11", "No", "T1", "Sam Jones"}}),
                             "2025-04-30")
                  .file.stored());
  // May: C1 passes to Priya Patel; C2 is not in the extract and is kept.
  const annex_a::Report may = importWorkbook(
      XlsxBuilder().sheet("List 3", {header, {"C1", "@2025-04-10", "No", "T1", "Priya Patel"}}), "2025-05-31");
  ASSERT_TRUE(may.file.stored()) << ::testing::PrintToString(texts(may.file));
  EXPECT_EQ(may.allocations_ended, 1);
  EXPECT_EQ(may.allocations_started, 1);
  EXPECT_EQ(table("allocations"), (Rows{"annexa-C1-20250410|annexa-C1|S1|2025-04-10|2025-05-30",
                                        "annexa-C1-20250531|annexa-C1|S2|2025-05-31|~",
                                        "annexa-C2-20250411|annexa-C2|S1|2025-04-11|~"}));
  EXPECT_EQ(table("cases").size(), 2u);
}

TEST_F(AnnexATest, ProblemsNameSheetCellAndColumnAndRejectTheWorkbook) {
  loadTeamsAndStaff();
  XlsxBuilder book;
  book.sheet("List 6", {{"Child Unique ID", "CIN Start Date", "CIN Closure Date", "Allocated Team", "Allocated Worker"},
                        {"C1", "@2025-03-01", "", "", "Sam Jones"},
                        {"C2", "31/02/2025", "", "T1", "Sam Jones"},
                        {"C3", "@2025-05-02", "", "T1", "Sam Jones"},
                        {"C4", "@2025-03-01", "", "T1", "Jo Nobody"},
                        {"C5", "@2025-03-01", "", "T1", "jo  nobody"},
                        {"C6", "@2025-03-01", "", "Fostering East", "Sam Jones"},
                        {"C7", "@2025-03-01", "", "T1", "Sam Jones"}});
  const annex_a::Report r = importWorkbook(book, "2025-04-30");
  EXPECT_EQ(r.file.outcome, FileOutcome::kRejected);
  EXPECT_EQ(texts(r.file),
            (Rows{"List 6!B3: CIN Start Date: '31/02/2025' is not a date (a date cell, or text as dd/mm/yyyy or "
                  "yyyy-mm-dd)",
                  "List 6!B4: CIN Start Date: 2025-05-02 is after the extract date 2025-04-30",
                  "List 6!D2: Allocated Team: missing",
                  "List 6!D7: Allocated Team: 'Fostering East' is not a known team (by team_id or name) (1 child); "
                  "import teams.csv first, or give --create-teams SERVICE",
                  "List 6!E5: Allocated Worker: 'Jo Nobody' is not a known staff member (by the name column of "
                  "staff.csv) (2 children)"}));
  EXPECT_EQ(r.file.rejected, 6);
  EXPECT_EQ(table("cases"), Rows{});
}

TEST_F(AnnexATest, SkipInvalidStoresTheValidChildrenAndWritesTheRestToRejects) {
  loadTeamsAndStaff();
  XlsxBuilder book;
  book.sheet("List 3", {{"Child Unique ID", "Date of Referral", "Referral NFA?", "Allocated Team", "Allocated Worker"},
                        {"C1", "@2025-03-01", "No", "T1", "Sam Jones"},
                        {"C2", "@2025-03-01", "maybe", "T1", "Sam Jones"}});
  book.sheet("List 4", {{"Child Unique ID", "Continuous Assessment Start Date",
                         "Continuous Assessment Date of Authorisation", "Allocated Team", "Allocated Worker"},
                        {"C2", "@2025-03-02", "", "T1", "Sam Jones"}});
  annex_a::Options options;
  options.skip_invalid = true;
  options.rejects_path = path("rejects.csv");
  const annex_a::Report r = importWorkbook(book, "2025-04-30", options);
  EXPECT_EQ(r.file.outcome, FileOutcome::kStoredWithRejects);
  EXPECT_EQ(r.children, 1);
  EXPECT_EQ(r.rejected_children, 1);
  EXPECT_EQ(table("cases"), (Rows{"annexa-C1|T1|2025-03-01|~|~"}));
  EXPECT_EQ(testing::readFile(path("rejects.csv")),
            "sheet,row,child_unique_id,start_date,end_date,allocated_team,allocated_worker,reject_reason\n"
            "List 3,3,C2,2025-03-01,maybe,T1,Sam Jones,List 3!C3: Referral NFA?: 'maybe' is not a yes or no answer\n"
            "List 4,2,C2,2025-03-02,,T1,Sam Jones,List 3!C3: Referral NFA?: 'maybe' is not a yes or no answer\n");
}

TEST_F(AnnexATest, CreateTeamsMakesTheTeamsTheWorkbookNames) {
  loadTeamsAndStaff();
  XlsxBuilder book;
  book.sheet("List 3", {{"Child Unique ID", "Date of Referral", "Referral NFA?", "Allocated Team", "Allocated Worker"},
                        {"C1", "@2025-03-01", "No", "Fostering  East", "Sam Jones"},
                        {"C2", "@2025-03-04", "No", "fostering east", "Unallocated"}});
  annex_a::Options options;
  options.create_teams_service = "children";
  const annex_a::Report r = importWorkbook(book, "2025-04-30", options);
  ASSERT_EQ(r.file.outcome, FileOutcome::kStored) << ::testing::PrintToString(texts(r.file));
  EXPECT_EQ(r.teams_created, 1);
  EXPECT_EQ(rows("SELECT team_id, name, service FROM teams WHERE team_id LIKE 'annexa-%'", 3),
            (Rows{"annexa-fostering-east|Fostering East|children"}));
  EXPECT_EQ(table("cases"), (Rows{"annexa-C1|annexa-fostering-east|2025-03-01|~|~",
                                  "annexa-C2|annexa-fostering-east|2025-03-04|~|~"}));
}

}  // namespace
}  // namespace hc::ingest

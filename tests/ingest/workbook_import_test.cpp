// `healthcheck import book.xlsx`: sheets named after the contract's files
// imported as their CSV files would be, findings naming the cell, Excel
// date cells read as dates.
#include <gtest/gtest.h>

#include "ingest_fixture.h"
#include "support/xlsx_builder.h"

namespace hc::ingest {
namespace {

using Rows = std::vector<std::string>;
using testing::XlsxBuilder;

class WorkbookImportTest : public IngestTest {
 protected:
  std::vector<FileReport> importBook(const XlsxBuilder& book, ImportOptions options = {}) {
    book.write(path("exports.xlsx"));
    return importPaths(db(), {path("exports.xlsx")}, options);
  }
  // Staff listed before teams, as a workbook may: loaded teams first.
  XlsxBuilder book(const std::string& bad_start) {
    XlsxBuilder b;
    b.sheet("Notes", {{"Exported from the HR system"}});
    b.sheet("staff", {{"staff_id", "team_id", "role", "employment", "fte", "start_date", "name"},
                      {"S1", "T1", "social_worker", "permanent", "%1", "@2020-01-06", "Sam Jones"},
                      {"S2", "T1", "Team_Manager", "agency", "%0.5", bad_start}});
    b.sheet("Teams", {{"team_id", "name", "service"}, {"T1", "Alpha", "children"}});
    return b;
  }
};

TEST_F(WorkbookImportTest, SheetsImportAsTheirFilesWithDateCellsAsDates) {
  const auto reports = importBook(book("@2021-03-01"));
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[0].outcome, FileOutcome::kNotImported);
  EXPECT_EQ(reports[0].messages.at(0).text(),
            "Notes: warning: not a sheet the contract names (teams, staff, cases, visits ...); skipped");
  EXPECT_EQ(reports[1].kind, "teams");
  EXPECT_EQ(reports[2].kind, "staff");
  EXPECT_EQ(reports[2].outcome, FileOutcome::kStored) << ::testing::PrintToString(texts(reports[2]));
  EXPECT_EQ(table("staff"), (Rows{"S1|T1|social_worker|permanent|1|2020-01-06|~|~|Sam Jones",
                                  "S2|T1|team_manager|agency|0.5|2021-03-01|~|~|~"}));
}

TEST_F(WorkbookImportTest, FindingsNameTheCellAndRejectTheSheet) {
  const auto reports = importBook(book("31/12/2024"));
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[1].outcome, FileOutcome::kStored);
  EXPECT_EQ(reports[2].outcome, FileOutcome::kRejected);
  ASSERT_FALSE(reports[2].messages.empty());
  EXPECT_EQ(reports[2].messages[0].text().substr(0, 32), "staff!F3: start_date: '31/12/202");
  EXPECT_EQ(table("staff"), Rows{});
}

TEST_F(WorkbookImportTest, SkipInvalidWritesTheSheetsRejects) {
  ImportOptions options;
  options.skip_invalid = true;
  options.rejects_path = dir();
  const auto reports = importBook(book("31/12/2024"), options);
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[2].outcome, FileOutcome::kStoredWithRejects);
  EXPECT_EQ(table("staff").size(), 1u);
  const std::string rejects = testing::readFile(path("exports.staff.rejects.csv"));
  EXPECT_EQ(rejects.substr(0, 70), "staff_id,team_id,role,employment,fte,start_date,name,reject_reason\nS2,");
}

}  // namespace
}  // namespace hc::ingest

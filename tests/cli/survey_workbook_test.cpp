// healthcheck report --xlsx with a staff survey run: the workbook's Staff
// survey sheet (the dashboard's download is checked in
// tests/web/dashboard_survey_test.cpp from the same kind of run).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "cli/cli.h"
#include "reports/xlsx_reader.h"
#include "surveys/survey_fixture.h"

namespace hc {
namespace {

class SurveyWorkbookCommandTest : public surveys::SurveyTest {
 protected:
  void SetUp() override {
    // T1 (children's, 20 in post) answers enough; T3 answers too few.
    const std::string run = openRun({"T1", "T3"}).run_id;
    for (int i = 0; i < 12; ++i) respond(run, "T1", allAnswers("4", "Comment number " + std::to_string(i)));
    for (int i = 0; i < 2; ++i) respond(run, "T3", allAnswers("2", "Small team comment"));
  }
  static void runCli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    EXPECT_EQ(cli::run(args, out, err), 0) << err.str();
  }
};

TEST_F(SurveyWorkbookCommandTest, WritesTheStaffSurveySheet) {
  const std::string dir = testing::makeTempDir("hc-survey-xlsx");
  runCli({"--db", test_db_.url(), "report", "--period", "2025-Q3", "--xlsx", dir + "/hc.xlsx",
                           "--surveys", std::string(HC_SOURCE_DIR) + "/surveys"});
  const reports::testing::XlsxWorkbook book = reports::testing::readXlsx(dir + "/hc.xlsx");
  ASSERT_TRUE(book.error.empty()) << book.error;
  const auto sheet = book.sheets.find("Staff survey");
  ASSERT_NE(sheet, book.sheets.end());
  EXPECT_EQ(sheet->second.cells.at("C5").text, "The council");
  EXPECT_DOUBLE_EQ(sheet->second.cells.at("E5").number, 14);
  EXPECT_DOUBLE_EQ(sheet->second.cells.at("F5").number, 20);  // the staff in post of the surveyed teams
  EXPECT_EQ(sheet->second.cells.at("B6").text, "T1");
  EXPECT_DOUBLE_EQ(sheet->second.cells.at("G6").number, 60);  // 12 of 20
  EXPECT_EQ(sheet->second.cells.count("I7"), 0u);             // T3: two responses, blank
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace hc

// healthcheck survey import: the contract's layout, the importer's rules.
#include <gtest/gtest.h>

#include "survey_fixture.h"
#include "surveys/survey_import.h"
#include "surveys/survey_results.h"

namespace hc::surveys {
namespace {

class SurveyImportTest : public SurveyTest {
 protected:
  SurveyImportTest() : dir_(testing::makeTempDir("survey-import")) {}

  ingest::FileReport import(const std::string& csv, ingest::ImportOptions options = {}) {
    testing::writeFile(dir_ + "/responses.csv", csv);
    return importSurveyResponses(db(), dir_ + "/responses.csv",
                                 {&hse(), "2025", Date::fromCivil(2025, 1, 1), Date::fromCivil(2025, 12, 31)}, options);
  }

  // A HSE export row: every item `v`, the reverse-scored demands and
  // relationships items `r`.
  static std::string hseRow(const std::string& team, int v, int r) {
    const std::set<int> reversed{3, 6, 9, 12, 16, 18, 20, 22, 5, 14, 21, 34};
    std::string row = team;
    for (int q = 1; q <= 35; ++q) row += "," + std::to_string(reversed.count(q) ? r : v);
    return row + "\n";
  }
  static std::string hseHeader() {
    std::string h = "team_id";
    for (int q = 1; q <= 35; ++q) h += ",q" + std::to_string(q);
    return h + "\n";
  }

  std::string dir_;
};

TEST_F(SurveyImportTest, HseExportGivesTheSevenScaleMeans) {
  std::string csv = hseHeader();
  for (int i = 0; i < 5; ++i) csv += hseRow("T1", 4, 2);  // reversed items answered 2 ("seldom"): 4
  const auto report = import(csv);
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kStored);
  EXPECT_EQ(report.inserted, 5);
  const SurveyResults r = loadSurveyResults(db(), "hse-indicator-tool-2025", {});
  ASSERT_EQ(r.scopes.size(), 2u);
  EXPECT_EQ(r.scopes[1].group_means.size(), 7u);
  for (const auto& [group, mean] : r.scopes[1].group_means) EXPECT_DOUBLE_EQ(*mean, 4.0) << group;
  EXPECT_FALSE(r.run.open);
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE kind = 'survey_responses' AND outcome = 'stored'"), 1);
}

TEST_F(SurveyImportTest, ImportingTheSameExportTwiceChangesNothing) {
  std::string csv = hseHeader() + hseRow("T1", 3, 3) + hseRow("T2", 5, 1);
  ASSERT_EQ(import(csv).outcome, ingest::FileOutcome::kStored);
  ASSERT_EQ(import(csv).outcome, ingest::FileOutcome::kStored);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers"), 70);
}

TEST_F(SurveyImportTest, InvalidRowRejectsTheFileWithTheUsualMessages) {
  std::string csv = hseHeader() + hseRow("T1", 3, 3) + hseRow("T9", 3, 3) + hseRow("T1", 7, 3) + "T2" + std::string(35, ',') + "\n";
  const auto report = import(csv);
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kRejected);
  EXPECT_EQ(report.rejected, 2);
  ASSERT_GE(report.messages.size(), 2u);
  EXPECT_EQ(report.messages[0].text(), "responses.csv:3: team_id: 'T9' is not a known team");
  EXPECT_EQ(report.messages[1].text().substr(0, 24), "responses.csv:4: q1: '7'");
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 0);
}

TEST_F(SurveyImportTest, SkipInvalidWritesRejectsAndStoresTheRest) {
  ingest::ImportOptions options;
  options.skip_invalid = true;
  options.rejects_path = dir_ + "/rejects.csv";
  const auto report = import(hseHeader() + hseRow("T1", 3, 3) + hseRow("T9", 3, 3), options);
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kStoredWithRejects);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 1);
  const std::string rejects = testing::readFile(dir_ + "/rejects.csv");
  EXPECT_NE(rejects.find("T9,3,3"), std::string::npos);
  EXPECT_NE(rejects.find("team_id: 'T9' is not a known team"), std::string::npos);
}

TEST_F(SurveyImportTest, MissingTeamColumnAndUnknownColumns) {
  auto report = import("q1,q2\n3,3\n");
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kRejected);
  ASSERT_FALSE(report.messages.empty());
  EXPECT_NE(report.messages[0].text().find("team_id"), std::string::npos) << report.messages[0].text();
  report = import("team_id,q1,colour\nT1,3,red\n");
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kStored);
  EXPECT_EQ(report.warnings, 1);
}

TEST_F(SurveyImportTest, NeverTouchesARunThatUsesTheForm) {
  SurveyRuns(db()).open(healthCheck(), "2025", Date::fromCivil(2025, 1, 1), Date::fromCivil(2025, 12, 31), {"T1"});
  testing::writeFile(dir_ + "/r.csv", "team_id,wl1\nT1,3\n");
  EXPECT_THROW(importSurveyResponses(db(), dir_ + "/r.csv",
                                     {&healthCheck(), "2025", Date::fromCivil(2025, 1, 1), Date::fromCivil(2025, 12, 31)},
                                     {}),
               SurveyRunError);
}

}  // namespace
}  // namespace hc::surveys

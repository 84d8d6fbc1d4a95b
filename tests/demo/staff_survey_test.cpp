// The demo's staff survey files (demo/staff_survey.h) and the team that
// turns round (healthOn).
#include "demo/staff_survey.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "demo/csv_table.h"
#include "demo/demo_council.h"
#include "demo/team_plan.h"
#include "support/test_files.h"

namespace hc::demo {
namespace {

using testing::readCsv;

DemoSurvey threeQuestions() { return DemoSurvey{"health-check", {{"wl1", false}, {"wl2", true}, {"tl1", false}}}; }

TEST(StaffSurveyTest, FileNamesSayTheSurveyAndTheQuarter) {
  EXPECT_EQ(staffSurveyFileName("health-check", "2026-Q3"), "staff-survey-health-check-2026-Q3.csv");
  const auto splits = staffSurveyFileNameSplits("staff-survey-health-check-2026-Q3.csv");
  const std::vector<std::pair<std::string, std::string>> expected{
      {"health", "check-2026-Q3"}, {"health-check", "2026-Q3"}, {"health-check-2026", "Q3"}};
  EXPECT_EQ(splits, expected);
  EXPECT_TRUE(staffSurveyFileNameSplits("visits.csv").empty());
  EXPECT_TRUE(staffSurveyFileNameSplits("staff-survey-.csv").empty());
  EXPECT_TRUE(staffSurveyFileNameSplits("staff-survey-health-check-2026-Q3.txt").empty());
}

TEST(StaffSurveyTest, OneFilePerWholeQuarterInTheImportLayout) {
  DemoOptions options;
  options.teams = 4;
  options.months = 7;  // 2026-03-01 .. 2026-09-30: Q2 and Q3 whole, March alone is not
  options.survey = threeQuestions();
  const std::string dir = hc::testing::makeTempDir("demo-survey") + "/out";
  const DemoSummary summary = writeDemoCouncil(options, dir);
  EXPECT_FALSE(std::filesystem::exists(dir + "/staff-survey-health-check-2026-Q1.csv"));
  for (const char* quarter : {"2026-Q2", "2026-Q3"}) {
    const std::string name = staffSurveyFileName("health-check", quarter);
    const testing::CsvTable t = readCsv(dir + "/" + name);
    EXPECT_EQ(t.header, (std::vector<std::string>{"team_id", "wl1", "wl2", "tl1"}));
    ASSERT_GE(t.rows.size(), 4u * 5) << name << ": every team has answers";
    std::map<std::string, int> per_team;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      ++per_team[t.at(r, "team_id")];
      for (const char* q : {"wl1", "wl2", "tl1"}) {
        const std::string& v = t.at(r, q);
        EXPECT_TRUE(v.empty() || (v.size() == 1 && v[0] >= '1' && v[0] <= '5')) << name << " row " << r << ": " << v;
      }
    }
    EXPECT_EQ(per_team.size(), 4u);
    bool listed = false;
    for (const auto& [file, rows] : summary.rows_per_file) listed |= file == name && rows == int64_t(t.rows.size());
    EXPECT_TRUE(listed) << name << " is in the summary with its rows";
  }
}

TEST(StaffSurveyTest, TheStrugglingTeamAnswersWorseAndReversedQuestionsTheOtherWay) {
  DemoOptions options;
  options.teams = 2;  // T0001 struggles, T0002 is healthy
  options.months = 3;
  options.survey = threeQuestions();
  const std::string dir = hc::testing::makeTempDir("demo-survey-2") + "/out";
  writeDemoCouncil(options, dir);
  const testing::CsvTable t = readCsv(dir + "/" + staffSurveyFileName("health-check", "2026-Q3"));
  // Mean answer per team and question.
  std::map<std::string, std::map<std::string, std::pair<double, int>>> sums;
  for (size_t r = 0; r < t.rows.size(); ++r)
    for (const char* q : {"wl1", "wl2"})
      if (!t.at(r, q).empty()) {
        auto& s = sums[t.at(r, "team_id")][q];
        s.first += std::stoi(t.at(r, q));
        ++s.second;
      }
  auto mean = [&](const char* team, const char* q) { return sums[team][q].first / sums[team][q].second; };
  // Agreeing is healthy for wl1, unhealthy for the reversed wl2.
  EXPECT_GT(mean("T0002", "wl1"), mean("T0001", "wl1") + 1);
  EXPECT_LT(mean("T0002", "wl2"), mean("T0001", "wl2") - 1);
}

TEST(TeamPlanTest, TheImprovingTeamRecoversOverTheLastYear) {
  const TeamPlan lac = planTeam(1, 5);
  ASSERT_TRUE(lac.improving);
  const Date end = Date::fromCivil(2026, 9, 30);
  // Until 2025-10-01, a year before the end, its practice struggles; then
  // it moves linearly to its improved health.
  EXPECT_EQ(healthOn(lac, end, Date::fromCivil(2025, 6, 1)), lac.struggling_health);
  EXPECT_EQ(healthOn(lac, end, Date::fromCivil(2025, 10, 1)), lac.struggling_health);
  EXPECT_NEAR(healthOn(lac, end, end), lac.improved_health, 1e-12);
  const Date middle = Date::fromCivil(2025, 10, 1).plusDays((end - Date::fromCivil(2025, 10, 1)) / 2);
  EXPECT_NEAR(healthOn(lac, end, middle), (lac.struggling_health + lac.improved_health) / 2, 0.01);
  // Other teams keep their health.
  const TeamPlan first = planTeam(1, 0);
  EXPECT_FALSE(first.improving);
  EXPECT_EQ(healthOn(first, end, end), first.health);
}

}  // namespace
}  // namespace hc::demo

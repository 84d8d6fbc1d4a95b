// The demo council's files: deterministic, exactly the contract's headers,
// and every row valid, referring only to what the files define.
#include "demo/demo_council.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/records.h"
#include "demo/demo_folder.h"
#include "support/test_files.h"

namespace hc::demo {
namespace {

using testing::CsvTable;
using testing::defaultDemo;
using testing::DemoFolder;
using testing::kDemoFiles;
using testing::writeAndRead;

DemoOptions small(uint64_t seed, int teams = 6, int months = 6) {
  DemoOptions o;
  o.seed = seed;
  o.teams = teams;
  o.months = months;
  return o;
}

std::string fileText(const DemoFolder& f, const std::string& name) {
  return hc::testing::readFile(f.dir + "/" + name + ".csv");
}

TEST(DemoCouncilTest, SameSeedGivesByteIdenticalFiles) {
  const DemoFolder a = writeAndRead(small(7));
  const DemoFolder b = writeAndRead(small(7));
  for (const char* name : kDemoFiles) EXPECT_EQ(fileText(a, name), fileText(b, name)) << name;
}

TEST(DemoCouncilTest, DifferentSeedGivesDifferentFiles) {
  const DemoFolder a = writeAndRead(small(7));
  const DemoFolder b = writeAndRead(small(8));
  EXPECT_NE(fileText(a, "visits"), fileText(b, "visits"));
  EXPECT_NE(fileText(a, "staff"), fileText(b, "staff"));
}

TEST(DemoCouncilTest, EveryFileHasExactlyTheContractHeader) {
  const std::map<std::string, std::string> headers = {
      {"teams", "team_id,name,service,locality"},
      {"staff", "staff_id,team_id,role,employment,fte,start_date,end_date,qualified_date"},
      {"establishment", "team_id,effective_from,budgeted_fte"},
      {"cases", "case_id,team_id,referral_date,assessment_completed_date,closed_date"},
      {"allocations", "allocation_id,case_id,staff_id,start_date,end_date"},
      {"transfers", "transfer_id,case_id,from_team,to_team,requested_date,completed_date"},
      {"visits",
       "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes,travel_minutes,purpose"},
      {"supervision", "session_id,staff_id,supervisor_id,date,duration_minutes,kind"},
      {"absences", "absence_id,staff_id,start_date,end_date,reason,working_days_lost"},
      {"team_meetings", "meeting_id,team_id,date"},
      {"risk_assessments", "assessment_id,staff_id,completed_date,kind"},
      {"feedback", "feedback_id,team_id,date,kind,upheld,rating"},
      {"care_packages", "package_id,case_id,staff_id,assessed_date,need_band,weekly_cost"},
  };
  ASSERT_EQ(headers.size(), std::size(kDemoFiles));
  for (const auto& [name, header] : headers) {
    const std::string text = fileText(defaultDemo(), name);
    EXPECT_EQ(text.substr(0, text.find('\n')), header) << name;
  }
}

TEST(DemoCouncilTest, SummaryCountsTheRowsOfEveryFileInDependencyOrder) {
  const DemoFolder& demo = defaultDemo();
  ASSERT_EQ(demo.summary.rows_per_file.size(), std::size(kDemoFiles));
  for (size_t i = 0; i < std::size(kDemoFiles); ++i) {
    EXPECT_EQ(demo.summary.rows_per_file[i].first, std::string(kDemoFiles[i]) + ".csv");
    EXPECT_EQ(demo.summary.rows_per_file[i].second, static_cast<int64_t>(demo[kDemoFiles[i]].rows.size()));
    EXPECT_GT(demo.summary.rows_per_file[i].second, 0) << kDemoFiles[i];
  }
  EXPECT_EQ(demo["teams"].rows.size(), 12u);
}

TEST(DemoCouncilTest, RowsScaleRoughlyLinearlyWithTeams) {
  const DemoFolder a = writeAndRead(small(3, 20, 6));
  const DemoFolder b = writeAndRead(small(3, 40, 6));
  for (const char* name : {"staff", "cases", "visits", "supervision", "feedback"}) {
    const double ratio = double(b[name].rows.size()) / double(a[name].rows.size());
    EXPECT_GT(ratio, 1.6) << name;
    EXPECT_LT(ratio, 2.4) << name;
  }
}

TEST(DemoCouncilTest, MonthsSetTheSpanOfActivity) {
  const DemoFolder demo = writeAndRead(small(3, 4, 3));
  const Date first = Date::fromCivil(2026, 7, 1), last = Date::fromCivil(2026, 9, 30);
  const CsvTable& visits = demo["visits"];
  for (size_t r = 0; r < visits.rows.size(); ++r) {
    const Date d = DateTime::parse(visits.at(r, "scheduled_start"))->date();
    ASSERT_TRUE(first <= d && d <= last) << visits.at(r, "scheduled_start");
  }
  const CsvTable& cases = demo["cases"];
  for (size_t r = 0; r < cases.rows.size(); ++r) {
    const std::string& closed = cases.at(r, "closed_date");
    ASSERT_TRUE(closed.empty() || *Date::parse(closed) > first) << "closed before the span: " << closed;
  }
}

TEST(DemoCouncilTest, RejectsNoTeamsOrNoMonths) {
  const std::string dir = hc::testing::makeTempDir("demo-council");
  EXPECT_THROW(writeDemoCouncil(small(1, 0, 6), dir), std::invalid_argument);
  EXPECT_THROW(writeDemoCouncil(small(1, 3, 0), dir), std::invalid_argument);
}

TEST(DemoCouncilTest, TeamNamesExerciseQuoting) {
  const std::string text = fileText(defaultDemo(), "teams");
  EXPECT_NE(text.find("\"Children's Disability, North\""), std::string::npos);
}

}  // namespace
}  // namespace hc::demo

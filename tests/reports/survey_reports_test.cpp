// The staff survey in the reports, from hand-built results: the members'
// "What staff told us" page (published: response rates and the council's
// area scores with ratings, never comments) and the workbook's "Staff
// survey" sheet read back with openpyxl.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "reports/glossary.h"
#include "core/html_escape.h"
#include "reports/members/members_report.h"
#include "reports/survey_figures.h"
#include "reports/workbook/workbook_writer.h"
#include "report_sections.h"
#include "sample_health_check.h"
#include "support/test_files.h"
#include "xlsx_reader.h"

namespace hc::reports {
namespace {

surveys::ScopeResults scope(const std::string& id, const std::string& service, int64_t responses, int64_t staff) {
  surveys::ScopeResults s;
  s.scope = id;
  s.service = service;
  s.responses = responses;
  s.staff_in_post = staff;
  if (staff > 0) s.response_rate = 100.0 * double(responses) / double(staff);
  for (const char* a : {"tools", "wellbeing", "delivery"}) s.area_scores[a];
  s.questions = {{"q1", 0, {}, std::nullopt, true}, {"q2", 0, {}, std::nullopt, true}};
  s.suppressed = true;
  return s;
}

// A run of 14 responses: T01 (children's) 12 of 20 in post, T03 (adults')
// 2 of 8, suppressed. The council's q2 was answered by too few.
surveys::PeriodSurveys sampleSurveys(bool council_suppressed = false) {
  surveys::PeriodSurveys data;
  surveys::SurveyResults run;
  run.run.run_id = "health-check-2025-Q3";
  run.run.survey_id = "health-check";
  run.run.title = "Social work health check: staff survey";
  run.run.period_label = "2025-Q3";
  surveys::ScopeResults council = scope("council", "", 14, 28);
  if (!council_suppressed) {
    council.suppressed = false;
    council.area_scores = {{"tools", 62.5}, {"wellbeing", 40.0}, {"delivery", 80.0}};
    council.questions[0] = {"q1", 14, {0, 2, 4, 6, 2}, 62.5, false};
    council.comments = {"A comment that must never be published"};
    council.comments_shown = true;
  }
  surveys::ScopeResults t01 = scope("T01", "children", 12, 20);
  t01.suppressed = false;
  t01.area_scores = {{"tools", 60.0}, {"wellbeing", 45.0}, {"delivery", 70.0}};
  t01.questions[0] = {"q1", 12, {0, 0, 6, 6, 0}, 62.5, false};
  run.scopes = {council, t01, scope("T03", "adults", 2, 8)};
  data.runs.push_back(run);
  data.team_names = {{"T01", "Team one"}, {"T03", "Team three"}};
  data.wording["health-check/q1"] = {"My caseload is manageable.",
                                     {"Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"}};
  return data;
}

ReportModel model(const surveys::PeriodSurveys& data, bool published) {
  ReportOptions options;
  options.published = published;
  ReportModel m = buildReportModel(testing::sampleHealthCheck(), options);
  m.surveys = data;
  return m;
}

using testing::contains;
using testing::section;

TEST(SurveyFiguresTest, ServiceRatesAreTheirTeamsSumsAndScoresAreRated) {
  const std::vector<SurveyFigures> f = surveyFigures(model(sampleSurveys(), true));
  ASSERT_EQ(f.size(), 1u);
  ASSERT_EQ(f[0].rates.size(), 3u);  // the council, children's, adults'
  EXPECT_EQ(f[0].rates[0].name, "The council");
  EXPECT_DOUBLE_EQ(*f[0].rates[0].rate, 50.0);
  EXPECT_EQ(f[0].rates[1].name, "Children's services");
  EXPECT_DOUBLE_EQ(*f[0].rates[1].rate, 60.0);
  EXPECT_EQ(f[0].rates[2].name, "Adult services");
  EXPECT_EQ(f[0].rates[2].responses, 2);
  ASSERT_EQ(f[0].areas.size(), 3u);
  EXPECT_EQ(f[0].areas[0].info->id, "survey_tools");
  EXPECT_EQ(f[0].areas[0].status, metrics::Status::kAmber);  // 62.5: below 75, at least 51
  EXPECT_EQ(f[0].areas[1].status, metrics::Status::kRed);    // 40
  EXPECT_EQ(f[0].areas[2].status, metrics::Status::kGreen);  // 80
}

TEST(MembersSurveyPageTest, StatesResponseRatesAndRatedScoresWithoutComments) {
  const std::string doc = members::membersReportHtml(model(sampleSurveys(), true)).str();
  const std::string page = section(doc, "survey");
  ASSERT_FALSE(page.empty());
  EXPECT_TRUE(contains(page, "<h2>What staff told us</h2>"));
  EXPECT_TRUE(contains(page, "14 of the 28 staff in post answered (a response rate of 50.0%)."));
  EXPECT_TRUE(contains(page, "<th scope=\"row\">" + escapeHtml("Children's services") +
                                 "</th><td class=\"num\">12</td><td class=\"num\">20</td><td class=\"num\">60.0%</td>"))
      << page;
  EXPECT_TRUE(contains(page, "a score of 62.5 out of 100, rated amber."));
  EXPECT_TRUE(contains(page, "a score of 40.0 out of 100, rated red."));
  EXPECT_FALSE(contains(doc, "must never be published"));
  EXPECT_TRUE(contains(section(doc, "glossary"), "<dt>Response rate</dt>"));
}

TEST(MembersSurveyPageTest, ASuppressedCouncilPublishesNoScores) {
  const std::string page = section(members::membersReportHtml(model(sampleSurveys(true), true)).str(), "survey");
  ASSERT_FALSE(page.empty());
  EXPECT_TRUE(contains(page, "No scores are published: fewer than 5 staff answered"));
  EXPECT_FALSE(contains(page, "out of 100,"));
  EXPECT_TRUE(contains(page, "response rate of 50.0%"));  // how many answered is still stated
}

TEST(MembersSurveyPageTest, NoSurveyNoPage) {
  EXPECT_TRUE(section(members::membersReportHtml(model({}, true)).str(), "survey").empty());
  bool explained = false;
  for (const GlossaryEntry& e : glossary()) explained = explained || e.key == "response rate";
  EXPECT_TRUE(explained);
}

class SurveySheetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = hc::testing::makeTempDir("hc-survey-sheet");
    workbook::writeWorkbook(model(sampleSurveys(), false), dir_ + "/hc.xlsx");
    book_ = testing::readXlsx(dir_ + "/hc.xlsx");
    ASSERT_TRUE(book_.error.empty()) << book_.error;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  const testing::XlsxCell* cell(const std::string& ref) {
    auto s = book_.sheets.find("Staff survey");
    if (s == book_.sheets.end()) return nullptr;
    auto c = s->second.cells.find(ref);
    return c == s->second.cells.end() ? nullptr : &c->second;
  }
  double number(const std::string& ref) {
    const testing::XlsxCell* c = cell(ref);
    EXPECT_TRUE(c && c->type == "n") << ref;
    return c && c->type == "n" ? c->number : -1;
  }

  std::string dir_;
  testing::XlsxWorkbook book_;
};

TEST_F(SurveySheetTest, GivesRatesScoresAndSharesAsNumbers) {
  EXPECT_TRUE(book_.xml_well_formed);
  EXPECT_EQ(book_.formula_elements, 0);
  ASSERT_EQ(book_.sheet_names.size(), 11u);  // no trend given: no Trend charts sheet
  EXPECT_EQ(book_.sheet_names[9], "Staff survey");
  // The period said once, not "2025-Q3 (2025-Q3 (1 July ...))".
  ASSERT_NE(cell("A1"), nullptr);
  EXPECT_EQ(cell("A1")->text.find("(2025-Q3"), std::string::npos) << cell("A1")->text;
  EXPECT_NE(cell("A1")->text.find("2025-Q3 (1 July to 30 September 2025)"), std::string::npos) << cell("A1")->text;
  // Row 5: the council.
  ASSERT_NE(cell("C5"), nullptr);
  EXPECT_EQ(cell("C5")->text, "The council");
  EXPECT_DOUBLE_EQ(number("E5"), 14);
  EXPECT_DOUBLE_EQ(number("F5"), 28);
  EXPECT_DOUBLE_EQ(number("G5"), 50);
  EXPECT_EQ(cell("G5")->number_format, "#,##0.0");
  EXPECT_DOUBLE_EQ(number("I5"), 62.5);  // tools
  EXPECT_DOUBLE_EQ(number("J5"), 40);    // wellbeing
  EXPECT_DOUBLE_EQ(number("K5"), 80);    // delivery
  // q1: shares of the 14 answering each point; q2 too few: blank.
  EXPECT_EQ(cell("L4")->text, "Strongly disagree (%)");
  EXPECT_DOUBLE_EQ(number("L5"), 0);
  EXPECT_DOUBLE_EQ(number("M5"), 100.0 * 2 / 14);
  EXPECT_DOUBLE_EQ(number("O5"), 100.0 * 6 / 14);
  EXPECT_EQ(cell("Q5"), nullptr);
  EXPECT_NE(cell("H5")->text.find("fewer than 5"), std::string::npos);
  // The question's wording over its five columns.
  const auto& merged = book_.sheets.at("Staff survey").merged;
  EXPECT_NE(std::find(merged.begin(), merged.end(), "L3:P3"), merged.end());
  EXPECT_NE(cell("L3")->text.find("My caseload is manageable."), std::string::npos);
}

TEST_F(SurveySheetTest, SuppressedTeamsAreBlankWithANote) {
  // Row 7: T03, two responses.
  EXPECT_EQ(cell("B7")->text, "T03");
  EXPECT_DOUBLE_EQ(number("E7"), 2);
  EXPECT_DOUBLE_EQ(number("G7"), 25);
  EXPECT_EQ(cell("I7"), nullptr);
  EXPECT_EQ(cell("L7"), nullptr);
  EXPECT_EQ(cell("H7")->text, "Fewer than 5 responses: not shown");
  // Row 6: T01 shown.
  EXPECT_DOUBLE_EQ(number("N6"), 50);
  for (const auto& [ref, c] : book_.sheets.at("Staff survey").cells)
    EXPECT_EQ(c.text.find("must never be published"), std::string::npos) << ref;
}

// A team with more responses than staff (an open link used more than
// once) says so in its Note, and whether it is rated yet.
TEST(SurveySheetFlagTest, MoreResponsesThanStaffIsNoted) {
  surveys::PeriodSurveys data = sampleSurveys();
  surveys::ScopeResults& t01 = data.runs[0].scopes[1];
  t01.responses = 25;
  t01.response_rate = 125.0;
  t01.more_responses_than_staff = true;
  t01.awaiting_review = true;
  const std::string dir = hc::testing::makeTempDir("hc-survey-sheet");
  workbook::writeWorkbook(model(data, false), dir + "/hc.xlsx");
  const testing::XlsxWorkbook book = testing::readXlsx(dir + "/hc.xlsx");
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(book.error.empty()) << book.error;
  const auto& cells = book.sheets.at("Staff survey").cells;
  ASSERT_EQ(cells.at("B6").text, "T01");
  EXPECT_EQ(cells.at("H6").text,
            "More responses than staff: the open link may have been used more than once; not rated until an "
            "administrator reviews it. Questions answered by fewer than 5 people are not shown")
      << "the flag first, then the note it had";
  EXPECT_EQ(cells.at("H7").text, "Fewer than 5 responses: not shown") << "the others' notes as before";
}

TEST(SurveySheetAbsentTest, NoSurveyNoSheet) {
  const std::string dir = hc::testing::makeTempDir("hc-survey-sheet");
  workbook::writeWorkbook(model({}, false), dir + "/hc.xlsx");
  const testing::XlsxWorkbook book = testing::readXlsx(dir + "/hc.xlsx");
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(book.error.empty());
  EXPECT_EQ(std::count(book.sheet_names.begin(), book.sheet_names.end(), "Staff survey"), 0);
}

}  // namespace
}  // namespace hc::reports

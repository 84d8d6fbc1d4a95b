// The staff survey page's progress of each run: state, links, responses,
// response rates, and the teams too small ever to show results.
#include "web/dashboard/dashboard_survey_runs.h"

#include <gtest/gtest.h>

namespace hc::web::dashboard {
namespace {

RunProgress sampleRun() {
  RunProgress p;
  p.run.run_id = "health-check-2026-Q3";
  p.run.title = "Social work health check";
  p.run.period_label = "2026-Q3";
  p.run.period_from = *Date::parse("2026-07-01");
  p.run.period_to = *Date::parse("2026-09-30");
  p.run.open = true;
  p.teams = {{"T1", 10, 6, 6, 12}, {"T2", 4, 1, 1, 4}, {"T3", 3, 3, 3, 3}};
  return p;
}

TEST(SurveyRunsTest, StateLinksResponsesAndRatePerTeam) {
  const std::string html = surveyRunsHtml({sampleRun()}, {{"T1", "Assessment North"}}, 5).str();
  EXPECT_NE(html.find("Social work health check (2026-Q3): open"), std::string::npos);
  EXPECT_NE(html.find("Open, taking answers; it asks about 2026-07-01 to 2026-09-30."), std::string::npos);
  // T1: 10 links, 6 used, 6 responses of 12 staff: 50%.
  const size_t row = html.find("id=\"survey-run-1-T1\"");
  ASSERT_NE(row, std::string::npos);
  const std::string t1 = html.substr(row, html.find("</tr>", row) - row);
  EXPECT_NE(t1.find("Assessment North"), std::string::npos);
  EXPECT_NE(t1.find(">10</td>"), std::string::npos);
  EXPECT_NE(t1.find(">6</td>"), std::string::npos);
  EXPECT_NE(t1.find(">12</td>"), std::string::npos);
  EXPECT_NE(t1.find(">50.0%</td>"), std::string::npos) << t1;
  // All teams: 17 links, 10 used, 10 responses of 19 staff: 52.6%.
  EXPECT_NE(html.find(">17</td>"), std::string::npos);
  EXPECT_NE(html.find(">52.6%</td>"), std::string::npos);
}

TEST(SurveyRunsTest, SaysWhichTeamsCanNeverShowResultsAndWhereTheirAnswersGo) {
  RunProgress p = sampleRun();
  EXPECT_EQ(teamsTooSmall(p, 5), (std::vector<std::string>{"T2", "T3"}));
  const std::string html = surveyRunsHtml({p}, {{"T2", "Duty East"}, {"T3", "Court West"}}, 5).str();
  EXPECT_NE(html.find("Duty East and Court West have fewer than 5 staff in post, so they can never reach the 5 "
                      "responses needed to show results of their own. Their staff can still answer: their answers "
                      "are counted in their service&#39;s and the council&#39;s results only, never shown for the "
                      "team."),
            std::string::npos)
      << html;
  p.teams.resize(1);
  EXPECT_EQ(surveyRunsHtml({p}, {}, 5).str().find("too-small"), std::string::npos);
  EXPECT_TRUE(surveyRunsHtml({}, {}, 5).empty());
}

TEST(SurveyRunsTest, ThePageOpensOnTheOpenRunOfTheLatestPeriod) {
  RunProgress q3 = sampleRun(), q4 = sampleRun(), q1 = sampleRun();
  q3.run.open = false;
  q4.run.period_label = "2026-Q4";
  q4.run.period_to = *Date::parse("2026-12-31");
  q1.run.period_label = "2027-Q1";
  q1.run.period_to = *Date::parse("2027-03-31");
  q1.run.open = false;
  EXPECT_EQ(surveyDefaultPeriod({q3.run, q4.run, q1.run}), "2026-Q4") << "the open one, not the latest";
  q3.run.open = true;
  EXPECT_EQ(surveyDefaultPeriod({q3.run, q4.run}), "2026-Q4") << "of two open, the later period";
  q3.run.open = q4.run.open = false;
  EXPECT_EQ(surveyDefaultPeriod({q3.run, q4.run}), "") << "none open: the figures' default";
  const std::string links = surveyRunLinksHtml({q3.run, q1.run, q4.run}, "2026-Q4").str();
  const size_t a = links.find("2027-Q1, closed"), b = links.find("2026-Q4, closed"), c = links.find("2026-Q3, closed");
  ASSERT_NE(a, std::string::npos) << links;
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_NE(links.find("href=\"/dashboard/survey?period=2026-Q4\" aria-current=\"page\""), std::string::npos) << links;
  EXPECT_TRUE(surveyRunLinksHtml({}, "2026-Q4").empty());
}

}  // namespace
}  // namespace hc::web::dashboard

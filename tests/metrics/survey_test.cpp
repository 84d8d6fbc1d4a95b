// The survey scores (survey_tools, survey_wellbeing, survey_delivery) and
// their suppression below the minimum group size, published or not.
#include <gtest/gtest.h>

#include "fixtures.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

constexpr double kEps = 1e-9;

SurveyResponseScores response(const char* team, const char* date, std::optional<double> tools,
                              std::optional<double> wellbeing = std::nullopt,
                              std::optional<double> delivery = std::nullopt) {
  return SurveyResponseScores{team, day(date), tools, wellbeing, delivery};
}

Dataset survey() {
  Dataset d;
  d.teams = {team("T1"), team("T2"), team("T3")};
  for (double score : {50, 60, 70, 80, 90}) d.survey_responses.push_back(response("T1", "2025-09-30", score, 40));
  d.survey_responses.back().wellbeing.reset();  // 4 wellbeing answers in T1
  d.survey_responses.push_back(response("T1", "2025-06-30", 0, 0));  // last quarter
  for (double score : {10, 20, 30, 40, 50, 60}) d.survey_responses.push_back(response("T3", "2025-07-01", score));
  for (int i = 0; i < 3; ++i) d.survey_responses.push_back(response("T2", "2025-08-15", 100, 100, 100));
  return d;
}

TEST(SurveyTest, MeanOfTheResponsesThatScoreTheArea) {
  const HealthCheck hc = run(survey(), "2025-Q3");
  // T3 (6 responses): mean of 10..60 = 35.
  EXPECT_NEAR(value(hc, "T3", "survey_tools"), 35, kEps);
  EXPECT_EQ(metric(hc, "T3", "survey_tools").n, 6);
  // Children's services: all 14 tools scores: (350 + 210 + 300) / 14.
  EXPECT_NEAR(value(hc, "children", "survey_tools"), 860.0 / 14, kEps);
  // Wellbeing: T1 4 x 40, T2 3 x 100 -> (160 + 300) / 7.
  EXPECT_NEAR(value(hc, "council", "survey_wellbeing"), 460.0 / 7, kEps);
  EXPECT_EQ(metric(hc, "council", "survey_wellbeing").n, 7);
}

TEST(SurveyTest, FewerThanTheMinimumIsSuppressedEvenUnpublished) {
  const HealthCheck hc = run(survey(), "2025-Q3");
  const MetricResult& wellbeing = metric(hc, "T1", "survey_wellbeing");  // 4 responses
  EXPECT_TRUE(wellbeing.suppressed);
  EXPECT_FALSE(wellbeing.value);
  EXPECT_EQ(wellbeing.status, Status::kNone);
  EXPECT_EQ(wellbeing.n, 4);
  EXPECT_TRUE(metric(hc, "T2", "survey_tools").suppressed);  // 3 responses
  EXPECT_TRUE(metric(hc, "T2", "survey_wellbeing").suppressed);
}

TEST(SurveyTest, OneSuppressedTeamInAServiceHidesTheNextSmallest) {
  const HealthCheck hc = run(survey(), "2025-Q3");
  // survey_tools: T2 (3) alone is hidden; of T1 (5) and T3 (6), T1 is the next-smallest.
  EXPECT_TRUE(metric(hc, "T1", "survey_tools").suppressed);
  EXPECT_FALSE(metric(hc, "T1", "survey_tools").value);
  EXPECT_FALSE(metric(hc, "T3", "survey_tools").suppressed);
  EXPECT_FALSE(metric(hc, "children", "survey_tools").suppressed);
  // survey_wellbeing: T1 (4) and T2 (3) both hidden; T3 has none: nobody more.
  EXPECT_FALSE(metric(hc, "T3", "survey_wellbeing").suppressed);
  // survey_delivery: T2 (3) hidden, no other team has a figure to hide.
  EXPECT_TRUE(metric(hc, "T2", "survey_delivery").suppressed);
  EXPECT_FALSE(metric(hc, "T1", "survey_delivery").suppressed);
  EXPECT_FALSE(metric(hc, "T1", "survey_delivery").value);  // no responses: null, nothing hidden
}

TEST(SurveyTest, MinimumGroupSizeIsAnOption) {
  HealthCheckOptions options;
  options.min_group_size = 3;
  const HealthCheck hc = run(survey(), "2025-Q3", options);
  EXPECT_FALSE(metric(hc, "T2", "survey_tools").suppressed);
  EXPECT_NEAR(value(hc, "T2", "survey_tools"), 100, kEps);
  EXPECT_NEAR(value(hc, "T1", "survey_tools"), 70, kEps);
}

TEST(SurveyTest, ResponsesOutsideThePeriodAreIgnored) {
  const HealthCheck hc = run(survey(), "2025-Q2");
  EXPECT_EQ(metric(hc, "T1", "survey_tools").n, 1);  // only the 2025-06-30 response
  EXPECT_EQ(metric(hc, "T3", "survey_tools").n, 0);
}

}  // namespace
}  // namespace hc::metrics

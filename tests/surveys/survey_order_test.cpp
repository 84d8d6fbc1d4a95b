// Survey figures do not depend on the order the database returns responses
// in, which follows their random ids: the same answers give the same scores
// and results bit for bit (EXPECT_EQ on doubles, not EXPECT_DOUBLE_EQ).
#include <gtest/gtest.h>

#include "survey_fixture.h"
#include "surveys/survey_import.h"
#include "surveys/survey_results.h"
#include "surveys/survey_scores.h"

namespace hc::surveys {
namespace {

using SurveyOrderTest = SurveyTest;

const Date kFrom = Date::fromCivil(2025, 7, 1), kTo = Date::fromCivil(2025, 9, 30);

std::vector<SurveyResponseScores> ofTeam(const std::vector<SurveyResponseScores>& all, const std::string& team) {
  std::vector<SurveyResponseScores> out;
  for (const auto& r : all)
    if (r.team_id == team) out.push_back(r);
  return out;
}

void expectSameScores(const std::vector<SurveyResponseScores>& a, const std::vector<SurveyResponseScores>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].survey_date, b[i].survey_date) << i;
    EXPECT_EQ(a[i].tools, b[i].tools) << i;
    EXPECT_EQ(a[i].wellbeing, b[i].wellbeing) << i;
    EXPECT_EQ(a[i].delivery, b[i].delivery) << i;
  }
}

void expectSameFigures(const ScopeResults& a, const ScopeResults& b) {
  EXPECT_EQ(a.responses, b.responses);
  EXPECT_EQ(a.area_scores, b.area_scores) << a.scope << " and " << b.scope;
  EXPECT_EQ(a.group_means, b.group_means) << a.scope << " and " << b.scope;
  ASSERT_EQ(a.questions.size(), b.questions.size());
  for (size_t i = 0; i < a.questions.size(); ++i) {
    EXPECT_EQ(a.questions[i].score, b.questions[i].score) << a.questions[i].question_id;
    EXPECT_EQ(a.questions[i].counts, b.questions[i].counts) << a.questions[i].question_id;
  }
}

TEST_F(SurveyOrderTest, TheSameResponsesScoreTheSameWhateverTheirIds) {
  const SurveyRun run = openRun();
  storeTwoTeamsInOppositeOrders(run.run_id);
  const auto scores = loadSurveyScores(db(), kFrom, kTo);
  ASSERT_EQ(scores.size(), 12u);
  expectSameScores(ofTeam(scores, "T1"), ofTeam(scores, "T2"));

  const SurveyResults r = loadSurveyResults(db(), run.run_id, {});
  ASSERT_EQ(r.scopes.size(), 4u);
  const ScopeResults &t1 = r.scopes[1], &t2 = r.scopes[2];
  ASSERT_EQ(t1.scope, "T1");
  ASSERT_EQ(t2.scope, "T2");
  expectSameFigures(t1, t2);
  ASSERT_TRUE(t1.area_scores.at("tools"));
  EXPECT_NEAR(*t1.area_scores.at("tools"), 75, 1e-9);  // 108 x 25 / 6 / 6
  EXPECT_EQ(*t1.area_scores.at("wellbeing"), 50);
}

TEST_F(SurveyOrderTest, StoringTheResponsesAgainUnderOtherIdsChangesNothing) {
  const SurveyRun run = openRun();
  storeTwoTeamsInOppositeOrders(run.run_id);
  const auto scores = loadSurveyScores(db(), kFrom, kTo);
  const SurveyResults before = loadSurveyResults(db(), run.run_id, {});
  // The same answers with T1's and T2's ids swapped: each team's responses
  // now come back in the other order.
  exec("UPDATE survey_responses SET team_id = CASE team_id WHEN 'T1' THEN 'T2' ELSE 'T1' END");
  expectSameScores(loadSurveyScores(db(), kFrom, kTo), scores);
  const SurveyResults after = loadSurveyResults(db(), run.run_id, {});
  ASSERT_EQ(after.scopes.size(), before.scopes.size());
  for (size_t i = 0; i < before.scopes.size(); ++i) expectSameFigures(after.scopes[i], before.scopes[i]);
}

// The HSE Indicator Tool's scale means are means of per-response means
// too: control's six items give k/6. Imports draw new random ids each
// time, so several imports of one file give several orders.
TEST_F(SurveyOrderTest, ReimportingAFileGivesTheSameFiguresBitForBit) {
  const std::string dir = testing::makeTempDir("survey-order");
  std::string csv = "team_id";
  for (int q = 1; q <= 35; ++q) csv += ",q" + std::to_string(q);
  csv += "\n";
  // Per row, its answers cycle through 1..5 from a different start, so
  // every scale's per-response mean differs from row to row.
  for (int row = 0; row < 12; ++row) {
    csv += "T1";
    for (int q = 1; q <= 35; ++q) csv += "," + std::to_string(1 + (row * 7 + q * (row % 3 + 1)) % 5);
    csv += "\n";
  }
  testing::writeFile(dir + "/responses.csv", csv);
  const SurveyImportTarget target{&hse(), "2025", Date::fromCivil(2025, 1, 1), Date::fromCivil(2025, 12, 31)};
  auto import = [&]() {
    ASSERT_EQ(importSurveyResponses(db(), dir + "/responses.csv", target, {}).outcome, ingest::FileOutcome::kStored);
  };
  import();
  const SurveyResults first = loadSurveyResults(db(), "hse-indicator-tool-2025", {});
  ASSERT_EQ(first.scopes.size(), 2u);
  ASSERT_EQ(first.scopes[1].group_means.size(), 7u);
  for (int again = 0; again < 5; ++again) {
    import();
    const SurveyResults next = loadSurveyResults(db(), "hse-indicator-tool-2025", {});
    ASSERT_EQ(next.scopes.size(), 2u);
    expectSameFigures(next.scopes[0], first.scopes[0]);
    expectSameFigures(next.scopes[1], first.scopes[1]);
  }
}

}  // namespace
}  // namespace hc::surveys

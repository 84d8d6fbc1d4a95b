// Scores for the metrics engine and results for reports, with suppression.
#include <gtest/gtest.h>

#include <sstream>

#include "survey_fixture.h"
#include "surveys/results_output.h"
#include "surveys/survey_results.h"
#include "surveys/survey_scores.h"

namespace hc::surveys {
namespace {

using SurveyResultsTest = SurveyTest;

TEST(SurveyScores, AnswerScoresFollowMetricsMd) {
  EXPECT_DOUBLE_EQ(answerScore(1, false), 0);
  EXPECT_DOUBLE_EQ(answerScore(4, false), 75);
  EXPECT_DOUBLE_EQ(answerScore(4, true), 25);
  EXPECT_DOUBLE_EQ(answerScore(1, true), 100);
  EXPECT_EQ(orientedAnswer(2, true), 4);
}

TEST_F(SurveyResultsTest, LoadSurveyScoresGivesOneRowPerResponseWithAreaMeans) {
  const SurveyRun run = openRun();
  Answers a = allAnswers("4");
  a["wb1"] = "1";  // reversed: scores 100; the other six wellbeing answers score 75 (wb6 reversed: 25)
  ASSERT_EQ(respond(run.run_id, "T1", a), SubmitOutcome::kStored);
  const auto scores = loadSurveyScores(db(), Date::fromCivil(2025, 7, 1), Date::fromCivil(2025, 9, 30));
  ASSERT_EQ(scores.size(), 1u);
  EXPECT_EQ(scores[0].team_id, "T1");
  EXPECT_EQ(scores[0].survey_date, Date::fromCivil(2025, 9, 30));
  EXPECT_DOUBLE_EQ(*scores[0].tools, 75);
  EXPECT_DOUBLE_EQ(*scores[0].delivery, 75);
  // wb1 100, wb2..wb5 75, wb6 (reversed) 25, wb7 75: 500 / 7.
  EXPECT_DOUBLE_EQ(*scores[0].wellbeing, (100 + 75 * 5 + 25) / 7.0);
  EXPECT_TRUE(loadSurveyScores(db(), Date::fromCivil(2025, 10, 1), Date::fromCivil(2025, 12, 31)).empty())
      << "a run counts in the period holding its last day";
}

TEST_F(SurveyResultsTest, TeamsBelowFiveAreSuppressedAndTheNextSmallestToo) {
  const SurveyRun run = openRun();
  for (int i = 0; i < 12; ++i) ASSERT_EQ(respond(run.run_id, "T1", allAnswers("5", "comment " + std::to_string(i))), SubmitOutcome::kStored);
  for (int i = 0; i < 6; ++i) ASSERT_EQ(respond(run.run_id, "T2", allAnswers("3")), SubmitOutcome::kStored);
  for (int i = 0; i < 4; ++i) ASSERT_EQ(respond(run.run_id, "T3", allAnswers("2", "small team comment")), SubmitOutcome::kStored);
  const SurveyResults r = loadSurveyResults(db(), run.run_id, {});
  ASSERT_EQ(r.scopes.size(), 4u);
  const ScopeResults &council = r.scopes[0], &t1 = r.scopes[1], &t2 = r.scopes[2], &t3 = r.scopes[3];
  EXPECT_EQ(council.responses, 22);
  EXPECT_FALSE(council.suppressed);
  EXPECT_EQ(t1.responses, 12);
  EXPECT_DOUBLE_EQ(*t1.response_rate, 60);
  EXPECT_DOUBLE_EQ(*t1.area_scores.at("tools"), 100);
  EXPECT_EQ(t1.questions[0].counts, (std::array<int64_t, 5>{0, 0, 0, 0, 12}));
  EXPECT_TRUE(t1.comments_shown);
  EXPECT_EQ(t1.comments.size(), 12u);
  EXPECT_FALSE(t2.suppressed);
  EXPECT_FALSE(t2.comments_shown) << "comments need a group of 10";
  EXPECT_DOUBLE_EQ(*t2.area_scores.at("delivery"), 50);
  EXPECT_TRUE(t3.suppressed);
  EXPECT_FALSE(t3.area_scores.at("tools"));
  EXPECT_TRUE(t3.questions[0].suppressed);
  EXPECT_EQ(t3.questions[0].answered, 0);
  EXPECT_TRUE(t3.comments.empty());
  EXPECT_FALSE(t3.response_rate) << "T3 has no staff recorded";

  // T3 is alone in adults: nothing to recover. Move T2 to adults' terms by
  // reading children: T1 and T2 are both shown, so no secondary suppression.
  exec("UPDATE teams SET service = 'children' WHERE team_id = 'T3'");
  const SurveyResults same_service = loadSurveyResults(db(), run.run_id, {});
  EXPECT_TRUE(same_service.scopes[2].suppressed) << "T2, the next-smallest team of children's services";
  EXPECT_FALSE(same_service.scopes[2].area_scores.at("tools"));
  EXPECT_FALSE(same_service.scopes[1].suppressed);

  ResultsOptions published;
  published.published = true;
  const SurveyResults pub = loadSurveyResults(db(), run.run_id, published);
  EXPECT_FALSE(pub.scopes[1].comments_shown);
  std::ostringstream json;
  writeResultsJson(pub, json);
  EXPECT_EQ(json.str().find("comment 1"), std::string::npos) << "never in anything published";
  std::ostringstream text;
  writeResultsText(r, text);
  EXPECT_NE(text.str().find("T3 (adults): 4 response(s) - fewer than the minimum group size: results suppressed"),
            std::string::npos)
      << text.str();
}

TEST_F(SurveyResultsTest, PreferNotToSayIsLeftOutOfScoresCountsAndMetrics) {
  const SurveyRun run = openRun();
  // Response 0 prefers not to say to wl1 and to all six tools questions;
  // responses 1..5 answer wl1 "2"; every other answer is "4".
  for (int i = 0; i < 6; ++i) {
    Answers a = allAnswers("4");
    a["wl1"] = i == 0 ? kPreferNotToSay : "2";
    if (i == 0)
      for (const char* q : {"tl1", "tl2", "tl3", "tl4", "tl5", "tl6"}) a[q] = kPreferNotToSay;
    ASSERT_EQ(respond(run.run_id, "T1", a), SubmitOutcome::kStored) << i;
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers"), 6 * 28 - 7) << "no row for 'Prefer not to say'";
  const SurveyResults r = loadSurveyResults(db(), run.run_id, {});
  const ScopeResults& t1 = r.scopes[1];
  EXPECT_EQ(t1.responses, 6) << "the person still responded";
  ASSERT_EQ(t1.questions[0].question_id, "wl1");
  EXPECT_EQ(t1.questions[0].answered, 5);
  EXPECT_EQ(t1.questions[0].counts, (std::array<int64_t, 5>{0, 5, 0, 0, 0}));
  EXPECT_DOUBLE_EQ(*t1.questions[0].score, 25) << "five answers of 2; nothing for the sixth";
  EXPECT_EQ(t1.questions[1].answered, 6);
  // Workload per response: response 0 has wl2 (reversed, 4 -> 25) and
  // wl3..wl6 (75): 325 / 5 = 65; the others add wl1 (25): 350 / 6.
  EXPECT_NEAR(*t1.area_scores.at("workload"), (65.0 + 5 * (350.0 / 6)) / 6, 1e-9);
  // Tools: only the five responses that answered them, all 4 (75).
  EXPECT_DOUBLE_EQ(*t1.area_scores.at("tools"), 75);
  const auto scores = loadSurveyScores(db(), Date::fromCivil(2025, 7, 1), Date::fromCivil(2025, 9, 30));
  ASSERT_EQ(scores.size(), 6u);
  size_t without_tools = 0;
  for (const auto& s : scores) {
    if (!s.tools) ++without_tools;
    else EXPECT_DOUBLE_EQ(*s.tools, 75);
  }
  EXPECT_EQ(without_tools, 1u) << "the metrics' tools score has 5 responses, not 6";
}

TEST_F(SurveyResultsTest, QuestionsAnsweredByFewerThanFiveAreSuppressed) {
  const SurveyRun run = openRun();
  for (int i = 0; i < 6; ++i) ASSERT_EQ(respond(run.run_id, "T1", allAnswers("4")), SubmitOutcome::kStored);
  // As an imported export may have it: only 3 of the 6 answered wl1.
  exec("DELETE FROM survey_answers WHERE question_id = 'wl1' AND response_id IN (SELECT response_id FROM "
       "(SELECT response_id FROM survey_responses ORDER BY response_id LIMIT 3) x)");
  const SurveyResults r = loadSurveyResults(db(), run.run_id, {});
  EXPECT_FALSE(r.scopes[1].suppressed);
  EXPECT_TRUE(r.scopes[1].questions[0].suppressed);
  EXPECT_EQ(r.scopes[1].questions[0].question_id, "wl1");
  EXPECT_FALSE(r.scopes[1].questions[1].suppressed);
  EXPECT_EQ(r.scopes[1].questions[1].answered, 6);
}

}  // namespace
}  // namespace hc::surveys

// A team with more responses than staff in post (an open link used more
// than once): flagged in `survey results` (text and JSON) and `survey
// status`, and left out of the ratings' survey scores until an
// administrator reviews it; a review accepts the count at that moment.
#include "surveys/excess_responses.h"

#include <gtest/gtest.h>

#include <sstream>

#include "survey_fixture.h"
#include "surveys/results_output.h"
#include "surveys/survey_results.h"
#include "surveys/survey_scores.h"

namespace hc::surveys {
namespace {

using ExcessResponsesTest = SurveyTest;

const ScopeResults& scopeOf(const SurveyResults& r, const std::string& scope) {
  for (const auto& s : r.scopes)
    if (s.scope == scope) return s;
  throw std::runtime_error("no scope " + scope);
}

int64_t scoresOf(store::Database& db, const std::string& team) {
  int64_t n = 0;
  for (const auto& s : loadSurveyScores(db, Date::fromCivil(2025, 7, 1), Date::fromCivil(2025, 9, 30)))
    n += s.team_id == team;
  return n;
}

TEST_F(ExcessResponsesTest, MoreResponsesThanStaffIsFlaggedAndUnratedUntilReviewed) {
  const SurveyRun run = openRun();
  for (int i = 0; i < 9; ++i) ASSERT_EQ(respond(run.run_id, "T2", allAnswers("5")), SubmitOutcome::kStored);  // 8 staff
  for (int i = 0; i < 6; ++i) ASSERT_EQ(respond(run.run_id, "T1", allAnswers("2")), SubmitOutcome::kStored);  // 20 staff

  SurveyResults r = loadSurveyResults(db(), run.run_id, {});
  EXPECT_TRUE(scopeOf(r, "T2").more_responses_than_staff);
  EXPECT_TRUE(scopeOf(r, "T2").awaiting_review);
  EXPECT_FALSE(scopeOf(r, "T1").more_responses_than_staff);
  std::ostringstream text, json;
  writeResultsText(r, text);
  writeResultsJson(r, json);
  EXPECT_NE(text.str().find(std::string("  ") + kMoreResponsesThanStaff +
                            " (not rated until reviewed: healthcheck survey review " + run.run_id + " --team T2)"),
            std::string::npos)
      << text.str();
  EXPECT_EQ(text.str().find(kMoreResponsesThanStaff), text.str().rfind(kMoreResponsesThanStaff)) << "T2 only";
  EXPECT_NE(json.str().find("\"more_responses_than_staff\""), std::string::npos) << json.str();
  EXPECT_NE(json.str().find("\"awaiting_review\": true"), std::string::npos) << json.str();
  EXPECT_EQ(scoresOf(db(), "T2"), 0) << "left out of the ratings";
  EXPECT_EQ(scoresOf(db(), "T1"), 6);

  EXPECT_THROW(reviewResponses(db(), run.run_id, "T1"), SurveyRunError) << "nothing to review";
  EXPECT_THROW(reviewResponses(db(), run.run_id, "T9"), SurveyRunError);
  EXPECT_EQ(reviewResponses(db(), run.run_id, "T2"), 9);
  r = loadSurveyResults(db(), run.run_id, {});
  EXPECT_TRUE(scopeOf(r, "T2").more_responses_than_staff) << "still said";
  EXPECT_FALSE(scopeOf(r, "T2").awaiting_review);
  EXPECT_EQ(excessNote(scopeOf(r, "T2")), std::string(kMoreResponsesThanStaff) + "; reviewed by an administrator");
  EXPECT_EQ(scoresOf(db(), "T2"), 9) << "rated once reviewed";

  // More responses after the review want another.
  ASSERT_EQ(respond(run.run_id, "T2", allAnswers("5")), SubmitOutcome::kStored);
  EXPECT_TRUE(scopeOf(loadSurveyResults(db(), run.run_id, {}), "T2").awaiting_review);
  EXPECT_EQ(scoresOf(db(), "T2"), 0);
}

TEST_F(ExcessResponsesTest, AsManyResponsesAsStaffOrNoStaffOnRecordIsNotFlagged) {
  const SurveyRun run = openRun();
  for (int i = 0; i < 8; ++i) ASSERT_EQ(respond(run.run_id, "T2", allAnswers("4")), SubmitOutcome::kStored);
  for (int i = 0; i < 6; ++i) ASSERT_EQ(respond(run.run_id, "T3", allAnswers("4")), SubmitOutcome::kStored);
  const SurveyResults r = loadSurveyResults(db(), run.run_id, {});
  EXPECT_FALSE(scopeOf(r, "T2").more_responses_than_staff);
  EXPECT_EQ(excessNote(scopeOf(r, "T2")), "");
  EXPECT_EQ(scoresOf(db(), "T2"), 8);
  EXPECT_FALSE(scopeOf(r, "T3").more_responses_than_staff) << "no staff on record: no rate to judge by";
  EXPECT_EQ(scoresOf(db(), "T3"), 6);
}

}  // namespace
}  // namespace hc::surveys

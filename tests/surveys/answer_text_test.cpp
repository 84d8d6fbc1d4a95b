// Free-text answers: no control character reaches a terminal, and every
// output is valid UTF-8, whatever was stored.
#include <gtest/gtest.h>

#include <sstream>

#include "ingest/text.h"
#include "survey_fixture.h"
#include "surveys/answer_text.h"
#include "surveys/results_output.h"
#include "surveys/survey_results.h"

namespace hc::surveys {
namespace {

TEST(AnswerText, InvalidUtf8IsUnreadableAndControlsGo) {
  EXPECT_TRUE(readableAnswer("caf\xC3\xA9 \xE2\x82\xAC"));
  EXPECT_FALSE(readableAnswer("caf\xE9"));         // Latin-1
  EXPECT_FALSE(readableAnswer("\xC0\xAF"));        // overlong '/'
  EXPECT_EQ(cleanAnswer("ok\x1b[2Jbye"), "ok[2Jbye");
  EXPECT_EQ(cleanAnswer("a\tb\r\nc\x7f"), "a b\nc");
  EXPECT_EQ(cleanAnswer("x\xC2\x9B" "31my"), "x31my");  // C1 CSI
  EXPECT_EQ(cleanAnswer("caf\xE9!"), "caf\xEF\xBF\xBD!");
  EXPECT_EQ(cleanAnswer("caf\xC3\xA9 \xE2\x82\xAC"), "caf\xC3\xA9 \xE2\x82\xAC");
}

using AnswerTextTest = SurveyTest;

TEST_F(AnswerTextTest, ResultsInTextAndJsonCarryNoEscapesAndAreValidUtf8) {
  const SurveyRun run = openRun();
  const std::string hostile = "fine\x1b]0;owned\x07\x1b[2J and caf\xC3\xA9";
  for (int i = 0; i < 11; ++i) ASSERT_EQ(respond(run.run_id, "T1", allAnswers("4", hostile)), SubmitOutcome::kStored);
  // A comment stored before the form cleaned them, straight into the table
  // (with a byte that is not UTF-8 where the database takes one: SQLite).
  auto st = db().prepare("INSERT INTO survey_comments (comment_id, run_id, team_id, question_id, body) "
                         "VALUES ('old', ?, 'T1', 'comments', ?)");
  st->bindText(0, run.run_id);
  st->bindText(1, std::string("old\x1b[31m red") + (test_db_.isMysql() ? "" : "\xFF"));
  st->execute();
  const SurveyResults r = loadSurveyResults(db(), run.run_id, {});
  std::ostringstream text, json;
  writeResultsText(r, text);
  writeResultsJson(r, json);
  for (const std::string& out : {text.str(), json.str()}) {
    EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
    EXPECT_EQ(out.find('\x07'), std::string::npos);
    EXPECT_EQ(ingest::invalidUtf8At(out), std::string::npos) << out;
    EXPECT_NE(out.find("fine]0;owned[2J and caf\xC3\xA9"), std::string::npos) << out;
    EXPECT_NE(out.find("old[31m red"), std::string::npos) << out;
  }
}

}  // namespace
}  // namespace hc::surveys

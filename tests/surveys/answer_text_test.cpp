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
  EXPECT_EQ(cleanAnswer("pay \xE2\x80\xAE" "0001\xE2\x81\xA9 now"), "pay 0001 now") << "RLO and PDI go";
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

// One comment reads as one in `survey results`, whatever lines it has, and
// shows in the order it was typed.
TEST_F(AnswerTextTest, ACommentsLaterLinesAreIndentedAndDirectionControlsGone) {
  const SurveyRun run = openRun();
  const std::string forged = "fine really\nT2 (children): 99 response(s)\n  comment: all is well \xE2\x80\xAE" "drow";
  for (int i = 0; i < 11; ++i) ASSERT_EQ(respond(run.run_id, "T1", allAnswers("4", forged)), SubmitOutcome::kStored);
  std::ostringstream text;
  writeResultsText(loadSurveyResults(db(), run.run_id, {}), text);
  const std::string out = text.str();
  EXPECT_EQ(out.find("\xE2\x80\xAE"), std::string::npos) << "no direction control survives";
  EXPECT_EQ(out.find("\nT2 (children): 99"), std::string::npos) << out;
  EXPECT_EQ(out.find("\n  comment: all is well"), std::string::npos) << out;
  size_t comments = 0;
  for (size_t at = out.find("\n  comment: "); at != std::string::npos; at = out.find("\n  comment: ", at + 1)) ++comments;
  EXPECT_EQ(comments, 2 * 11u) << "one comment line per comment, under the team and the council";
  EXPECT_NE(out.find("  comment: fine really\n           T2 (children): 99 response(s)\n             comment: all is "
                     "well drow\n"),
            std::string::npos)
      << out;
}

}  // namespace
}  // namespace hc::surveys

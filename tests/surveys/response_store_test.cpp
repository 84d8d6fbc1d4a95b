// Running a survey: runs, links, drafts, submission, and anonymity as a
// property of the stored data.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <set>
#include <thread>

#include "survey_fixture.h"
#include "surveys/tokens.h"

namespace hc::surveys {
namespace {

using SurveyRunsTest = SurveyTest;

std::set<std::string> columnsOf(store::Database& db, const std::string& table) {
  auto st = db.prepare(db.dialect() == store::Dialect::kSqlite
                           ? "SELECT name FROM pragma_table_info(?)"
                           : "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                             "AND table_name = ?");
  st->bindText(0, table);
  std::set<std::string> out;
  while (st->step()) out.insert(st->getText(0));
  return out;
}

TEST_F(SurveyRunsTest, ResponseTablesHoldTeamSurveyAndAnswersOnly) {
  EXPECT_EQ(columnsOf(db(), "survey_responses"), (std::set<std::string>{"response_id", "run_id", "team_id"}));
  EXPECT_EQ(columnsOf(db(), "survey_answers"), (std::set<std::string>{"response_id", "question_id", "value"}));
  EXPECT_EQ(columnsOf(db(), "survey_comments"),
            (std::set<std::string>{"comment_id", "run_id", "team_id", "question_id", "body"}));
  for (const char* table : {"survey_responses", "survey_answers", "survey_comments", "survey_invitations"})
    for (const auto& c : columnsOf(db(), table))
      for (const char* banned : {"token", "time", "date", "ip", "agent", "created", "at"})
        if (std::string(table) != "survey_invitations" || std::string(banned) != "token") {
          EXPECT_EQ(c.find(banned) == 0 || c.find(std::string("_") + banned) != std::string::npos, false)
              << table << "." << c;
        }
}

TEST_F(SurveyRunsTest, OpenInviteAndStatus) {
  const SurveyRun run = openRun();
  EXPECT_EQ(run.run_id, "health-check-2025-Q3");
  EXPECT_TRUE(run.open);
  const auto tokens = SurveyRuns(db()).invite(run.run_id, "T1", 3);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(looksLikeToken(tokens[0]));
  EXPECT_NE(tokens[0], tokens[1]);
  // Only hashes are stored.
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE token_hash = '" + tokens[0] + "'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE token_hash = '" + tokenHash(tokens[0]) + "'"), 1);
  ASSERT_EQ(respond(run.run_id, "T1", allAnswers("4")), SubmitOutcome::kStored);
  const auto status = SurveyRuns(db()).status(run.run_id);
  ASSERT_EQ(status.size(), 3u);
  EXPECT_EQ(status[0].team_id, "T1");
  EXPECT_EQ(status[0].invitations, 4);
  EXPECT_EQ(status[0].used, 1);
  EXPECT_EQ(status[0].responses, 1);
  EXPECT_EQ(status[0].staff_in_post, 20);
}

TEST_F(SurveyRunsTest, RefusesDuplicateRunUnknownTeamAndSurveyWithoutWording) {
  openRun();
  auto message = [&](auto f) {
    try {
      f();
    } catch (const SurveyRunError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  EXPECT_EQ(message([&] { openRun(); }), "survey run 'health-check-2025-Q3' already exists");
  EXPECT_EQ(message([&] {
              SurveyRuns(db()).open(healthCheck(), "2025-Q4", Date::fromCivil(2025, 10, 1),
                                    Date::fromCivil(2025, 12, 31), {"T9"});
            }),
            "'T9' is not a known team");
  EXPECT_NE(message([&] {
              SurveyRuns(db()).open(hse(), "2025-Q3", Date::fromCivil(2025, 7, 1), Date::fromCivil(2025, 9, 30), {"T1"});
            }).find("has no wording for its questions"),
            std::string::npos);
  EXPECT_EQ(message([&] { SurveyRuns(db()).invite("health-check-2025-Q3", "T9", 1); }),
            "team 'T9' is not part of survey run 'health-check-2025-Q3'");
}

TEST_F(SurveyRunsTest, ALinkIsUsedOnceAndTheResponseCarriesNoToken) {
  const SurveyRun run = openRun();
  const std::string token = SurveyRuns(db()).invite(run.run_id, "T2", 1).front();
  ResponseStore store(db());
  Link link = store.resolve(token);
  ASSERT_EQ(link.state, LinkState::kOpen);
  EXPECT_EQ(link.team_id, "T2");
  store.saveDraft(link, idsOf(healthCheck()), allAnswers("2", "More desks please"));
  EXPECT_EQ(store.submit(link, healthCheck()), SubmitOutcome::kStored);
  EXPECT_EQ(store.submit(link, healthCheck()), SubmitOutcome::kUsed);
  EXPECT_EQ(store.resolve(token).state, LinkState::kUsed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers"), 28);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_comments WHERE body = 'More desks please'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0) << "the draft goes with the submission";
  auto st = db().prepare("SELECT response_id FROM survey_responses");
  ASSERT_TRUE(st->step());
  const std::string id = st->getText(0);
  while (st->step()) {
  }
  EXPECT_NE(id, token);
  EXPECT_NE(id, tokenHash(token));
}

TEST_F(SurveyRunsTest, IncompleteSubmissionStoresNothingAndKeepsTheLink) {
  const SurveyRun run = openRun();
  const std::string token = SurveyRuns(db()).invite(run.run_id, "T1", 1).front();
  ResponseStore store(db());
  const Link link = store.resolve(token);
  Answers some = allAnswers("3");
  some.erase("dl5");
  store.saveDraft(link, idsOf(healthCheck()), some);
  EXPECT_EQ(store.submit(link, healthCheck()), SubmitOutcome::kIncomplete);
  EXPECT_EQ(store.resolve(token).state, LinkState::kOpen);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 0);
  EXPECT_EQ(store.draft(link).size(), some.size()) << "answers are kept for later";
}

TEST_F(SurveyRunsTest, DraftsReplaceOneSectionAtATime) {
  const SurveyRun run = openRun();
  ResponseStore store(db());
  const Link link = store.resolve(SurveyRuns(db()).invite(run.run_id, "T1", 1).front());
  store.saveDraft(link, {"wl1", "wl2"}, {{"wl1", "5"}, {"wl2", "1"}});
  store.saveDraft(link, {"tl1"}, {{"tl1", "2"}});
  store.saveDraft(link, {"wl1", "wl2"}, {{"wl1", "4"}});
  EXPECT_EQ(store.draft(link), (Answers{{"wl1", "4"}, {"tl1", "2"}}));
}

TEST_F(SurveyRunsTest, ClosedRunAndUnknownLinksAreRefused) {
  const SurveyRun run = openRun();
  const std::string token = SurveyRuns(db()).invite(run.run_id, "T1", 1).front();
  ResponseStore store(db());
  const Link link = store.resolve(token);
  store.saveDraft(link, idsOf(healthCheck()), allAnswers("5"));
  SurveyRuns(db()).close(run.run_id);
  EXPECT_EQ(store.resolve(token).state, LinkState::kClosed);
  EXPECT_EQ(store.submit(link, healthCheck()), SubmitOutcome::kClosed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 0);
  EXPECT_EQ(store.resolve("0123456789abcdef0123456789abcdef").state, LinkState::kUnknown);
  EXPECT_EQ(store.resolve("'; DROP TABLE teams; --").state, LinkState::kUnknown);
  EXPECT_THROW(SurveyRuns(db()).invite(run.run_id, "T1", 1), SurveyRunError);
}

TEST_F(SurveyRunsTest, ResolvingWithTheDraftReadsTheAnswersKept) {
  const SurveyRun run = openRun();
  const std::string token = SurveyRuns(db()).invite(run.run_id, "T2", 1).front();
  ResponseStore store(db());
  Answers none;
  EXPECT_EQ(store.resolve(token, &none).team_id, "T2");
  EXPECT_TRUE(none.empty());
  store.saveDraft(store.resolve(token), {"wl1", "wl2"}, {{"wl1", "3"}, {"wl2", "5"}});
  Answers kept;
  const Link link = store.resolve(token, &kept);
  EXPECT_EQ(link.state, LinkState::kOpen);
  EXPECT_EQ(link.run_id, run.run_id);
  EXPECT_EQ(kept, (Answers{{"wl1", "3"}, {"wl2", "5"}}));
}

TEST_F(SurveyRunsTest, NothingIsSavedOnALinkUsedOrClosedMeanwhile) {
  const SurveyRun run = openRun();
  const auto tokens = SurveyRuns(db()).invite(run.run_id, "T1", 2);
  ResponseStore store(db());
  // A second tab of the same link posts a section after the first one
  // submitted: its answers must not stay behind, tied to the link.
  const Link used = store.resolve(tokens[0]);
  ASSERT_EQ(store.saveDraft(used, idsOf(healthCheck()), allAnswers("3")), LinkState::kOpen);
  ASSERT_EQ(store.submit(used, healthCheck()), SubmitOutcome::kStored);
  EXPECT_EQ(store.saveDraft(used, {"wl1"}, {{"wl1", "2"}}), LinkState::kUsed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);

  const Link open = store.resolve(tokens[1]);
  SurveyRuns(db()).close(run.run_id);
  EXPECT_EQ(store.saveDraft(open, {"wl1"}, {{"wl1", "2"}}), LinkState::kClosed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
}

TEST_F(SurveyRunsTest, ClosingARunDeletesTheAnswersOfLinksNeverSubmitted) {
  const SurveyRun run = openRun();
  SurveyRun other = SurveyRuns(db()).open(healthCheck(), "2025-Q4", Date::fromCivil(2025, 10, 1),
                                          Date::fromCivil(2025, 12, 31), {"T1"});
  ResponseStore store(db());
  store.saveDraft(store.resolve(SurveyRuns(db()).invite(run.run_id, "T1", 1).front()), {"wl1"}, {{"wl1", "1"}});
  store.saveDraft(store.resolve(SurveyRuns(db()).invite(other.run_id, "T1", 1).front()), {"wl1"}, {{"wl1", "5"}});
  ASSERT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 2);
  SurveyRuns(db()).close(run.run_id);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 1) << "the other run's draft stays";
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts WHERE value = '5'"), 1);
}

// The bytes of the database's files: the file itself, its write-ahead log
// and the log's index (SQLite; empty for a server).
std::string databaseFiles(const std::string& url) {
  if (url.rfind("sqlite:", 0) != 0) return "";
  std::string bytes;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::ifstream in(url.substr(7) + suffix, std::ios::binary);
    bytes += std::string(std::istreambuf_iterator<char>(in), {});
  }
  return bytes;
}

// Does any copy of `answer` in `bytes` sit within a record's reach (300
// bytes) of `hash`? A draft row holds both; a stored response neither.
bool linked(const std::string& bytes, const std::string& hash, const std::string& answer) {
  for (size_t at = bytes.find(answer); at != std::string::npos; at = bytes.find(answer, at + 1)) {
    const size_t from = at > 300 ? at - 300 : 0;
    if (bytes.substr(from, at - from + answer.size() + 300).find(hash) != std::string::npos) return true;
  }
  return false;
}

TEST_F(SurveyRunsTest, NothingOnDiskTiesAnswersToALinkAfterSubmissionOrClose) {
  const SurveyRun run = openRun();
  ResponseStore store(db());
  const std::string token = SurveyRuns(db()).invite(run.run_id, "T1", 1).front();
  const Link link = store.resolve(token);
  // A first draft of the comment, changed before submitting; each section
  // saved several times, as the form does.
  for (int i = 0; i < 5; ++i)
    store.saveDraft(link, idsOf(healthCheck()), allAnswers("3", "first thoughts zq" + std::to_string(i)));
  store.saveDraft(link, idsOf(healthCheck()), allAnswers("4", "final words zq"));
  ASSERT_EQ(store.submit(link, healthCheck()), SubmitOutcome::kStored);
  // A link answered in part and never submitted, then the run closed.
  const Link left = store.resolve(SurveyRuns(db()).invite(run.run_id, "T2", 1).front());
  store.saveDraft(left, idsOf(healthCheck()), allAnswers("2", "never sent zq"));
  SurveyRuns(db()).close(run.run_id);

  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_comments WHERE body = 'final words zq'"), 1);
  if (test_db_.isMysql()) return;  // a server's files are its own: README "Survey anonymity"
  const std::string bytes = databaseFiles(test_db_.url());
  ASSERT_NE(bytes.find("final words zq"), std::string::npos) << "the stored comment, unlinked";
  EXPECT_FALSE(linked(bytes, link.token_hash, "final words zq"));
  EXPECT_EQ(bytes.find("first thoughts zq"), std::string::npos);
  EXPECT_EQ(bytes.find("never sent zq"), std::string::npos);
  EXPECT_FALSE(linked(bytes, left.token_hash, "wl1"));
}

// A reader open across a submission (a dashboard page, a backup) keeps the
// draft's copies in the write-ahead log; they go within the retry period
// of its closing, without another submission.
TEST_F(SurveyRunsTest, ADraftHeldInTheLogByAReaderGoesOnceTheReaderCloses) {
  const SurveyRun run = openRun();
  ResponseStore store(db());
  const Link link = store.resolve(SurveyRuns(db()).invite(run.run_id, "T1", 1).front());
  store.saveDraft(link, idsOf(healthCheck()), allAnswers("3", "held words zq"));
  auto reader = test_db_.open();
  reader->executeScript("BEGIN; SELECT COUNT(*) FROM survey_drafts;");  // a read snapshot from before the submission
  ASSERT_EQ(store.submit(link, healthCheck()), SubmitOutcome::kStored);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
  if (test_db_.isMysql()) return;  // a server's files are its own: README "Survey anonymity"
  ASSERT_TRUE(linked(databaseFiles(test_db_.url()), link.token_hash, "held words zq"))
      << "the reader held the log: the draft's copies are still there";
  reader->executeScript("COMMIT");
  reader.reset();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (linked(databaseFiles(test_db_.url()), link.token_hash, "held words zq") &&
         std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const std::string bytes = databaseFiles(test_db_.url());
  EXPECT_FALSE(linked(bytes, link.token_hash, "held words zq")) << "erased in the background";
  EXPECT_NE(bytes.find("held words zq"), std::string::npos) << "the stored comment, unlinked";
}

TEST_F(SurveyRunsTest, ASubmissionStoresEveryAnswerOnceAndTheCommentApart) {
  const SurveyRun run = openRun();
  // The same store (and so the same prepared statements) for several
  // submissions, as a pooled connection serves them.
  ResponseStore store(db());
  for (int i = 0; i < 3; ++i) {
    const Link link = store.resolve(SurveyRuns(db()).invite(run.run_id, "T1", 1).front());
    store.saveDraft(link, idsOf(healthCheck()), allAnswers(std::to_string(i + 2), "note " + std::to_string(i)));
    ASSERT_EQ(store.submit(link, healthCheck()), SubmitOutcome::kStored);
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 3);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers"), 3 * 28);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers WHERE value = 4"), 28);
  EXPECT_EQ(count("SELECT COUNT(DISTINCT response_id) FROM survey_answers"), 3);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_comments WHERE body = 'note 1'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
}

TEST_F(SurveyRunsTest, OpenLinkGivesEachRespondentALinkOfTheirOwn) {
  const SurveyRun run = openRun();
  const std::string open = SurveyRuns(db()).openLink(run.run_id, "T3");
  ResponseStore store(db());
  std::string survey_id;
  EXPECT_EQ(store.peekOpenLink(open, survey_id), LinkState::kOpen);
  EXPECT_EQ(survey_id, "health-check");
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations"), 0) << "looking creates nothing";
  LinkState state;
  const std::string a = store.startFromOpenLink(open, state), b = store.startFromOpenLink(open, state);
  EXPECT_EQ(state, LinkState::kOpen);
  EXPECT_NE(a, b);
  EXPECT_EQ(store.resolve(a).team_id, "T3");
  // A new open link replaces the old one.
  SurveyRuns(db()).openLink(run.run_id, "T3");
  EXPECT_EQ(store.startFromOpenLink(open, state), "");
  EXPECT_EQ(state, LinkState::kUnknown);
}

}  // namespace
}  // namespace hc::surveys

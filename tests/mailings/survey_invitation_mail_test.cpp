#include <fstream>
#include <iterator>
#include <set>

#include "mail/mail_queue.h"
#include "mailings/reminder_batches.h"
#include "mailings_fixture.h"
#include "surveys/email_invitations.h"
#include "surveys/tokens.h"

namespace hc::mailings {
namespace {

using hc::testing::SmtpServer;

const std::vector<std::string> kFive{"ann@northshire.example", "bob@northshire.example", "cat@northshire.example",
                                     "dan@northshire.example", "eve@northshire.example"};

TEST_F(MailingsTest, EachAddressGetsOneWellFormedInvitationWithALinkThatWorksOnce) {
  SmtpServer smtp;
  const EmailInviteOutcome out = invite("T1", {kFive[0], kFive[1], kFive[2]});
  EXPECT_EQ(out.queued, 3);
  EXPECT_EQ(invite("T1", {kFive[0]}).already, 1) << "an address is invited once per run";
  {
    mail::MailSender sender(tdb_.url(), senderOptions(smtp));
    EXPECT_EQ(sender.sendDue(), 3);
    EXPECT_EQ(sender.sendDue(), 0);
  }
  const auto got = smtp.messages();
  ASSERT_EQ(got.size(), 3u);
  std::set<std::string> to;
  for (const std::string& bytes : got) {
    const Poco::JSON::Object::Ptr m = hc::testing::parseMail(bytes);
    EXPECT_EQ(m->getArray("defects")->size(), 0u) << bytes;
    EXPECT_EQ(m->getValue<std::string>("content_type"), "multipart/alternative");
    EXPECT_EQ(m->getValue<std::string>("subject"), "Your link to the staff survey: " + run_.title + " 2026-Q3");
    to.insert(m->getValue<std::string>("to"));
    const std::string text = m->getArray("parts")->getObject(0)->getValue<std::string>("text");
    for (const char* words : {"Northshire Council", "Your answers are anonymous",
                              "cannot see who gave which answers", "whether your link has been used",
                              "until the survey closes", "The survey closes on 2026-12-18",
                              "Workforce team, workforce@northshire.example"})
      EXPECT_NE(text.find(words), std::string::npos) << words << " in\n" << text;
    const std::string html = m->getArray("parts")->getObject(1)->getValue<std::string>("text");
    EXPECT_EQ(html.find("<img"), std::string::npos) << "no tracking images";
    const std::string token = tokenIn(bytes);
    ASSERT_FALSE(token.empty()) << text;
    EXPECT_EQ(count("SELECT COUNT(*) FROM survey_email_invitations WHERE token_hash = '" + surveys::tokenHash(token) +
                    "'"), 1) << "only the link's hash is kept, on its invitation";
    EXPECT_EQ(bytes.find(token) == std::string::npos, false);
  }
  EXPECT_EQ(to, (std::set<std::string>{kFive[0], kFive[1], kFive[2]}));
  for (const mail::QueuedMail& q : mail::MailQueue(db()).list("", "invitation", 10)) {
    EXPECT_EQ(q.status, "sent");
    EXPECT_FALSE(mail::MailQueue(db()).find(q.id)->body.has_value()) << "the queue never holds the link";
  }
  // The link works once, and its use marks the invitation used.
  const std::string token = tokenIn(got[0]);
  EXPECT_EQ(respond(token), surveys::SubmitOutcome::kStored);
  EXPECT_EQ(respond(token), surveys::SubmitOutcome::kUsed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_email_invitations WHERE used = 1"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 1);
}

TEST_F(MailingsTest, RemindersReachOnlyUnusedLinksWithANewLinkAndAtMostTheMaximum) {
  SmtpServer smtp;
  invite("T1", kFive);
  mail::MailSender sender(tdb_.url(), senderOptions(smtp, 2));
  ASSERT_EQ(sender.sendDue(), 5);
  std::map<std::string, std::string> first;  // address -> token
  for (const std::string& m : smtp.messages()) first[recipientOf(m)] = tokenIn(m);
  ASSERT_EQ(respond(first[kFive[0]]), surveys::SubmitOutcome::kStored);
  ASSERT_EQ(respond(first[kFive[1]]), surveys::SubmitOutcome::kStored);
  // A draft on a link that will be replaced: it follows to the new link.
  surveys::ResponseStore store(db());
  store.saveDraft(store.resolve(first[kFive[2]]), {"wl1"}, {{"wl1", "2"}});

  // Times in the past, so that what the batches queue is due at once.
  const int64_t t0 = nowSeconds() - 100000;
  const std::chrono::seconds quiet(60);
  for (int round = 1; round <= 3; ++round) {
    const int64_t at = t0 + 1000 * round;
    scheduleReminders(db(), run_.run_id, at, "admin");
    EXPECT_EQ(runDueReminderBatches(db(), at, 2, quiet), 0) << "the first look starts the quiet window";
    EXPECT_EQ(runDueReminderBatches(db(), at + 59, 2, quiet), 0) << "within the window";
    EXPECT_EQ(runDueReminderBatches(db(), at + 60, 2, quiet), round <= 2 ? 3 : 0) << "round " << round;
    sender.sendDue();
  }
  const auto all = smtp.messages();
  ASSERT_EQ(all.size(), 5u + 3u + 3u) << "two rounds of three, then none: at most two each";
  std::map<std::string, int> reminders;
  for (size_t i = 5; i < all.size(); ++i) {
    const Poco::JSON::Object::Ptr m = hc::testing::parseMail(all[i]);
    EXPECT_EQ(m->getArray("defects")->size(), 0u);
    EXPECT_EQ(m->getValue<std::string>("subject").rfind("Reminder:", 0), 0u);
    ++reminders[m->getValue<std::string>("to")];
  }
  EXPECT_EQ(reminders, (std::map<std::string, int>{{kFive[2], 2}, {kFive[3], 2}, {kFive[4], 2}}));
  // The reminder's link replaces the first: the old one is unknown now, the
  // draft is on the new one, and the new one works once.
  std::string latest;
  for (size_t i = 5; i < all.size(); ++i)
    if (recipientOf(all[i]) == kFive[2]) latest = tokenIn(all[i]);
  ASSERT_FALSE(latest.empty());
  EXPECT_EQ(store.resolve(first[kFive[2]]).state, surveys::LinkState::kUnknown);
  surveys::Answers draft;
  EXPECT_EQ(store.resolve(latest, &draft).state, surveys::LinkState::kOpen);
  EXPECT_EQ(draft["wl1"], "2");
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE run_id = '" + run_.run_id + "'"), 5)
      << "one link per address at any time";
  EXPECT_EQ(respond(latest), surveys::SubmitOutcome::kStored);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_email_invitations WHERE used = 1"), 3);
}

TEST_F(MailingsTest, ABatchIsNotSentWithinTheQuietWindowOfASubmission) {
  SmtpServer smtp;
  invite("T2", {kFive[0], kFive[1], kFive[2]});
  mail::MailSender sender(tdb_.url(), senderOptions(smtp));
  ASSERT_EQ(sender.sendDue(), 3);
  const std::string token = tokenIn(smtp.messages()[0]);
  const int64_t t0 = nowSeconds() - 1000;
  const std::chrono::seconds quiet(60);
  scheduleReminders(db(), run_.run_id, t0, "admin");
  EXPECT_EQ(runDueReminderBatches(db(), t0 - 1, 2, quiet), 0) << "not due yet";
  EXPECT_EQ(runDueReminderBatches(db(), t0, 2, quiet), 0);
  ASSERT_EQ(respond(token), surveys::SubmitOutcome::kStored);  // a change within the window
  EXPECT_EQ(runDueReminderBatches(db(), t0 + 60, 2, quiet), 0) << "the change starts the window again";
  EXPECT_EQ(runDueReminderBatches(db(), t0 + 119, 2, quiet), 0);
  EXPECT_EQ(runDueReminderBatches(db(), t0 + 120, 2, quiet), 2);
  const auto batches = reminderBatches(db(), run_.run_id);
  ASSERT_EQ(batches.size(), 1u);
  EXPECT_EQ(batches[0].state, "sent");
  EXPECT_EQ(batches[0].sent_count, 2);
  EXPECT_EQ(runDueReminderBatches(db(), t0 + 500, 2, quiet), 0) << "a batch goes once";
}

TEST_F(MailingsTest, AReminderWrittenAfterItsLinkWasUsedIsNotSent) {
  SmtpServer smtp;
  invite("T1", {kFive[0]});
  mail::MailSender sender(tdb_.url(), senderOptions(smtp));
  ASSERT_EQ(sender.sendDue(), 1);
  const int64_t t0 = nowSeconds() - 1000;
  scheduleReminders(db(), run_.run_id, t0, "admin");
  runDueReminderBatches(db(), t0, 2, std::chrono::seconds(60));
  ASSERT_EQ(runDueReminderBatches(db(), t0 + 60, 2, std::chrono::seconds(60)), 1);
  ASSERT_EQ(respond(tokenIn(smtp.messages()[0])), surveys::SubmitOutcome::kStored);  // before the reminder went
  sender.sendDue();
  EXPECT_EQ(smtp.messages().size(), 1u);
  const auto reminders = mail::MailQueue(db()).list("", "reminder", 10);
  ASSERT_EQ(reminders.size(), 1u);
  EXPECT_EQ(reminders[0].status, "refused");
  EXPECT_NE(reminders[0].last_error.find("used meanwhile"), std::string::npos);
}

// The bytes of the database's files (SQLite; empty for a server).
std::string databaseFiles(const std::string& url) {
  if (url.rfind("sqlite:", 0) != 0) return "";
  std::string bytes;
  for (const char* suffix : {"", "-wal"}) {
    std::ifstream in(url.substr(7) + suffix, std::ios::binary);
    bytes += std::string(std::istreambuf_iterator<char>(in), {});
  }
  return bytes;
}

TEST_F(MailingsTest, ClosingTheRunDeletesAddressesHashesMarksMessagesAndBatches) {
  SmtpServer smtp;
  invite("T1", {kFive[0], kFive[1], kFive[2]});
  mail::MailSender sender(tdb_.url(), senderOptions(smtp));
  ASSERT_EQ(sender.sendDue(), 3);
  std::vector<std::string> tokens;
  for (const std::string& m : smtp.messages()) tokens.push_back(tokenIn(m));
  ASSERT_EQ(respond(tokens[0]), surveys::SubmitOutcome::kStored);
  surveys::ResponseStore store(db());
  store.saveDraft(store.resolve(tokens[1]), {"wl1"}, {{"wl1", "2"}});
  // A reminder batch sent, one waiting, and an invitation not yet sent.
  const int64_t t0 = nowSeconds() - 1000;
  scheduleReminders(db(), run_.run_id, t0, "admin");
  runDueReminderBatches(db(), t0, 2, std::chrono::seconds(60));
  ASSERT_EQ(runDueReminderBatches(db(), t0 + 60, 2, std::chrono::seconds(60)), 2);
  sender.sendDue();
  for (size_t i = 3; i < smtp.messages().size(); ++i) tokens.push_back(tokenIn(smtp.messages()[i]));
  ASSERT_EQ(tokens.size(), 5u);
  scheduleReminders(db(), run_.run_id, nowSeconds() + 86400, "admin");
  invite("T2", {kFive[3]});
  ASSERT_EQ(surveys::SurveyRuns(db()).closingEffect(run_.run_id).email_addresses, 4);

  surveys::SurveyRuns(db()).close(run_.run_id);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_email_invitations"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_reminder_batches"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_queue WHERE kind IN ('invitation', 'reminder')"), 0)
      << "sent ones too: each names its recipient";
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 1) << "the response stays";
  for (const std::string& t : tokens)
    EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE token_hash = '" + surveys::tokenHash(t) + "'"), 0);
  EXPECT_EQ(surveys::SurveyRuns(db()).status(run_.run_id)[0].invitations, 3) << "the counts survive";
  db().eraseDeletedRows();
  const std::string bytes = databaseFiles(tdb_.url());
  if (bytes.empty()) return;  // MySQL: the server's files are not the client's (README)
  for (const std::string& a : kFive) EXPECT_EQ(bytes.find(a), std::string::npos) << a;
  for (const std::string& t : tokens) {
    EXPECT_EQ(bytes.find(surveys::tokenHash(t)), std::string::npos) << "the hash of " << t;
    EXPECT_EQ(bytes.find(t), std::string::npos);
  }
}

}  // namespace
}  // namespace hc::mailings

#include "mail/mail_sender.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/utc_clock.h"
#include "mail/mime_message.h"
#include "store/schema.h"
#include "support/smtp_server.h"
#include "support/test_database.h"

namespace hc::mail {
namespace {

using hc::testing::SmtpServer;

class MailSenderTest : public ::testing::Test {
 protected:
  void SetUp() override { store::migrate(tdb_.db()); }

  MailSenderOptions options(const SmtpServer& smtp) {
    MailSenderOptions o;
    o.settings.host = "127.0.0.1";
    o.settings.port = smtp.port();
    o.settings.tls = TlsMode::kNone;
    o.settings.from = "Health check <healthcheck@northshire.example>";
    o.max_attempts = 3;
    o.backoff = {std::chrono::seconds(0)};  // due again at once: the tests call sendDue() again
    o.run = false;
    return o;
  }

  int64_t queueTo(const std::string& to, const MailSettings& s, const std::string& kind = "test") {
    OutgoingMail m;
    m.to = to;
    m.subject = "Message for " + to;
    m.text = "Hello " + to + "\n";
    m.html = "<p>Hello</p>";
    const MimeMessage mime = std::get<MimeMessage>(composeMime(m, s, nowSeconds()));
    return MailQueue(tdb_.db()).enqueue({kind, "", to, m.subject, mime.bytes}, "admin", nowSeconds());
  }

  QueuedMail row(int64_t id) { return *MailQueue(tdb_.db()).find(id); }

  hc::testing::TestDatabase tdb_;
};

TEST_F(MailSenderTest, EachQueuedMessageArrivesOnceAndItsBodyIsNotKept) {
  SmtpServer smtp;
  MailSenderOptions o = options(smtp);
  const int64_t a = queueTo("a@northshire.example", o.settings), b = queueTo("b@northshire.example", o.settings),
                c = queueTo("c@northshire.example", o.settings);
  {
    MailSender sender(tdb_.url(), o);
    EXPECT_EQ(sender.sendDue(), 3);
    EXPECT_EQ(sender.sendDue(), 0) << "nothing is due any more";
  }
  {
    MailSender restarted(tdb_.url(), o);  // a server restart sends nothing again
    EXPECT_EQ(restarted.sendDue(), 0);
  }
  const auto got = smtp.messages();
  ASSERT_EQ(got.size(), 3u);
  for (int64_t id : {a, b, c}) {
    const QueuedMail m = row(id);
    EXPECT_EQ(m.status, "sent");
    EXPECT_EQ(m.attempts, 1);
    EXPECT_FALSE(m.body.has_value()) << "a sent message's bytes are not kept";
    ASSERT_TRUE(m.sent_at.has_value());
    EXPECT_FALSE(m.message_id.empty());
    // The message that arrived is the one recorded, by its Message-ID.
    int matches = 0;
    for (const auto& g : got) matches += g.find("Message-ID: " + m.message_id + "\r\n") != std::string::npos;
    EXPECT_EQ(matches, 1) << m.message_id;
  }
}

TEST_F(MailSenderTest, ARelayThatIsDownIsTriedAgainThenGivenUpWithTheReason) {
  SmtpServer smtp;
  MailSenderOptions o = options(smtp);
  const int64_t id = queueTo("a@northshire.example", o.settings);
  smtp.stop();
  MailSender sender(tdb_.url(), o);
  EXPECT_EQ(sender.sendDue(), 1);
  QueuedMail m = row(id);
  EXPECT_EQ(m.status, "queued");
  EXPECT_EQ(m.attempts, 1);
  EXPECT_EQ(m.last_error.rfind("could not connect to the relay 127.0.0.1:", 0), 0u) << m.last_error;
  EXPECT_EQ(sender.sendDue(), 1);
  EXPECT_EQ(sender.sendDue(), 1);
  m = row(id);
  EXPECT_EQ(m.status, "failed");
  EXPECT_EQ(m.attempts, 3);
  EXPECT_EQ(m.last_error.rfind("after 3 tries: could not connect", 0), 0u) << m.last_error;
  EXPECT_TRUE(m.body.has_value()) << "kept, so that an admin can send it again";
  // The relay back: an admin sends it again and it arrives, once.
  smtp.start();
  o.settings.port = smtp.port();
  MailSender after(tdb_.url(), o);
  ASSERT_TRUE(MailQueue(tdb_.db()).sendAgain(id, nowSeconds()));
  EXPECT_EQ(after.sendDue(), 1);
  EXPECT_EQ(row(id).status, "sent");
  EXPECT_EQ(smtp.messages().size(), 1u);
}

TEST_F(MailSenderTest, ATemporaryRefusalIsTriedAgainAndThenSentOnce) {
  SmtpServer smtp;
  MailSenderOptions o = options(smtp);
  const int64_t id = queueTo("a@northshire.example", o.settings);
  MailSender sender(tdb_.url(), o);
  smtp.setTemporaryFailure(true);
  EXPECT_EQ(sender.sendDue(), 1);
  EXPECT_EQ(row(id).status, "queued");
  EXPECT_NE(row(id).last_error.find("refused the message: 451"), std::string::npos) << row(id).last_error;
  smtp.setTemporaryFailure(false);
  EXPECT_EQ(sender.sendDue(), 1);
  EXPECT_EQ(row(id).status, "sent");
  EXPECT_EQ(row(id).attempts, 2);
  EXPECT_EQ(smtp.messages().size(), 1u);
}

TEST_F(MailSenderTest, ARefusedRecipientIsNotTriedAgain) {
  SmtpServer smtp;
  MailSenderOptions o = options(smtp);
  const int64_t refused = queueTo("refuse@northshire.example", o.settings);
  const int64_t ok = queueTo("b@northshire.example", o.settings);
  MailSender sender(tdb_.url(), o);
  EXPECT_EQ(sender.sendDue(), 2);
  EXPECT_EQ(sender.sendDue(), 0);
  EXPECT_EQ(row(refused).status, "refused");
  EXPECT_EQ(row(refused).attempts, 1);
  EXPECT_NE(row(refused).last_error.find("550"), std::string::npos);
  EXPECT_EQ(row(ok).status, "sent");
  EXPECT_EQ(smtp.messages().size(), 1u);
}

TEST_F(MailSenderTest, AMessageBeingSentWhenTheServerStoppedIsNotSentAgainOnItsOwn) {
  SmtpServer smtp;
  MailSenderOptions o = options(smtp);
  const int64_t id = queueTo("a@northshire.example", o.settings);
  const int64_t waiting = queueTo("b@northshire.example", o.settings);
  // A sender claimed it, then the server stopped before the relay's answer was recorded.
  ASSERT_TRUE(MailQueue(tdb_.db()).claimDue(nowSeconds()).has_value());
  ASSERT_EQ(row(id).status, "sending");
  MailSender restarted(tdb_.url(), o);
  EXPECT_EQ(row(id).status, "interrupted");
  EXPECT_NE(row(id).last_error.find("may have arrived"), std::string::npos);
  EXPECT_EQ(restarted.sendDue(), 1) << "the queued one is still sent: nothing queued is lost";
  EXPECT_EQ(row(waiting).status, "sent");
  EXPECT_EQ(row(id).status, "interrupted");
  ASSERT_EQ(smtp.messages().size(), 1u);
  EXPECT_NE(smtp.messages()[0].find("To: b@northshire.example"), std::string::npos);
}

TEST_F(MailSenderTest, AKindWithNoStoredBodyIsWrittenWhenSent) {
  SmtpServer smtp;
  MailSenderOptions o = options(smtp);
  int written = 0;
  o.writers["invitation"] = [&](store::Database&, const QueuedMail& m) -> std::variant<OutgoingMail, std::string> {
    ++written;
    if (m.ref == "gone") return std::string("the survey has closed");
    OutgoingMail out;
    out.to = m.recipient;
    out.subject = "Your link";
    out.text = "link made now for " + m.ref + "\n";
    out.html = "<p>link</p>";
    return out;
  };
  MailQueue queue(tdb_.db());
  const int64_t id = queue.enqueue({"invitation", "inv-7", "a@northshire.example", "Your link", std::nullopt}, "admin",
                                   nowSeconds());
  const int64_t gone = queue.enqueue({"invitation", "gone", "b@northshire.example", "Your link", std::nullopt},
                                     "admin", nowSeconds());
  const int64_t unknown = queue.enqueue({"postcard", "", "c@northshire.example", "?", std::nullopt}, "admin",
                                        nowSeconds());
  MailSender sender(tdb_.url(), o);
  EXPECT_EQ(sender.sendDue(), 3);
  EXPECT_EQ(written, 2);
  EXPECT_EQ(row(id).status, "sent");
  EXPECT_EQ(row(gone).status, "refused");
  EXPECT_EQ(row(gone).last_error, "the survey has closed");
  EXPECT_EQ(row(unknown).status, "refused");
  ASSERT_EQ(smtp.messages().size(), 1u);
  EXPECT_NE(smtp.messages()[0].find("link made now for inv-7"), std::string::npos);
}

TEST_F(MailSenderTest, TheBackgroundSenderSendsWhenWoken) {
  SmtpServer smtp;
  MailSenderOptions o = options(smtp);
  o.run = true;
  o.poll = std::chrono::minutes(10);  // only the wake can make it look
  MailSender sender(tdb_.url(), o);
  const int64_t id = queueTo("a@northshire.example", o.settings);
  sender.wake();
  // Waits for the outcome (not a timing assertion: up to 20 s on a busy machine).
  for (int i = 0; i < 200 && row(id).status != "sent"; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(row(id).status, "sent");
  EXPECT_EQ(smtp.messages().size(), 1u);
}

}  // namespace
}  // namespace hc::mail

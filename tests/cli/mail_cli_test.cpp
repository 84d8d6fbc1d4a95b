// healthcheck mail test|queue|send|send-again and the mail settings of the
// configuration file, against a real SMTP server on 127.0.0.1.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli/mail_config.h"
#include "cli/service_config.h"
#include "cli_fixture.h"
#include "mail/mail_queue.h"
#include "store/database.h"
#include "support/smtp_server.h"
#include "support/test_files.h"

namespace hc {
namespace {

class MailCliTest : public ::testing::Test {
 protected:
  std::string config(const std::string& text) {
    const std::string path = dir_ + "/healthcheck.conf";
    std::ofstream(path) << "db = " << db_ << "\n" << text;
    return path;
  }
  std::string relayConfig(int port) {
    return config("smtp-host = 127.0.0.1\nsmtp-port = " + std::to_string(port) +
                  "\nsmtp-tls = none\nmail-from = Northshire health check <healthcheck@northshire.example>\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string dir_ = testing::makeTempDir("hc-mail-cli");
  std::string db_ = "sqlite:" + dir_ + "/hc.db";
};

TEST_F(MailCliTest, TheMailSettingsAreReadAndCheckedWithTheirLine) {
  const auto c = cli::readServiceConfig(config("smtp-host = smtp.northshire.example\nsmtp-tls = tls\n"
                                               "smtp-user = hc@northshire.example\nsmtp-ca-file = /etc/ssl/relay.pem\n"
                                               "mail-from = hc@northshire.example\nmail-reply-to = wf@northshire.example\n"
                                               "mail-per-minute = 30\n"),
                                        true);
  const mail::MailSettings s = cli::mailSettingsOf(c);
  EXPECT_EQ(s.host, "smtp.northshire.example");
  EXPECT_EQ(s.tls, mail::TlsMode::kImplicit);
  EXPECT_EQ(s.port, 465) << "the port follows smtp-tls when not given";
  EXPECT_EQ(s.user, "hc@northshire.example");
  EXPECT_EQ(s.ca_file, "/etc/ssl/relay.pem");
  EXPECT_EQ(s.reply_to, "wf@northshire.example");
  EXPECT_EQ(s.per_minute, 30);
  try {
    cli::readServiceConfig(config("smtp-host = x\nsmtp-tls = maybe\n"), true);
    FAIL() << "accepted smtp-tls = maybe";
  } catch (const cli::ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find(":3: smtp-tls: 'maybe' is not starttls, tls or none"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(cli::readServiceConfig(config("mail-per-minute = 0\n"), true), cli::ConfigError);
  EXPECT_THROW(cli::readServiceConfig(config("smtp-port = 0\n"), true), cli::ConfigError);
}

TEST_F(MailCliTest, MailTestSaysWhatHappened) {
  hc::testing::SmtpServer smtp;
  const std::string conf = relayConfig(smtp.port());
  Outcome o = run({"--config", conf, "mail", "test", "--to", "pat@northshire.example"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Sent a test message to pat@northshire.example through 127.0.0.1:" + std::to_string(smtp.port()) +
                       " (none).\n");
  ASSERT_EQ(smtp.messages().size(), 1u);
  o = run({"--config", conf, "mail", "test", "--to", "refuse@northshire.example"});
  EXPECT_EQ(o.status, 1);
  EXPECT_NE(o.err.find("Could not send the test message: the relay 127.0.0.1:" + std::to_string(smtp.port()) +
                       " refused the recipient refuse@northshire.example: 550 5.1.1"),
            std::string::npos)
      << o.err;
  o = run({"--config", conf, "mail", "test", "--to", "pat at council"});
  EXPECT_EQ(o.status, 2);
  EXPECT_NE(o.err.find("--to is not an email address: 'pat at council'"), std::string::npos);
  o = run({"--config", config(""), "mail", "test", "--to", "pat@northshire.example"});
  EXPECT_EQ(o.status, 2);
  EXPECT_NE(o.err.find("mail is not set up: give smtp-host and mail-from"), std::string::npos) << o.err;
  const int port = smtp.port();
  smtp.stop();
  o = run({"--config", relayConfig(port), "mail", "test", "--to", "pat@northshire.example"});
  EXPECT_EQ(o.status, 1);
  EXPECT_NE(o.err.find("could not connect to the relay 127.0.0.1:" + std::to_string(port)), std::string::npos) << o.err;
  // Each try is in the audit log.
  o = run({"--config", conf, "audit", "--since", "2000-01-01"});
  size_t tries = 0;
  for (size_t at = o.out.find("\tmail-test\t"); at != std::string::npos; at = o.out.find("\tmail-test\t", at + 1)) ++tries;
  EXPECT_EQ(tries, 3u) << o.out;
}

TEST_F(MailCliTest, QueueSendAndSendAgain) {
  hc::testing::SmtpServer smtp;
  const std::string conf = relayConfig(smtp.port());
  ASSERT_EQ(run({"--config", conf, "init"}).status, 0);
  int64_t failed_id = 0;
  {
    auto db = store::openDatabase(db_);
    mail::MailQueue q(*db);
    const std::string mime = "From: healthcheck@northshire.example\r\nTo: a@northshire.example\r\nSubject: x\r\n\r\nHi\r\n";
    q.enqueue({"report", "", "a@northshire.example", "Members' report", mime}, "admin", 0);
    failed_id = q.enqueue({"report", "", "b@northshire.example", "Members' report", mime}, "admin", 4102444800);
    ASSERT_TRUE(q.claim(failed_id).has_value());
    q.markGivenUp(failed_id, false, "after 6 tries: could not connect");
  }
  Outcome o = run({"--config", conf, "mail", "send"});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Tried 1 message(s).\n");
  EXPECT_EQ(smtp.messages().size(), 1u);
  o = run({"--config", conf, "mail", "queue"});
  EXPECT_NE(o.out.find("\tb@northshire.example\tfailed\t1\t"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("\ta@northshire.example\tsent\t1\t"), std::string::npos) << o.out;
  EXPECT_NE(o.err.find("1 failed, 1 sent"), std::string::npos) << o.err;
  o = run({"--config", conf, "mail", "send-again", std::to_string(failed_id)});
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Message " + std::to_string(failed_id) + " to b@northshire.example is queued again.\n");
  EXPECT_EQ(run({"--config", conf, "mail", "send"}).out, "Tried 1 message(s).\n");
  EXPECT_EQ(smtp.messages().size(), 2u);
  o = run({"--config", conf, "mail", "send-again", std::to_string(failed_id)});
  EXPECT_EQ(o.status, 2);
  EXPECT_NE(o.err.find("is sent: only a failed, refused or interrupted one can be sent again"), std::string::npos);
  EXPECT_EQ(run({"--config", conf, "mail", "send-again", "999"}).status, 2);
}

}  // namespace
}  // namespace hc

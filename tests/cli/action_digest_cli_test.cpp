// `healthcheck action add|update --owner-email` and `action digest [--now]`
// on SQLite and MariaDB, with the digest settings of healthcheck.conf and
// the real SMTP server: a refused address says why and stores nothing; the
// digest queued from the command line arrives through `mail send`, once.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "cli/service_config.h"
#include "cli_fixture.h"
#include "support/smtp_server.h"

namespace hc {
namespace {

class ActionDigestCliTest : public CliTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(hc({"demo", "--out", dir_ + "/demo", "--teams", "2", "--months", "4", "--seed", "3"}).status, 0);
    ASSERT_EQ(hc({"import", dir_ + "/demo"}).status, 0);
  }
  std::string config(const std::string& text) {
    const std::string path = dir_ + "/healthcheck.conf";
    std::ofstream(path) << text;
    return path;
  }
  Outcome withConfig(const std::string& conf, std::vector<std::string> args) {
    args.insert(args.begin(), {"--config", conf});
    return hc(std::move(args));
  }
  Outcome addOverdue(const std::string& email) {
    return hc({"action", "add", "--scope", "T0001", "--area", "workload", "--title", "Recruit two social workers",
               "--owner", "Head of service", "--owner-email", email, "--due", "2020-01-31", "--period", "2026-Q3"});
  }
};

TEST_F(ActionDigestCliTest, ABadOwnerAddressIsRefusedAndAGoodOneListed) {
  Outcome o = addOverdue("head of service");
  EXPECT_NE(o.status, 0);
  EXPECT_NE(o.err.find("is not an email address"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("nothing was stored"), std::string::npos);
  o = addOverdue("Head@Northshire.example");
  ASSERT_EQ(o.status, 0) << o.err;
  EXPECT_NE(hc({"action", "list"}).out.find("<head@northshire.example>"), std::string::npos);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(o.out, m, std::regex("action (\\d+)")));
  ASSERT_EQ(hc({"action", "update", m[1], "--owner-email", ""}).status, 0);
  EXPECT_EQ(hc({"action", "list"}).out.find("northshire.example"), std::string::npos) << "removed";
}

TEST_F(ActionDigestCliTest, DigestNowQueuesTheWeekOnceAndMailSendDeliversIt) {
  ASSERT_EQ(addOverdue("head@northshire.example").status, 0);
  hc::testing::SmtpServer smtp;
  const std::string conf = config("smtp-host = 127.0.0.1\nsmtp-port = " + std::to_string(smtp.port()) +
                                  "\nsmtp-tls = none\nmail-from = Health check <hc@northshire.example>\n"
                                  "base-url = https://hc.northshire.example\ndigest-day = sunday\n"
                                  "digest-time = 23:59\nmail-director = director@northshire.example\n");
  Outcome o = withConfig(conf, {"action", "digest"});
  ASSERT_EQ(o.status, 0) << o.err;
  EXPECT_NE(o.out.find("Sent each week on Sunday 23:59"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("director@northshire.example"), std::string::npos);
  o = withConfig(conf, {"action", "digest", "--now"});
  ASSERT_EQ(o.status, 0) << o.err;
  EXPECT_NE(o.out.find(": 1 message(s) to owners, 1 to the director."), std::string::npos) << o.out;
  o = withConfig(conf, {"action", "digest", "--now"});
  EXPECT_NE(o.status, 0);
  EXPECT_NE(o.err.find("queued already"), std::string::npos) << o.err;
  o = withConfig(conf, {"mail", "send"});
  ASSERT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "Tried 2 message(s).\n");
  ASSERT_EQ(smtp.messages().size(), 2u);
  for (const std::string& m : smtp.messages()) {
    const auto parsed = hc::testing::parseMail(m);
    EXPECT_EQ(parsed->getArray("defects")->size(), 0u);
    EXPECT_NE(parsed->getArray("parts")->getObject(0)->getValue<std::string>("text").find("Recruit two social workers"),
              std::string::npos);
  }
  EXPECT_EQ(withConfig(conf, {"mail", "send"}).out, "Tried 0 message(s).\n");
}

TEST_F(ActionDigestCliTest, DigestSettingsAreCheckedAsTheFileIsRead) {
  EXPECT_EQ(cli::readServiceConfig(config("digest-day = Friday\ndigest-time = 17:30\n"), true).digest_weekday, 4);
  EXPECT_EQ(cli::readServiceConfig(config("digest-time = 17:30\n"), true).digest_minute, 17 * 60 + 30);
  EXPECT_THROW(cli::readServiceConfig(config("digest-day = someday\n"), true), cli::ConfigError);
  EXPECT_THROW(cli::readServiceConfig(config("digest-time = 8am\n"), true), cli::ConfigError);
  EXPECT_THROW(cli::readServiceConfig(config("mail-director = the director\n"), true), cli::ConfigError);
  Outcome o = hc({"action", "digest", "--now"});
  EXPECT_NE(o.status, 0);
  EXPECT_NE(o.err.find("mail is not set up"), std::string::npos) << o.err;
}

}  // namespace
}  // namespace hc

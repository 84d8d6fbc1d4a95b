#include "mail/smtp_relay.h"

#include <gtest/gtest.h>

#include "mail/mime_message.h"
#include "support/smtp_server.h"

namespace hc::mail {
namespace {

using hc::testing::SmtpServer;

MailSettings settingsFor(const SmtpServer& smtp, TlsMode tls, std::string user = "", std::string password = "") {
  MailSettings s;
  s.host = "127.0.0.1";
  s.port = smtp.port();
  s.tls = tls;
  s.user = std::move(user);
  s.password = std::move(password);
  s.ca_file = smtp.caFile();
  s.from = "Health check <healthcheck@northshire.example>";
  return s;
}

std::string mimeTo(const std::string& to, const MailSettings& s) {
  OutgoingMail m;
  m.to = to;
  m.subject = "Test";
  m.text = "Hello.\n.A line that starts with a dot survives the SMTP dot rule.\n";
  m.html = "<p>Hello.</p>";
  return std::get<MimeMessage>(composeMime(m, s, 1796644800)).bytes;
}

TEST(SmtpRelayTest, StartTlsWithAPasswordDeliversTheMessageAsWritten) {
  SmtpServer smtp({"starttls", "hc", "relay password"});
  const MailSettings s = settingsFor(smtp, TlsMode::kStartTls, "hc", "relay password");
  const std::string mime = mimeTo("pat@northshire.example", s);
  const DeliveryResult r = deliver(s, "pat@northshire.example", mime);
  ASSERT_TRUE(r.delivered) << describe(r, s, "pat@northshire.example");
  const auto got = smtp.messages();
  ASSERT_EQ(got.size(), 1u);
  // The relay has the bytes we wrote (its copy ends with the CRLF before the final dot).
  EXPECT_EQ(got[0].substr(0, mime.size()), mime);
  EXPECT_NE(testing::parseMail(got[0])->getArray("parts")->getObject(0)->getValue<std::string>("text").find(
                "\r\n.A line that starts with a dot"),
            std::string::npos);
}

TEST(SmtpRelayTest, ImplicitTlsDelivers) {
  SmtpServer smtp({"implicit", "hc", "pw"});
  const MailSettings s = settingsFor(smtp, TlsMode::kImplicit, "hc", "pw");
  const DeliveryResult r = deliver(s, "pat@northshire.example", mimeTo("pat@northshire.example", s));
  EXPECT_TRUE(r.delivered) << describe(r, s, "pat@northshire.example");
  EXPECT_EQ(smtp.messages().size(), 1u);
}

TEST(SmtpRelayTest, APlainRelayOnThisMachineDelivers) {
  SmtpServer smtp;
  const MailSettings s = settingsFor(smtp, TlsMode::kNone);
  EXPECT_TRUE(deliver(s, "pat@northshire.example", mimeTo("pat@northshire.example", s)).delivered);
  EXPECT_EQ(smtp.messages().size(), 1u);
}

TEST(SmtpRelayTest, AWrongPasswordIsAnAuthenticationFailure) {
  SmtpServer smtp({"starttls", "hc", "right"});
  const MailSettings s = settingsFor(smtp, TlsMode::kStartTls, "hc", "wrong");
  const DeliveryResult r = deliver(s, "pat@northshire.example", mimeTo("pat@northshire.example", s));
  EXPECT_FALSE(r.delivered);
  EXPECT_EQ(r.stage, DeliveryStage::kAuthenticate);
  EXPECT_FALSE(r.permanent) << "the settings can be put right while the message waits";
  EXPECT_NE(describe(r, s, "x").find("refused the user name or password for hc"), std::string::npos)
      << describe(r, s, "x");
  EXPECT_TRUE(smtp.messages().empty());
}

TEST(SmtpRelayTest, AnUntrustedCertificateIsATlsFailure) {
  SmtpServer smtp({"starttls", "", ""});
  MailSettings s = settingsFor(smtp, TlsMode::kStartTls);
  s.ca_file.clear();  // the system's CAs do not sign the test relay's certificate
  const DeliveryResult r = deliver(s, "pat@northshire.example", mimeTo("pat@northshire.example", s));
  EXPECT_FALSE(r.delivered);
  EXPECT_EQ(r.stage, DeliveryStage::kTls) << r.detail;
  EXPECT_EQ(describe(r, s, "x").rfind("TLS with the relay 127.0.0.1:", 0), 0u) << describe(r, s, "x");
  EXPECT_TRUE(smtp.messages().empty());
}

TEST(SmtpRelayTest, ARelayWithoutStartTlsIsRefusedNotUsedInTheClear) {
  SmtpServer smtp;  // no TLS at all
  const MailSettings s = settingsFor(smtp, TlsMode::kStartTls);
  const DeliveryResult r = deliver(s, "pat@northshire.example", mimeTo("pat@northshire.example", s));
  EXPECT_FALSE(r.delivered);
  EXPECT_EQ(r.stage, DeliveryStage::kTls) << r.detail;
  EXPECT_TRUE(smtp.messages().empty());
}

TEST(SmtpRelayTest, RecipientRefusalsArePermanentOrTemporaryAsTheRelaySays) {
  SmtpServer smtp;
  const MailSettings s = settingsFor(smtp, TlsMode::kNone);
  DeliveryResult r = deliver(s, "refuse@northshire.example", mimeTo("refuse@northshire.example", s));
  EXPECT_FALSE(r.delivered);
  EXPECT_EQ(r.stage, DeliveryStage::kRecipient);
  EXPECT_EQ(r.reply_code, 550);
  EXPECT_TRUE(r.permanent);
  EXPECT_NE(describe(r, s, "refuse@northshire.example").find("refused the recipient refuse@northshire.example: 550"),
            std::string::npos);
  r = deliver(s, "tempfail@northshire.example", mimeTo("tempfail@northshire.example", s));
  EXPECT_EQ(r.stage, DeliveryStage::kRecipient);
  EXPECT_EQ(r.reply_code, 451);
  EXPECT_FALSE(r.permanent);
  r = deliver(s, "drop@northshire.example", mimeTo("drop@northshire.example", s));
  EXPECT_FALSE(r.delivered);
  EXPECT_FALSE(r.permanent) << "a dropped connection is worth another try";
  EXPECT_TRUE(smtp.messages().empty());
}

TEST(SmtpRelayTest, ARelayThatIsDownIsAConnectionFailure) {
  int port;
  {
    SmtpServer smtp;
    port = smtp.port();
  }  // stopped: nothing listens on the port now
  MailSettings s;
  s.host = "127.0.0.1";
  s.port = port;
  s.tls = TlsMode::kNone;
  s.from = "healthcheck@northshire.example";
  const DeliveryResult r = deliver(s, "pat@northshire.example", mimeTo("pat@northshire.example", s));
  EXPECT_FALSE(r.delivered);
  EXPECT_EQ(r.stage, DeliveryStage::kConnect);
  EXPECT_FALSE(r.permanent);
  EXPECT_EQ(describe(r, s, "x").rfind("could not connect to the relay 127.0.0.1:" + std::to_string(port), 0), 0u);
}

}  // namespace
}  // namespace hc::mail

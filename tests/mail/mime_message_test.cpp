#include "mail/mime_message.h"

#include <gtest/gtest.h>

#include <string>

#include "access/secure_random.h"
#include "support/smtp_server.h"

namespace hc::mail {
namespace {

MailSettings settings() {
  MailSettings s;
  s.host = "127.0.0.1";
  s.from = "Northshire Council health check <healthcheck@northshire.example>";
  s.reply_to = "Workforce team <workforce@northshire.example>";
  return s;
}

OutgoingMail sample() {
  OutgoingMail m;
  m.to = "pat@northshire.example";
  // Non-ASCII and long enough to need more than one encoded word.
  m.subject = "Staff survey 2026-Q4 — your link for Children’s services (Café team), closing 31 December";
  m.text = "Dear colleague,\n\nYour answers are anonymous.\n.A line starting with a dot\nÅ long line " +
           std::string(120, 'x') + "\n";
  m.html = "<!DOCTYPE html><html lang=\"en\"><body><p>Your answers are anonymous – café</p></body></html>";
  return m;
}

TEST(MimeMessageTest, PythonsEmailPackageReadsItBackWithoutDefects) {
  auto composed = composeMime(sample(), settings(), 1796644800);  // 2026-12-07 12:00 UTC
  ASSERT_TRUE(std::holds_alternative<MimeMessage>(composed)) << std::get<std::string>(composed);
  const MimeMessage& m = std::get<MimeMessage>(composed);
  Poco::JSON::Object::Ptr parsed = testing::parseMail(m.bytes);
  EXPECT_EQ(parsed->getArray("defects")->size(), 0u) << m.bytes;
  EXPECT_EQ(parsed->getValue<std::string>("subject"), sample().subject);
  EXPECT_EQ(parsed->getValue<std::string>("from"),
            "Northshire Council health check <healthcheck@northshire.example>");
  EXPECT_EQ(parsed->getValue<std::string>("to"), "pat@northshire.example");
  EXPECT_EQ(parsed->getValue<std::string>("reply_to"), "Workforce team <workforce@northshire.example>");
  EXPECT_TRUE(parsed->getValue<bool>("date_ok"));
  EXPECT_EQ(parsed->getValue<std::string>("date"), "Mon, 07 Dec 2026 12:00:00 +0000");
  EXPECT_EQ(parsed->getValue<std::string>("message_id"), m.message_id);
  EXPECT_NE(m.message_id.find("@northshire.example>"), std::string::npos);
  EXPECT_EQ(parsed->getValue<std::string>("mime_version"), "1.0");
  EXPECT_EQ(parsed->getValue<std::string>("auto_submitted"), "auto-generated");
  EXPECT_EQ(parsed->getValue<std::string>("content_type"), "multipart/alternative");
  EXPECT_LE(parsed->getValue<int>("max_line"), 78);
  EXPECT_EQ(parsed->getValue<int>("bare_lf"), 0) << "every line ends CRLF";
  auto parts = parsed->getArray("parts");
  ASSERT_EQ(parts->size(), 2u);
  auto text = parts->getObject(0), html = parts->getObject(1);
  EXPECT_EQ(text->getValue<std::string>("content_type"), "text/plain");
  EXPECT_EQ(text->getValue<std::string>("charset"), "utf-8");
  std::string want_text = sample().text, got_text = text->getValue<std::string>("text");
  // The decoded text has CRLF line ends, as sent.
  std::string crlf;
  for (char c : want_text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  EXPECT_EQ(got_text, crlf);
  EXPECT_EQ(html->getValue<std::string>("content_type"), "text/html");
  EXPECT_EQ(html->getValue<std::string>("text"), sample().html);
}

TEST(MimeMessageTest, AnAttachmentTravelsBesideTheTextAndHtml) {
  OutgoingMail mail = sample();
  std::string pdf = "%PDF-1.4\n" + access::randomHex(3000) + std::string("\0\x01\xff binary", 10);
  mail.attachments.push_back({"members-report-2026-Q3.pdf", "application/pdf", pdf});
  auto composed = composeMime(mail, settings(), 1796644800);
  ASSERT_TRUE(std::holds_alternative<MimeMessage>(composed));
  Poco::JSON::Object::Ptr parsed = testing::parseMail(std::get<MimeMessage>(composed).bytes);
  EXPECT_EQ(parsed->getArray("defects")->size(), 0u);
  EXPECT_EQ(parsed->getValue<std::string>("content_type"), "multipart/mixed");
  EXPECT_LE(parsed->getValue<int>("max_line"), 78);
  auto parts = parsed->getArray("parts");
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_EQ(parts->getObject(0)->getValue<std::string>("content_type"), "text/plain");
  EXPECT_EQ(parts->getObject(1)->getValue<std::string>("content_type"), "text/html");
  auto attachment = parts->getObject(2);
  EXPECT_EQ(attachment->getValue<std::string>("content_type"), "application/pdf");
  EXPECT_EQ(attachment->getValue<std::string>("filename"), "members-report-2026-Q3.pdf");
  EXPECT_EQ(attachment->getValue<std::string>("sha256"), access::sha256Hex(pdf));
}

TEST(MimeMessageTest, NothingCanAddAHeader) {
  OutgoingMail mail = sample();
  mail.subject = "Hello\r\nBcc: everyone@example.org";
  auto composed = composeMime(mail, settings(), 0);
  ASSERT_TRUE(std::holds_alternative<std::string>(composed));
  EXPECT_NE(std::get<std::string>(composed).find("line break"), std::string::npos);
  mail = sample();
  mail.to = "pat@example.org\r\nBcc: x@example.org";
  EXPECT_TRUE(std::holds_alternative<std::string>(composeMime(mail, settings(), 0)));
  mail = sample();
  mail.to = "pat at council";
  auto bad_to = composeMime(mail, settings(), 0);
  ASSERT_TRUE(std::holds_alternative<std::string>(bad_to));
  EXPECT_EQ(std::get<std::string>(bad_to), "the recipient is not an email address: 'pat at council'");
  mail = sample();
  mail.attachments.push_back({"report\".pdf\r\nX: y", "application/pdf", "x"});
  EXPECT_TRUE(std::holds_alternative<std::string>(composeMime(mail, settings(), 0)));
}

TEST(MimeMessageTest, EncodedWordsStayShortAndWhole) {
  EXPECT_EQ(encodeHeaderWords("Plain subject"), "Plain subject");
  EXPECT_EQ(encodeHeaderWords("Café"), "=?UTF-8?B?Q2Fmw6k=?=");
  std::string accents;
  for (int i = 0; i < 35; ++i) accents += "é";  // 70 bytes: two words of at most 39
  const std::string words = encodeHeaderWords(accents);
  size_t start = 0, count = 0;
  while (start < words.size()) {
    size_t end = words.find("\r\n ", start);
    const std::string word = words.substr(start, end == std::string::npos ? std::string::npos : end - start);
    EXPECT_LE(word.size(), 75u) << word;
    EXPECT_EQ(word.rfind("=?UTF-8?B?", 0), 0u);
    ++count;
    start = end == std::string::npos ? words.size() : end + 3;
  }
  EXPECT_EQ(count, 2u);
}

TEST(MailSettingsTest, ProblemsAreNamedPlainly) {
  MailSettings s = settings();
  EXPECT_EQ(settingsProblem(s), std::nullopt);
  s.tls = TlsMode::kNone;
  EXPECT_EQ(settingsProblem(s), std::nullopt) << "a relay on this machine may be plain";
  s.host = "smtp.northshire.example";
  EXPECT_NE(settingsProblem(s).value_or("").find("relay on this machine only"), std::string::npos);
  s = settings();
  s.from = "workforce team";
  EXPECT_EQ(settingsProblem(s), "mail-from is not an email address: 'workforce team'");
  s = settings();
  s.user = "hc";
  EXPECT_EQ(settingsProblem(s), "smtp-user is set but HEALTHCHECK_SMTP_PASSWORD is empty");
  s.password = "pw";
  s.tls = TlsMode::kNone;
  EXPECT_NE(settingsProblem(s).value_or("").find("never sent in the clear"), std::string::npos);
  EXPECT_EQ(parseTlsMode("starttls"), TlsMode::kStartTls);
  EXPECT_EQ(parseTlsMode("tls"), TlsMode::kImplicit);
  EXPECT_EQ(parseTlsMode("none"), TlsMode::kNone);
  EXPECT_EQ(parseTlsMode("yes"), std::nullopt);
  EXPECT_TRUE(plausibleAddress("a.b@c.example"));
  for (const char* bad : {"", "a@b", "@b.example", "a@", "a b@c.example", "a@b.example>", "a,b@c.example"})
    EXPECT_FALSE(plausibleAddress(bad)) << bad;
}

}  // namespace
}  // namespace hc::mail

// The admin's mail page against a real SMTP server on 127.0.0.1: a test
// message queued from the page arrives once through the background sender,
// bad addresses are refused on the page, a failed message can be sent again,
// and every step is audited.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "access/audit_log.h"
#include "access_fixture.h"
#include "mail/mail_queue.h"
#include "support/smtp_server.h"

namespace hc::web {
namespace {

// One relay for the file's tests: each test writes to addresses of its own.
hc::testing::SmtpServer& relay() {
  static hc::testing::SmtpServer server;
  return server;
}

void useRelay(WebAppOptions& o) {
  o.mail.host = "127.0.0.1";
  o.mail.port = relay().port();
  o.mail.tls = mail::TlsMode::kNone;
  o.mail.from = "Northshire health check <healthcheck@northshire.example>";
}

std::vector<std::string> arrivedFor(const std::string& to) {
  std::vector<std::string> out;
  for (const std::string& m : relay().messages())
    if (m.find("\r\nTo: " + to + "\r\n") != std::string::npos) out.push_back(m);
  return out;
}

// Waits for the background sender (not a timing assertion: up to 20 s).
std::vector<std::string> waitFor(const std::string& to) {
  for (int i = 0; i < 200; ++i) {
    auto got = arrivedFor(to);
    if (!got.empty()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(300));  // a second copy would be here by now
      return arrivedFor(to);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return {};
}

class MailPagesTest : public AccessWebTest {
 protected:
  MailPagesTest() : AccessWebTest(false, useRelay) { addUser("admin", access::Role::kAdmin); }

  http::Response post(const std::string& path, std::map<std::string, std::string> form) {
    http::Request r = as("admin", "POST", path);
    for (auto& [k, v] : form) r.form[k] = v;
    return app_->handle(r);
  }
};

TEST_F(MailPagesTest, ATestMessageFromThePageArrivesOnceAndIsAudited) {
  http::Request page = as("admin", "GET", "/admin/mail");
  const http::Response shown = app_->handle(page);
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("127.0.0.1:" + std::to_string(relay().port()) + " (none)"), std::string::npos);
  EXPECT_NE(shown.body.find("No messages yet."), std::string::npos);

  const http::Response sent = post("/admin/mail/test", {{"to", "page-test@northshire.example"}});
  ASSERT_EQ(sent.status, 303);
  EXPECT_EQ(sent.header("Location").rfind("/admin/mail?queued=", 0), 0u);
  const auto got = waitFor("page-test@northshire.example");
  ASSERT_EQ(got.size(), 1u);
  auto parsed = hc::testing::parseMail(got[0]);
  EXPECT_EQ(parsed->getArray("defects")->size(), 0u);
  EXPECT_EQ(parsed->getValue<std::string>("subject"), "Test message from the social work health check");
  const std::string html = parsed->getArray("parts")->getObject(1)->getValue<std::string>("text");
  EXPECT_EQ(html.find("<img"), std::string::npos) << "no images: nothing tells the sender who read it";
  EXPECT_NE(parsed->getArray("parts")->getObject(0)->getValue<std::string>("text").find("You do not need to do anything"),
            std::string::npos);

  for (int i = 0; i < 50 && mail::MailQueue(test_db_.db()).list("sent", "test", 10).empty(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ASSERT_EQ(mail::MailQueue(test_db_.db()).list("sent", "test", 10).size(), 1u);
  bool audited = false;
  for (const auto& e : access::AuditLog(test_db_.db()).since("2000-01-01"))
    audited = audited || (e.actor == "admin" && e.action == "mail-test" && e.subject == "page-test@northshire.example");
  EXPECT_TRUE(audited);
}

TEST_F(MailPagesTest, ABadAddressIsRefusedOnThePageAndNothingIsQueued) {
  for (const auto& [to, message] : std::vector<std::pair<std::string, std::string>>{
           {"", "Enter the email address to send the test message to"},
           {"pat at council", "Enter an email address in the correct format, like name@example.com"},
           {"pat@example.org\r\nBcc: all@example.org", "Enter an email address in the correct format"}}) {
    const http::Response r = post("/admin/mail/test", {{"to", to}});
    EXPECT_EQ(r.status, 200) << to;
    EXPECT_NE(r.body.find("There is a problem"), std::string::npos) << to;
    EXPECT_NE(r.body.find(message), std::string::npos) << to;
    EXPECT_NE(r.body.find("href=\"#to\""), std::string::npos) << "the summary links to the field";
  }
  EXPECT_TRUE(mail::MailQueue(test_db_.db()).list("", "", 10).empty());
}

TEST_F(MailPagesTest, AFailedMessageCanBeSentAgainFromThePage) {
  mail::MailQueue queue(test_db_.db());
  const std::string mime = "From: healthcheck@northshire.example\r\nTo: again@northshire.example\r\nSubject: x\r\n"
                           "Message-ID: <again@northshire.example>\r\n\r\nHello\r\n";
  const int64_t id = queue.enqueue({"report", "", "again@northshire.example", "x", mime}, "admin", nowSeconds() + 3600);
  ASSERT_TRUE(queue.claim(id).has_value());
  queue.markGivenUp(id, false, "after 6 tries: could not connect");
  http::Request page = as("admin", "GET", "/admin/mail");
  const http::Response shown = app_->handle(page);
  EXPECT_NE(shown.body.find("/admin/mail/" + std::to_string(id) + "/send-again"), std::string::npos);
  EXPECT_NE(shown.body.find("after 6 tries: could not connect"), std::string::npos);

  const http::Response again = post("/admin/mail/" + std::to_string(id) + "/send-again", {});
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(waitFor("again@northshire.example").size(), 1u);
  // Sent now: sending it again is no longer offered, and asking does nothing.
  for (int i = 0; i < 50 && queue.find(id)->status != "sent"; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(queue.find(id)->status, "sent");
  EXPECT_EQ(post("/admin/mail/" + std::to_string(id) + "/send-again", {}).header("Location"), "/admin/mail");
}

class UnconfiguredMailPagesTest : public AccessWebTest {
 protected:
  UnconfiguredMailPagesTest() { addUser("admin", access::Role::kAdmin); }
};

TEST_F(UnconfiguredMailPagesTest, ThePageSaysMailIsNotSetUpAndSendsNothing) {
  http::Request page = as("admin", "GET", "/admin/mail");
  const http::Response shown = app_->handle(page);
  ASSERT_EQ(shown.status, 200);
  EXPECT_NE(shown.body.find("Email is not set up"), std::string::npos);
  EXPECT_EQ(shown.body.find("Send a test message</button>"), std::string::npos);
  http::Request r = as("admin", "POST", "/admin/mail/test");
  r.form["to"] = "pat@northshire.example";
  EXPECT_NE(app_->handle(r).body.find("Email is not set up: nothing can be sent"), std::string::npos);
  EXPECT_TRUE(mail::MailQueue(test_db_.db()).list("", "", 10).empty());
}

}  // namespace
}  // namespace hc::web

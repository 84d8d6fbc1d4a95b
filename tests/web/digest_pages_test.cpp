// The weekly action digest in the browser's pages, in-process against a
// real SMTP server on 127.0.0.1: the owner's address on the action form
// (checked, shown back, shown to whoever sees the action), and the admin's
// digest page: "send now" delivers once, is audited with counts only, is
// refused a second time in the week, and is for admins with a CSRF token.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "access/audit_log.h"
#include "access_fixture.h"
#include "actions/action_store.h"
#include "mail/mail_queue.h"
#include "support/smtp_server.h"

namespace hc::web {
namespace {

hc::testing::SmtpServer& relay() {
  static hc::testing::SmtpServer server;
  return server;
}

void useRelay(WebAppOptions& o) {
  o.mail.host = "127.0.0.1";
  o.mail.port = relay().port();
  o.mail.tls = mail::TlsMode::kNone;
  o.mail.from = "Northshire health check <healthcheck@northshire.example>";
  o.base_url = "https://hc.northshire.example";
  o.mailings.digest.schedule = {6, 23 * 60 + 59};  // Sunday 23:59: the schedule leaves "send now" to the test
}

// The messages to `to`, once one has come (waits up to 20 s for the background sender).
std::vector<std::string> waitFor(const std::string& to) {
  const auto arrived = [&] {
    std::vector<std::string> out;
    for (const std::string& m : relay().messages())
      if (m.find("\r\nTo: " + to + "\r\n") != std::string::npos) out.push_back(m);
    return out;
  };
  for (int i = 0; i < 200 && arrived().empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // a second copy would be here by now
  return arrived();
}

class DigestPagesTest : public AccessWebTest {
 protected:
  DigestPagesTest() : AccessWebTest(false, useRelay) {
    addUser("admin", access::Role::kAdmin);
    addUser("manager", access::Role::kManager, {"T1"});
    addUser("member", access::Role::kMember);
  }

  http::Response post(const std::string& user, const std::string& path, std::map<std::string, std::string> form) {
    http::Request r = as(user, "POST", path);
    for (auto& [k, v] : form) r.form[k] = v;
    return app_->handle(r);
  }

  std::map<std::string, std::string> newAction(const std::string& email) {
    return {{"scope", "T1"}, {"area", "workload"}, {"title", "Recruit two social workers"}, {"owner", "Pat"},
            {"owner_email", email}, {"due", "2020-01-31"}, {"agreed_period", "2026-Q3"}};
  }
};

TEST_F(DigestPagesTest, TheOwnersAddressIsCheckedOnTheFormAndShownToWhoeverSeesTheAction) {
  const http::Response refused = post("manager", "/dashboard/actions", newAction("pat at northshire"));
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("govuk-error-summary"), std::string::npos);
  EXPECT_NE(refused.body.find("href=\"#owner_email\""), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"pat at northshire\""), std::string::npos) << "shown back as typed";
  const http::Response added = post("manager", "/dashboard/actions", newAction(" Pat@Northshire.example"));
  ASSERT_EQ(added.status, 303) << added.body.substr(0, 400);
  const std::string page = added.header("Location");
  http::Request shown = as("member", "GET", page);
  const http::Response member_view = app_->handle(shown);
  ASSERT_EQ(member_view.status, 200);
  EXPECT_NE(member_view.body.find("pat@northshire.example"), std::string::npos) << "stored in lower case, seen by a member";

  const http::Response bad_update = post("manager", page, {{"owner_email", "nobody"}});
  EXPECT_EQ(bad_update.status, 400);
  EXPECT_NE(bad_update.body.find("Enter the owner&#39;s email address in the correct format"), std::string::npos)
      << bad_update.body.substr(bad_update.body.find("govuk-error-summary"), 600);
  const http::Response removed = post("manager", page, {{"owner_email", ""}});
  EXPECT_EQ(removed.status, 303);
  const auto list = actions::ActionStore(test_db_.db()).list();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].action.owner_email, "") << "an emptied field removes the address";
}

TEST_F(DigestPagesTest, SendNowDeliversOnceIsAuditedWithCountsAndIsRefusedASecondTime) {
  ASSERT_EQ(post("manager", "/dashboard/actions", newAction("owner-page@northshire.example")).status, 303);
  http::Request view = as("admin", "GET", "/admin/digests");
  const http::Response before = app_->handle(view);
  ASSERT_EQ(before.status, 200);
  EXPECT_NE(before.body.find("Sunday 23:59"), std::string::npos);
  EXPECT_NE(before.body.find("Send this week&#39;s digest now"), std::string::npos);

  const http::Response sent = post("admin", "/admin/digests/send", {});
  ASSERT_EQ(sent.status, 303);
  EXPECT_EQ(sent.header("Location").rfind("/admin/digests?queued=", 0), 0u);
  const auto got = waitFor("owner-page@northshire.example");
  ASSERT_EQ(got.size(), 1u);
  auto parsed = hc::testing::parseMail(got[0]);
  EXPECT_EQ(parsed->getArray("defects")->size(), 0u);
  EXPECT_NE(got[0].find("https://hc.northshire.example/dashboard/actions/"), std::string::npos);

  const http::Response again = post("admin", "/admin/digests/send", {});
  EXPECT_EQ(again.status, 400);
  EXPECT_NE(again.body.find("queued already"), std::string::npos);
  EXPECT_EQ(waitFor("owner-page@northshire.example").size(), 1u) << "never twice in a week";

  access::AuditFilter f;
  f.action = access::audit_action::kActionDigest;
  const auto rows = access::AuditLog(test_db_.db()).find(f, 0, 10);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].actor, "admin");
  EXPECT_NE(rows[0].detail.find("1 owner message(s)"), std::string::npos) << rows[0].detail;
  EXPECT_EQ(rows[0].detail.find('@'), std::string::npos);
}

TEST_F(DigestPagesTest, OnlyAnAdminWithTheFormsTokenSendsTheDigest) {
  ASSERT_EQ(post("manager", "/dashboard/actions", newAction("owner-guard@northshire.example")).status, 303);
  http::Request page = as("manager", "GET", "/admin/digests");
  EXPECT_EQ(app_->handle(page).status, 403);
  EXPECT_EQ(post("manager", "/admin/digests/send", {}).status, 403);
  http::Request forged = as("admin", "POST", "/admin/digests/send");
  forged.form.erase(http::CsrfProtection::kField);
  EXPECT_EQ(app_->handle(forged).status, 403);
  EXPECT_TRUE(mail::MailQueue(test_db_.db()).list("", "action-digest", 10).empty()) << "nothing queued";
}

}  // namespace
}  // namespace hc::web

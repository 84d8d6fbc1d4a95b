// The admin's members' report by email page (/admin/report-mail): addresses
// added one a line with an error per bad line, a role, the schedule, "send
// now" naming who will get it, removal; admin only, every change audited
// with counts and never an address.
#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "access_fixture.h"
#include "mail/mail_queue.h"
#include "mailings/report_subscriptions.h"

namespace hc::web {
namespace {

class ReportMailPagesTest : public AccessWebTest {
 protected:
  ReportMailPagesTest() {
    addUser("admin", access::Role::kAdmin);
    addUser("director", access::Role::kDirector);
  }
  http::Response post(const std::string& path, std::map<std::string, std::string> form, const std::string& who = "admin") {
    http::Request r = as(who, "POST", path);
    for (auto& [k, v] : form) r.form[k] = v;
    return app_->handle(r);
  }
  http::Response get(const std::string& path, const std::string& who = "admin") {
    http::Request r = as(who, "GET", path);
    return app_->handle(r);
  }
};

TEST_F(ReportMailPagesTest, AddressesOneALineWithAnErrorNamingEachBadLine) {
  const http::Response bad =
      post("/admin/report-mail/add", {{"addresses", "cllr.jones@northshire.example\npat at council\n\nx@"}});
  EXPECT_NE(bad.body.find("There is a problem"), std::string::npos);
  EXPECT_NE(bad.body.find("Line 2: enter an email address in the correct format, like name@example.com, not "
                          "&#39;pat at council&#39;"),
            std::string::npos)
      << bad.body;
  EXPECT_NE(bad.body.find("Line 4:"), std::string::npos);
  EXPECT_NE(bad.body.find("href=\"#addresses\""), std::string::npos);
  EXPECT_NE(bad.body.find("<title>Error: "), std::string::npos);
  EXPECT_TRUE(mailings::ReportSubscriptions(test_db_.db()).list().empty()) << "nothing added from a form with errors";

  const http::Response good = post("/admin/report-mail/add", {{"addresses", "Cllr.Jones@northshire.example\r\n"
                                                                            "cllr.khan@northshire.example\n"},
                                                              {"role", "member"}});
  ASSERT_EQ(good.status, 303);
  const http::Response page = get("/admin/report-mail");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("cllr.jones@northshire.example"), std::string::npos);
  EXPECT_NE(page.body.find("Every member account named by an email address"), std::string::npos);
  EXPECT_NE(page.body.find("It reaches 2 address(es)."), std::string::npos);

  // Removing one; the audit rows say how many, never who.
  ASSERT_EQ(post("/admin/report-mail/remove", {{"address", "cllr.khan@northshire.example"}}).status, 303);
  EXPECT_EQ(mailings::ReportSubscriptions(test_db_.db()).list().size(), 2u);
  int rows = 0;
  for (const auto& e : access::AuditLog(test_db_.db()).since("2000-01-01")) {
    if (e.action != "report-mail") continue;
    ++rows;
    EXPECT_EQ(e.actor, "admin");
    EXPECT_EQ(e.subject.find('@'), std::string::npos) << e.subject;
    EXPECT_EQ(e.detail.find('@'), std::string::npos) << e.detail;
  }
  EXPECT_EQ(rows, 3);  // 2 addresses, the role, 1 removed
}

TEST_F(ReportMailPagesTest, TheScheduleIsCheckedAndSaved) {
  const http::Response bad = post("/admin/report-mail/schedule", {{"mode", "day"}, {"day", "31"}});
  EXPECT_NE(bad.body.find("Enter a day of the month from 1 to 28"), std::string::npos);
  ASSERT_EQ(post("/admin/report-mail/schedule", {{"mode", "day"}, {"day", "5"}}).status, 303);
  const mailings::ReportSchedule s = mailings::ReportSubscriptions(test_db_.db()).schedule();
  EXPECT_EQ(s.mode, mailings::ReportScheduleMode::kDay);
  EXPECT_EQ(s.day_of_month, 5);
  EXPECT_NE(get("/admin/report-mail").body.find("On day 5 of the month after each quarter ends"), std::string::npos);
}

TEST_F(ReportMailPagesTest, SendNowWithoutFiguresOrSubscribersSaysWhyAndQueuesNothing) {
  const http::Response none = get("/admin/report-mail/send");
  EXPECT_NE(none.body.find("There is a problem"), std::string::npos);
  EXPECT_NE(none.body.find("No records have been imported"), std::string::npos);
  EXPECT_NE(post("/admin/report-mail/send", {{"period", "2026-Q3"}}).body.find("There is a problem"), std::string::npos);
  EXPECT_TRUE(mail::MailQueue(test_db_.db()).list("", "", 10).empty());
}

TEST_F(ReportMailPagesTest, OnlyAnAdminSeesOrChangesIt) {
  EXPECT_EQ(get("/admin/report-mail", "director").status, 403);
  EXPECT_EQ(post("/admin/report-mail/add", {{"addresses", "a@northshire.example"}}, "director").status, 403);
  EXPECT_TRUE(mailings::ReportSubscriptions(test_db_.db()).list().empty());
  EXPECT_NE(get("/admin").body.find("href=\"/admin/report-mail\""), std::string::npos);
}

}  // namespace
}  // namespace hc::web

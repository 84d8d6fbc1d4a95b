// healthcheck report subscribe|send-now: subscribers added, checked and
// listed, the schedule set, send-now queueing one message per address on
// the demo council, each step audited with counts.
#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "cli_fixture.h"
#include "mail/mail_queue.h"

namespace hc {
namespace {

using ReportMailCliTest = CliTest;

TEST_F(ReportMailCliTest, SubscribersAndScheduleThenSendNowQueuesOneMessageEach) {
  Outcome r = hc({"report", "subscribe", "--add", "pat at council"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--add: not an email address: 'pat at council'"), std::string::npos) << r.err;
  EXPECT_EQ(hc({"report", "subscribe", "--schedule", "day"}).status, 2) << "day needs --day";

  r = hc({"report", "send-now"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("Nothing was sent: No records have been imported"), std::string::npos) << r.err;

  r = hc({"report", "subscribe", "--add", "Cllr.Jones@northshire.example", "--add", "cllr.khan@northshire.example",
          "--role", "member", "--schedule", "day", "--day", "5"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("cllr.jones@northshire.example\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("role member\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Reaches 2 address(es)."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Schedule: On day 5 of the month after each quarter ends."), std::string::npos) << r.out;

  ASSERT_EQ(hc({"demo", "--out", dir_ + "/demo", "--teams", "6", "--months", "12", "--seed", "1"}).status, 0);
  ASSERT_EQ(hc({"import", dir_ + "/demo"}).status, 0);
  r = hc({"report", "send-now"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find(" to 2 address(es) (sending 1)."), std::string::npos) << r.out;
  EXPECT_EQ(mail::MailQueue(database_.db()).list("queued", "members-report", 10).size(), 2u);

  r = hc({"report", "subscribe", "--list"});
  EXPECT_NE(r.out.find("(now, "), std::string::npos) << r.out;
  int rows = 0;
  for (const auto& e : access::AuditLog(database_.db()).since("2000-01-01"))
    if (e.action == "report-mail") {
      ++rows;
      EXPECT_EQ(e.detail.find('@'), std::string::npos) << e.detail;
      EXPECT_EQ(e.actor.rfind("cli:", 0), 0u);
    }
  EXPECT_EQ(rows, 4);  // addresses, role, schedule, send
}

}  // namespace
}  // namespace hc

// The weekly action digest on SQLite and MariaDB, sent through the real
// SMTP server (tests/support/smtp_server.h) and parsed back with Python's
// email package: an owner's overdue and due-soon actions (not those due
// later, not done ones), the director's copy of the overdue ones, nothing
// for an owner without an address, one digest a week however often asked.
#include "mailings/action_digest.h"

#include <gtest/gtest.h>

#include <ctime>
#include <set>

#include "access/audit_log.h"
#include "access/user_store.h"
#include "actions/action_store.h"
#include "core/utc_clock.h"
#include "mail/mail_queue.h"
#include "mailings/action_digest_mail.h"
#include "mailings/mailings.h"
#include "store/schema.h"
#include "support/smtp_server.h"
#include "support/test_database.h"

namespace hc::mailings {
namespace {

using hc::testing::SmtpServer;

// Unix seconds of a local wall-clock time.
int64_t localTime(int year, int month, int day, int hour, int minute) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_isdst = -1;
  return static_cast<int64_t>(std::mktime(&tm));
}

class ActionDigestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::migrate(db());
    auto st = db().prepare("INSERT INTO teams (team_id, name, service) VALUES (?, ?, ?)");
    for (const auto& [id, name, service] : {std::tuple{"T0001", "Assessment North", "children"},
                                            std::tuple{"T0002", "Adults East", "adults"}}) {
      st->bindText(0, id);
      st->bindText(1, name);
      st->bindText(2, service);
      st->execute();
    }
    access::UserStore users(db());
    users.add({"director@northshire.example", access::Role::kDirector, {}, {}}, "x");
    users.add({"deputy", access::Role::kDirector, {}, {}}, "x");  // no address: no copy
    today_ = localDate(nowSeconds());
  }
  store::Database& db() { return tdb_.db(); }

  int64_t add(const std::string& title, const std::string& email, int due_in_days,
              ActionStatus status = ActionStatus::kPlanned, const std::string& scope = "T0001") {
    Action a;
    a.scope_id = scope;
    a.area = "workload";
    a.metric = "caseload_avg";
    a.title = title;
    a.description = "What " + title + " means";
    a.owner = "Owner of " + title;
    a.owner_email = email;
    a.due = today_.plusDays(due_in_days);
    a.agreed_period = "2026-Q3";
    a.status = status;
    const auto added = actions::ActionStore(db()).add(a, "cli:test");
    EXPECT_TRUE(added.ok()) << added.error;
    return added.id;
  }

  mail::MailSenderOptions senderOptions(const SmtpServer& smtp) {
    mail::MailSenderOptions o;
    o.settings.host = "127.0.0.1";
    o.settings.port = smtp.port();
    o.settings.tls = mail::TlsMode::kNone;
    o.settings.from = "Health check <healthcheck@northshire.example>";
    o.run = false;
    MailingsOptions m;
    m.base_url = "https://hc.northshire.example/";
    m.digest = digest_;
    addMailings(o, m);
    return o;
  }

  int sendAll(const SmtpServer& smtp) { return mail::MailSender(tdb_.url(), senderOptions(smtp)).sendDue(); }

  // The parsed message to `to`; fails the test unless exactly one arrived.
  Poco::JSON::Object::Ptr messageTo(const SmtpServer& smtp, const std::string& to) {
    Poco::JSON::Object::Ptr found;
    int n = 0;
    for (const std::string& bytes : smtp.messages()) {
      auto m = hc::testing::parseMail(bytes);
      if (m->getValue<std::string>("to") == to) {
        found = m;
        ++n;
      }
    }
    EXPECT_EQ(n, 1) << "messages to " << to;
    return found;
  }

  static std::string partText(const Poco::JSON::Object::Ptr& m, const std::string& type) {
    auto parts = m->getArray("parts");
    for (size_t i = 0; i < parts->size(); ++i) {
      auto p = parts->getObject(static_cast<unsigned>(i));
      if (p->getValue<std::string>("content_type") == type) return p->getValue<std::string>("text");
    }
    return "";
  }

  hc::testing::TestDatabase tdb_;
  Date today_;
  DigestOptions digest_;
};

TEST_F(ActionDigestTest, OwnersGetTheirOverdueAndDueSoonActionsAndTheDirectorTheOverdueOnes) {
  const int64_t late = add("Recruit two social workers", "Pat.Owner@Northshire.example", -10);
  const int64_t soon = add("Review allocation rota", "pat.owner@northshire.example", 7, ActionStatus::kInProgress);
  const int64_t later = add("Plan next year's intake", "pat.owner@northshire.example", 30);
  const int64_t done = add("Hire a practice lead", "pat.owner@northshire.example", -3, ActionStatus::kDone);
  const int64_t nobody = add("Fix the laptops", "", -5, ActionStatus::kPlanned, "T0002");
  const int64_t sams = add("Supervision catch-up", "sam@northshire.example", 3);
  (void)later;
  (void)done;

  const DigestQueued q = queueDigest(db(), digest_, nowSeconds(), "admin");
  ASSERT_TRUE(q.ok()) << q.refused;
  EXPECT_EQ(q.owners, 2) << "pat and sam; the owner of 'Fix the laptops' has no address";
  EXPECT_EQ(q.director_copies, 1) << "director@northshire.example only: 'deputy' is no address";

  SmtpServer smtp;
  EXPECT_EQ(sendAll(smtp), 3);
  std::set<std::string> recipients;
  for (const std::string& bytes : smtp.messages()) recipients.insert(hc::testing::parseMail(bytes)->getValue<std::string>("to"));
  EXPECT_EQ(recipients, (std::set<std::string>{"pat.owner@northshire.example", "sam@northshire.example",
                                              "director@northshire.example"}));

  const auto pat = messageTo(smtp, "pat.owner@northshire.example");
  ASSERT_TRUE(pat);
  EXPECT_EQ(pat->getArray("defects")->size(), 0u);
  EXPECT_EQ(pat->getValue<std::string>("content_type"), "multipart/alternative");
  EXPECT_EQ(pat->getValue<std::string>("subject"), "Health check actions: 1 overdue, 1 due soon");
  EXPECT_EQ(pat->getValue<std::string>("mime_version"), "1.0");
  EXPECT_TRUE(pat->getValue<bool>("date_ok"));
  const std::string text = partText(pat, "text/plain"), html = partText(pat, "text/html");
  for (const std::string& body : {text, html}) {
    EXPECT_NE(body.find("Recruit two social workers"), std::string::npos);
    EXPECT_NE(body.find("Review allocation rota"), std::string::npos);
    EXPECT_EQ(body.find("Plan next year's intake"), std::string::npos) << "due in 30 days";
    EXPECT_EQ(body.find("Hire a practice lead"), std::string::npos) << "done";
    EXPECT_EQ(body.find("Supervision catch-up"), std::string::npos) << "sam's";
    EXPECT_NE(body.find("https://hc.northshire.example/dashboard/actions/" + std::to_string(late)), std::string::npos);
    EXPECT_NE(body.find("https://hc.northshire.example/dashboard/actions/" + std::to_string(soon)), std::string::npos);
    EXPECT_NE(body.find("Assessment North"), std::string::npos) << "the team's name";
  }
  EXPECT_NE(text.find("(overdue)"), std::string::npos);
  EXPECT_NE(text.find("Status: In progress"), std::string::npos);
  EXPECT_NE(text.find("Area: Workload"), std::string::npos);
  EXPECT_LT(text.find("Recruit two social workers"), text.find("Review allocation rota")) << "overdue first";
  EXPECT_NE(html.find("<a href=\"https://hc.northshire.example/dashboard/actions/" + std::to_string(late) + "\""),
            std::string::npos);

  const auto director = messageTo(smtp, "director@northshire.example");
  ASSERT_TRUE(director);
  EXPECT_EQ(director->getArray("defects")->size(), 0u);
  const std::string copy = partText(director, "text/plain");
  EXPECT_NE(copy.find("Recruit two social workers"), std::string::npos);
  EXPECT_NE(copy.find("Fix the laptops"), std::string::npos) << "overdue, though its owner has no address";
  EXPECT_NE(copy.find("Adults East"), std::string::npos);
  EXPECT_EQ(copy.find("Review allocation rota"), std::string::npos) << "due soon is not overdue";
  EXPECT_EQ(copy.find("Supervision catch-up"), std::string::npos);
  EXPECT_EQ(copy.find("Hire a practice lead"), std::string::npos);
  EXPECT_NE(copy.find("/dashboard/actions/" + std::to_string(nobody)), std::string::npos);

  const auto sam = messageTo(smtp, "sam@northshire.example");
  ASSERT_TRUE(sam);
  EXPECT_NE(partText(sam, "text/plain").find("/dashboard/actions/" + std::to_string(sams)), std::string::npos);
}

TEST_F(ActionDigestTest, TheSameWeekIsSentOnceWhetherScheduledOrAskedAgain) {
  add("Recruit two social workers", "pat@northshire.example", -10);
  digest_.schedule = {static_cast<int>(today_.weekday()), 0};  // due since midnight today
  const auto scheduled = runDigestSchedule(db(), digest_, nowSeconds());
  ASSERT_TRUE(scheduled);
  EXPECT_EQ(scheduled->owners, 1);
  EXPECT_FALSE(runDigestSchedule(db(), digest_, nowSeconds())) << "the schedule's second look queues nothing";
  const DigestQueued again = queueDigest(db(), digest_, nowSeconds(), "admin");
  EXPECT_FALSE(again.ok());
  EXPECT_NE(again.refused.find("queued already, by schedule"), std::string::npos) << again.refused;

  SmtpServer smtp;
  sendAll(smtp);
  sendAll(smtp);  // a second sender's look, and its schedule's
  EXPECT_EQ(smtp.messages().size(), 2u) << "pat's digest and the director's copy, once each";
  const auto record = digestOfWeek(db(), weekOf(today_));
  ASSERT_TRUE(record);
  EXPECT_EQ(record->queued_by, "schedule");
  EXPECT_EQ(record->owners, 1);
  EXPECT_EQ(record->director_copies, 1);
  EXPECT_EQ(recentDigests(db(), 10).size(), 1u);
}

TEST_F(ActionDigestTest, NothingIsQueuedBeforeTheScheduledMomentOfTheWeek) {
  add("Recruit two social workers", "pat@northshire.example", -10);
  // Monday 7 December 2026, 07:59 and 08:00 local, for Monday 08:00.
  EXPECT_FALSE(digestDue({0, 480}, localTime(2026, 12, 7, 7, 59)));
  EXPECT_TRUE(digestDue({0, 480}, localTime(2026, 12, 7, 8, 0)));
  EXPECT_TRUE(digestDue({0, 480}, localTime(2026, 12, 9, 3, 0))) << "a server down on Monday sends on Wednesday";
  EXPECT_FALSE(digestDue({4, 480}, localTime(2026, 12, 9, 9, 0))) << "Friday's not come by Wednesday";
  digest_.schedule = {0, 480};
  EXPECT_FALSE(runDigestSchedule(db(), digest_, localTime(2026, 12, 7, 7, 59)));
  EXPECT_TRUE(recentDigests(db(), 10).empty());
}

TEST_F(ActionDigestTest, WeeksAndSettingsReadAsPeopleWriteThem) {
  EXPECT_EQ(weekOf(*Date::parse("2026-12-07")), "2026-W50");
  EXPECT_EQ(weekOf(*Date::parse("2026-12-13")), "2026-W50");  // Sunday ends the ISO week
  EXPECT_EQ(weekOf(*Date::parse("2021-01-03")), "2020-W53");
  EXPECT_EQ(weekOf(*Date::parse("2024-12-30")), "2025-W01");
  EXPECT_EQ(parseWeekday("Monday"), 0);
  EXPECT_EQ(parseWeekday("sunday"), 6);
  EXPECT_FALSE(parseWeekday("mon"));
  EXPECT_EQ(parseTimeOfDay("08:00"), 480);
  EXPECT_EQ(parseTimeOfDay("23:59"), 1439);
  EXPECT_FALSE(parseTimeOfDay("24:00"));
  EXPECT_FALSE(parseTimeOfDay("8:00"));
  EXPECT_EQ(describe(DigestSchedule{}), "Monday 08:00");
  EXPECT_EQ(describe({4, 17 * 60 + 30}), "Friday 17:30");
}

TEST_F(ActionDigestTest, MailDirectorTakesTheCopyInsteadOfTheDirectorAccounts) {
  add("Recruit two social workers", "", -10);
  digest_.director_address = "head.of.service@northshire.example";
  const DigestQueued q = queueDigest(db(), digest_, nowSeconds(), "cli:root");
  EXPECT_EQ(q.owners, 0) << "the owner has no address: nothing";
  EXPECT_EQ(q.director_copies, 1);
  SmtpServer smtp;
  sendAll(smtp);
  ASSERT_EQ(smtp.messages().size(), 1u);
  EXPECT_EQ(hc::testing::parseMail(smtp.messages()[0])->getValue<std::string>("to"), "head.of.service@northshire.example");
}

TEST_F(ActionDigestTest, AnOwnerWithoutAnAddressAndNoOverdueActionMeansNoMessageAtAll) {
  add("Recruit two social workers", "", 5);
  const DigestQueued q = queueDigest(db(), digest_, nowSeconds(), "admin");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q.owners, 0);
  EXPECT_EQ(q.director_copies, 0) << "nothing overdue: no copy";
  SmtpServer smtp;
  EXPECT_EQ(sendAll(smtp), 0);
  EXPECT_TRUE(smtp.messages().empty());
  EXPECT_TRUE(digestOfWeek(db(), weekOf(today_))) << "the week is recorded all the same";
}

TEST_F(ActionDigestTest, ADigestWhoseActionsWereDoneSinceItWasQueuedIsNotSent) {
  const int64_t id = add("Recruit two social workers", "pat@northshire.example", 3);
  queueDigest(db(), digest_, nowSeconds(), "admin");
  actions::ActionChange change;
  change.status = ActionStatus::kDone;
  ASSERT_TRUE(actions::ActionStore(db()).update(id, change, "cli:test", today_).ok());
  SmtpServer smtp;
  EXPECT_EQ(sendAll(smtp), 1);
  EXPECT_TRUE(smtp.messages().empty()) << "written at send time, from the actions as they are then";
  const auto rows = mail::MailQueue(db()).list("", kDigestKind, 10);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].status, "refused");
  EXPECT_NE(rows[0].last_error.find("nothing to send"), std::string::npos) << rows[0].last_error;
  EXPECT_FALSE(rows[0].body.has_value());
}

TEST_F(ActionDigestTest, OwnerEmailIsCheckedStoredInLowerCaseAndNeverAudited) {
  actions::ActionStore store(db());
  Action a;
  a.scope_id = "T0001";
  a.area = "workload";
  a.title = "Recruit";
  a.owner = "Pat";
  a.owner_email = "not an address";
  a.due = today_;
  a.agreed_period = "2026-Q3";
  const auto refused = store.add(a, "cli:test");
  EXPECT_FALSE(refused.ok());
  EXPECT_NE(refused.error.find("is not an email address"), std::string::npos) << refused.error;
  a.owner_email = "  Pat@Northshire.Example ";
  const auto added = store.add(a, "cli:test");
  ASSERT_TRUE(added.ok()) << added.error;
  EXPECT_EQ(store.find(added.id)->action.owner_email, "pat@northshire.example");
  actions::ActionChange change;
  change.owner_email = "sam@northshire.example";
  ASSERT_TRUE(store.update(added.id, change, "cli:test", today_).ok());
  change.owner_email = "";
  ASSERT_TRUE(store.update(added.id, change, "cli:test", today_).ok());
  EXPECT_EQ(store.find(added.id)->action.owner_email, "");
  queueDigest(db(), digest_, nowSeconds(), "admin");
  bool removed_said = false;
  for (const auto& e : access::AuditLog(db()).since("2000-01-01")) {
    EXPECT_EQ(e.subject.find('@') == std::string::npos || e.action == "user-add", true) << e.subject;
    EXPECT_EQ(e.detail.find("northshire.example"), std::string::npos) << e.action << ": " << e.detail;
    removed_said |= e.detail.find("owner email removed") != std::string::npos;
  }
  EXPECT_TRUE(removed_said);
}

}  // namespace
}  // namespace hc::mailings

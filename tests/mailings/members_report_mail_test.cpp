// The members' report by email against the real SMTP server
// (tests/support/smtp_server.py): one message per subscriber, addresses
// and a role's accounts, each multipart with the report as a real PDF of
// the published view (read back with pdftotext: a figure a director sees
// but the small-numbers rule hides is not in it); the schedule sending a
// quarter once; every sending audited with counts, never addresses.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "access/audit_log.h"
#include "access/password_hasher.h"
#include "access/user_store.h"
#include "cli/cli.h"
#include "core/utc_clock.h"
#include "load/figure_loader.h"
#include "load/figure_settings.h"
#include "mail/mail_queue.h"
#include "mailings/mailings.h"
#include "mailings/members_report_mail.h"
#include "mailings/report_subscriptions.h"
#include "metrics/catalogue.h"
#include "reports/figure_text.h"
#include "store/schema.h"
#include "support/smtp_server.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::mailings {
namespace {

using hc::testing::SmtpServer;

std::string run(const std::string& command) {
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    EXPECT_EQ(pclose(pipe), 0) << command << ": " << out;
  }
  return out;
}

// Where `figure` stands in `text` as a figure of its own ("3.4%", not the
// end of "23.4%"); npos when it does not.
size_t figureAt(const std::string& text, const std::string& figure) {
  for (size_t at = text.find(figure); at != std::string::npos; at = text.find(figure, at + 1)) {
    const bool digit_before = at > 0 && (std::isdigit(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '.');
    const size_t end = at + figure.size();
    const bool digit_after = end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]));
    if (!digit_before && !digit_after) return at;
  }
  return std::string::npos;
}

class MembersReportMailTest : public ::testing::Test {
 protected:
  void SetUp() override {
    cli("demo", {"--out", dir_ + "/demo", "--teams", "12", "--months", "24", "--seed", "1"});
    cli("import", {dir_ + "/demo"});
    cli("council", {"set", "--name", "Northshire County Council"});
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void cli(const std::string& command, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_.url(), command});
    std::ostringstream out, err;
    ASSERT_EQ(cli::run(args, out, err), 0) << err.str();
  }

  mail::MailSenderOptions sender(const SmtpServer& smtp) {
    mail::MailSenderOptions o;
    o.settings.host = "127.0.0.1";
    o.settings.port = smtp.port();
    o.settings.tls = mail::TlsMode::kNone;
    o.settings.from = "Health check <healthcheck@northshire.example>";
    o.run = false;
    MailingsOptions m;
    m.db_url = db_.url();
    m.base_url = "https://hc.northshire.example";
    addMailings(o, m);
    return o;
  }

  // The PDF attached to a raw message, as its text (pdftotext).
  std::string attachedPdfText(const std::string& raw, int n) {
    const std::string eml = dir_ + "/m" + std::to_string(n) + ".eml", pdf = dir_ + "/m" + std::to_string(n) + ".pdf";
    std::ofstream(eml, std::ios::binary) << raw;
    run("/usr/bin/python3 -c \"import email,email.policy,sys; m=email.message_from_bytes(open(sys.argv[1],'rb').read(),"
        "policy=email.policy.default); a=[p for p in m.walk() if p.get_content_type()=='application/pdf'][0]; "
        "open(sys.argv[2],'wb').write(a.get_payload(decode=True))\" '" + eml + "' '" + pdf + "'");
    std::ifstream in(pdf, std::ios::binary);
    char magic[6] = {};
    in.read(magic, 5);
    EXPECT_EQ(std::string(magic), "%PDF-") << "a real PDF";
    return run("pdftotext '" + pdf + "' -");
  }

  void addAccount(const std::string& name, access::Role role) {
    access::User u;
    u.username = name;
    u.role = role;
    access::UserStore(db_.db()).add(u, access::hashPassword("a long enough password 1"));
  }

  hc::testing::TestDatabase db_;
  std::string dir_ = hc::testing::makeTempDir("hc-members-mail");
};

TEST_F(MembersReportMailTest, SendNowReachesEachSubscriberOnceWithThePublishedReportAsAPdf) {
  ASSERT_TRUE(load::saveMinGroupSize(db_.db(), 30, "admin"));
  addAccount("cllr.ahmed@northshire.example", access::Role::kMember);
  addAccount("cllrbrown", access::Role::kMember);  // not an address: gets nothing
  addAccount("director@northshire.example", access::Role::kDirector);  // not subscribed
  ReportSubscriptions subs(db_.db());
  ASSERT_TRUE(subs.addAddress("Cllr.Jones@Northshire.example", "admin", nowSeconds()));
  ASSERT_TRUE(subs.addAddress("cllr.khan@northshire.example", "admin", nowSeconds()));
  ASSERT_FALSE(subs.addAddress("cllr.jones@northshire.example ", "admin", nowSeconds())) << "already there";
  ASSERT_TRUE(subs.addRole(access::Role::kMember, "admin", nowSeconds()));

  const SendingOutcome o = queueMembersReport(db_.db(), std::nullopt, "now", "admin", nowSeconds());
  ASSERT_TRUE(o.queued) << o.problem;
  EXPECT_EQ(o.queued->recipients, 3);
  EXPECT_EQ(o.queued->accounts_without_address, 1);
  const std::string period = o.queued->period;

  SmtpServer smtp;
  {
    mail::MailSender s(db_.url(), sender(smtp));
    EXPECT_EQ(s.sendDue(), 3);
    EXPECT_EQ(s.sendDue(), 0) << "each message once";
  }
  const auto got = smtp.messages();
  ASSERT_EQ(got.size(), 3u);
  std::set<std::string> to;
  for (const std::string& raw : got) {
    const Poco::JSON::Object::Ptr m = hc::testing::parseMail(raw);
    to.insert(m->getValue<std::string>("to"));
    EXPECT_EQ(m->getArray("defects")->size(), 0u);
    EXPECT_EQ(m->getValue<std::string>("content_type"), "multipart/mixed");
    const auto parts = m->getArray("parts");
    ASSERT_EQ(parts->size(), 3u);
    EXPECT_EQ(parts->getObject(0)->getValue<std::string>("content_type"), "text/plain");
    const std::string text = parts->getObject(0)->getValue<std::string>("text");
    EXPECT_NE(text.find("Northshire County Council"), std::string::npos) << text;
    EXPECT_NE(text.find("https://hc.northshire.example/report/members?period=" + period), std::string::npos) << text;
    EXPECT_EQ(parts->getObject(2)->getValue<std::string>("content_type"), "application/pdf");
    EXPECT_EQ(parts->getObject(2)->getValue<std::string>("filename"), "members-report-" + period + ".pdf");
    EXPECT_GT(parts->getObject(2)->getValue<int>("size"), 10000);
  }
  EXPECT_EQ(to, (std::set<std::string>{"cllr.ahmed@northshire.example", "cllr.jones@northshire.example",
                                       "cllr.khan@northshire.example"}));

  // The published view: a service's figure a director sees but the
  // small-numbers rule (30 people) hides is not in the PDF.
  const load::FigureSettings settings = load::loadFigureSettings(db_.db());
  metrics::HealthCheckOptions options = settings.applyTo({});
  const load::FigureLoader figures(db_.url(), settings.thresholds, options);
  const metrics::HealthCheck director = figures.period(*metrics::Period::parse(period), false);
  const metrics::HealthCheck published = figures.period(*metrics::Period::parse(period), true);
  // What the published figures show (this quarter's and last), and the
  // director's figures members do not get, as the report writes them.
  std::set<std::string> shown_to_members;
  std::vector<std::string> hidden, where;
  const auto each = [&](auto&& f) {
    for (size_t s = 0; s < published.scopes.size(); ++s) {
      if (published.scopes[s].level == metrics::Level::kTeam) continue;
      for (size_t a = 0; a < published.scopes[s].areas.size(); ++a)
        for (size_t i = 0; i < published.scopes[s].areas[a].metrics.size(); ++i)
          f(published.scopes[s], published.scopes[s].areas[a].metrics[i], director.scopes[s].areas[a].metrics[i]);
    }
  };
  each([&](const metrics::ScopeResult&, const metrics::MetricResult& p, const metrics::MetricResult&) {
    const metrics::Unit unit = metrics::findMetric(p.id)->unit;
    if (p.value) shown_to_members.insert(reports::formatValue(unit, *p.value));
    if (p.previous) shown_to_members.insert(reports::formatValue(unit, *p.previous));
  });
  each([&](const metrics::ScopeResult& scope, const metrics::MetricResult& p, const metrics::MetricResult& d) {
    if (!p.suppressed || !d.value) return;
    const std::string figure = reports::formatValue(metrics::findMetric(d.id)->unit, *d.value);
    // A figure with a decimal other than .0 ("17.3%", not a round target)
    // that no published figure happens to equal.
    const size_t dot = figure.find('.');
    if (dot == std::string::npos || dot + 1 >= figure.size() || figure[dot + 1] == '0') return;
    if (shown_to_members.count(figure)) return;
    hidden.push_back(figure);
    where.push_back(scope.name + ", " + d.id);
  });
  ASSERT_FALSE(hidden.empty()) << "the demo at 30 people has a suppressed figure with a decimal";
  const std::string pdf_text = attachedPdfText(got[0], 0);
  EXPECT_NE(pdf_text.find("Northshire County Council"), std::string::npos);
  EXPECT_NE(pdf_text.find("Not published"), std::string::npos);
  for (size_t h = 0; h < hidden.size(); ++h)
    EXPECT_EQ(figureAt(pdf_text, hidden[h]), std::string::npos) << hidden[h] << " travelled by email: " << where[h];

  // Audited: who, the period, how many; never an address.
  const auto rows = access::AuditLog(db_.db()).find({"", "", "", "report-mail"}, 0, 10);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].actor, "admin");
  EXPECT_EQ(rows[0].subject, period);
  EXPECT_NE(rows[0].detail.find("3 recipient(s)"), std::string::npos) << rows[0].detail;
  EXPECT_EQ(rows[0].detail.find('@'), std::string::npos);
}

TEST_F(MembersReportMailTest, TheScheduleSendsAQuarterOnceOnTheDayOrWhenItsFiguresArrive) {
  ReportSubscriptions subs(db_.db());
  ASSERT_TRUE(subs.addAddress("cllr.jones@northshire.example", "admin", nowSeconds()));
  const metrics::Period latest = *latestCompleteQuarter(db_.db(), nullptr);
  const Date after_end = latest.to.plusDays(1);
  const auto at = [](Date d) { return static_cast<int64_t>(d.days()) * 86400 + 9 * 3600; };

  // The first look notes the quarter: subscribing mails nothing out.
  EXPECT_FALSE(runMembersReportSchedule(db_.db(), at(after_end)));
  EXPECT_EQ(subs.schedule().seen_period, latest.label);

  // On day 5 of the month after the quarter: not on the 4th, once on the 5th.
  subs.setSchedule(ReportScheduleMode::kDay, 5, "admin", nowSeconds());
  const Date day5 = Date::fromCivil(after_end.year(), after_end.month(), 5);
  EXPECT_FALSE(runMembersReportSchedule(db_.db(), at(day5.plusDays(-1))));
  const auto sent = runMembersReportSchedule(db_.db(), at(day5));
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->period, latest.label);
  EXPECT_FALSE(runMembersReportSchedule(db_.db(), at(day5.plusDays(1)))) << "never twice for a period";

  // When the figures arrive: a quarter newer than the one seen is sent,
  // unless the schedule sent it already.
  subs.setSchedule(ReportScheduleMode::kReady, 5, "admin", nowSeconds());
  subs.setSeenPeriod("2020-Q1");
  EXPECT_FALSE(runMembersReportSchedule(db_.db(), at(day5))) << latest.label << " went on the day already";
  EXPECT_EQ(subs.schedule().seen_period, latest.label);
  // An admin's send now does not count as the schedule's.
  const auto rows = subs.sendings(10);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].reason, "day");
  EXPECT_EQ(rows[0].created_by, kScheduleActor);

  // The server's sender runs the schedule itself and sends the queued one once.
  SmtpServer smtp;
  {
    mail::MailSender s(db_.url(), sender(smtp));
    EXPECT_EQ(s.sendDue(), 1);
    EXPECT_EQ(s.sendDue(), 0);
  }
  ASSERT_EQ(smtp.messages().size(), 1u);
  EXPECT_EQ(hc::testing::parseMail(smtp.messages()[0])->getValue<std::string>("to"), "cllr.jones@northshire.example");
}

TEST_F(MembersReportMailTest, ANewQuarterIsSentWhenReadyAndNothingGoesWithoutSubscribers) {
  const metrics::Period latest = *latestCompleteQuarter(db_.db(), nullptr);
  ReportSubscriptions subs(db_.db());
  subs.setSeenPeriod("2020-Q1");
  EXPECT_FALSE(runMembersReportSchedule(db_.db(), nowSeconds())) << "nobody subscribed";
  EXPECT_TRUE(subs.sendings(10).empty());
  const SendingOutcome none = queueMembersReport(db_.db(), std::nullopt, "now", "admin", nowSeconds());
  EXPECT_FALSE(none.queued);
  EXPECT_NE(none.problem.find("No one is subscribed"), std::string::npos);

  ASSERT_TRUE(subs.addAddress("cllr.jones@northshire.example", "admin", nowSeconds()));
  subs.setSeenPeriod("2020-Q1");
  const auto sent = runMembersReportSchedule(db_.db(), nowSeconds());
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->period, latest.label);
  EXPECT_FALSE(runMembersReportSchedule(db_.db(), nowSeconds()));
  subs.setSeenPeriod("2020-Q1");
  EXPECT_FALSE(runMembersReportSchedule(db_.db(), nowSeconds())) << "never twice for a period";
  EXPECT_EQ(mail::MailQueue(db_.db()).list("", kMembersReportKind, 10).size(), 1u);
}

}  // namespace
}  // namespace hc::mailings

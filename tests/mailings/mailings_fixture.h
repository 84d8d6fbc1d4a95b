// The survey invitations by email against a real SMTP server
// (tests/support/smtp_server.h): a fresh migrated database with two teams
// and the shipped survey definitions, a run open for both, a sender with
// the mailings registered (run = false: the tests call sendDue() and the
// reminder schedule with times of their own), and helpers to read the
// links back out of the messages that arrived.
#ifndef HC_TESTS_MAILINGS_MAILINGS_FIXTURE_H_
#define HC_TESTS_MAILINGS_MAILINGS_FIXTURE_H_

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "core/utc_clock.h"
#include "mail/mail_sender.h"
#include "mailings/mailings.h"
#include "mailings/survey_invitation_mail.h"
#include "national/council_setting.h"
#include "store/schema.h"
#include "support/smtp_server.h"
#include "support/test_database.h"
#include "surveys/response_store.h"
#include "surveys/survey_catalogue.h"
#include "surveys/survey_runs.h"

namespace hc::mailings {

class MailingsTest : public ::testing::Test {
 protected:
  MailingsTest() : catalogue_(std::string(HC_SOURCE_DIR) + "/surveys") {
    store::migrate(db());
    exec("INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Team one', 'children')");
    exec("INSERT INTO teams (team_id, name, service) VALUES ('T2', 'Team two', 'children')");
    national::setCouncil(db(), "Northshire Council", std::nullopt);
    surveys::RunDetails details{"Workforce team, workforce@northshire.example", Date::fromCivil(2026, 12, 18)};
    run_ = surveys::SurveyRuns(db()).open(healthCheck(), "2026-Q3", Date::fromCivil(2026, 7, 1),
                                          Date::fromCivil(2026, 9, 30), {"T1", "T2"}, details);
  }

  store::Database& db() { return tdb_.db(); }
  const surveys::SurveyDefinition& healthCheck() const { return catalogue_.get("health-check"); }
  void exec(const std::string& sql) { db().prepare(sql)->execute(); }
  int64_t count(const std::string& sql) {
    auto st = db().prepare(sql);
    return st->step() ? st->getInt(0) : -1;
  }

  mail::MailSenderOptions senderOptions(const hc::testing::SmtpServer& smtp, int max_reminders = 2) {
    mail::MailSenderOptions o;
    o.settings.host = "127.0.0.1";
    o.settings.port = smtp.port();
    o.settings.tls = mail::TlsMode::kNone;
    o.settings.from = "Northshire health check <healthcheck@northshire.example>";
    o.run = false;
    MailingsOptions m;
    m.base_url = "https://hc.northshire.example/";
    m.max_reminders = max_reminders;
    addMailings(o, m);
    return o;
  }

  EmailInviteOutcome invite(const std::string& team, const std::vector<std::string>& addresses) {
    return inviteByEmail(db(), run_.run_id, team, addresses, "admin", nowSeconds());
  }

  // The survey link's token in a message's text part ("" when none).
  static std::string tokenIn(const std::string& message) {
    const Poco::JSON::Object::Ptr m = hc::testing::parseMail(message);
    const std::string text = m->getArray("parts")->getObject(0)->getValue<std::string>("text");
    std::smatch match;
    if (!std::regex_search(text, match, std::regex("https://hc\\.northshire\\.example/s/([0-9a-f]{32})")))
      return "";
    return match[1];
  }
  static std::string recipientOf(const std::string& message) {
    return hc::testing::parseMail(message)->getValue<std::string>("to");
  }

  // Answers everything through the link and submits it.
  surveys::SubmitOutcome respond(const std::string& token) {
    surveys::ResponseStore store(db());
    const surveys::Link link = store.resolve(token);
    std::vector<std::string> ids;
    surveys::Answers answers;
    for (const surveys::Question* q : healthCheck().questions()) {
      ids.push_back(q->id);
      if (q->kind == surveys::Question::Kind::kScale) answers[q->id] = "4";
    }
    store.saveDraft(link, ids, answers);
    return store.submit(link, healthCheck());
  }

  hc::testing::TestDatabase tdb_;
  surveys::SurveyCatalogue catalogue_;
  surveys::SurveyRun run_;
};

}  // namespace hc::mailings

#endif  // HC_TESTS_MAILINGS_MAILINGS_FIXTURE_H_

// A team's open link through the application's routes: one response per
// browser (a cookie set when the form starts: a browser that answered is
// told so, one that started is sent back to its own link) and a limit on
// starts per client address and hour.
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "store/schema.h"
#include "support/test_database.h"
#include "surveys/open_link_limit.h"
#include "surveys/survey_runs.h"
#include "web/web_app.h"

namespace hc::web {
namespace {

// One browser: its cookies (all paths alike: the requests here are all on
// one open link and its own link), its last CSRF field and its address.
struct Browser {
  std::map<std::string, std::string> cookies;
  std::string csrf;
  std::string address = "192.0.2.10";
};

class OpenLinkTest : public ::testing::Test {
 protected:
  OpenLinkTest() {
    store::migrate(test_db_.db());
    test_db_.db().prepare("INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Team one', 'children')")->execute();
    test_db_.db().prepare("INSERT INTO teams (team_id, name, service) VALUES ('T2', 'Team two', 'children')")->execute();
    WebAppOptions options;
    options.db_url = test_db_.url();
    options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
    options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
    app_ = std::make_unique<WebApp>(options);
    surveys::SurveyRuns runs(test_db_.db());
    run_ = runs.open(app_->catalogue().get("health-check"), "2025-Q3", Date::fromCivil(2025, 7, 1),
                     Date::fromCivil(2025, 9, 30), {"T1", "T2"})
               .run_id;
    open_ = runs.openLink(run_, "T1");
  }

  http::Response send(Browser& b, const std::string& method, const std::string& path,
                      std::map<std::string, std::string> form = {}) {
    http::Request r{method, path};
    r.cookies = b.cookies;
    r.client_address = b.address;
    r.form = std::move(form);
    if (method == "POST") r.form["csrf"] = b.csrf;
    http::Response response = app_->handle(r);
    for (const auto& [k, v] : response.headers) {
      if (k != "Set-Cookie") continue;
      const size_t eq = v.find('=');
      b.cookies[v.substr(0, eq)] = v.substr(eq + 1, v.find(';') - eq - 1);
    }
    std::smatch m;
    if (std::regex_search(response.body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) b.csrf = m[1];
    return response;
  }

  // Starts from the open link: the start page, then its button.
  http::Response start(Browser& b) {
    send(b, "GET", "/o/" + open_);
    return send(b, "POST", "/o/" + open_);
  }

  // Answers every section of the link at `own_base` ("/s/TOKEN") and sends it.
  void answerAll(Browser& b, const std::string& own_base) {
    const auto& survey = app_->catalogue().get("health-check");
    for (size_t n = 1; n <= survey.sections.size(); ++n) {
      send(b, "GET", own_base + "/" + std::to_string(n));
      std::map<std::string, std::string> form;
      for (const auto& q : survey.sections[n - 1].questions)
        form[q.id] = q.kind == surveys::Question::Kind::kText ? "Fine" : "4";
      ASSERT_EQ(send(b, "POST", own_base + "/" + std::to_string(n), form).status, 303) << n;
    }
    send(b, "GET", own_base + "/check");
    ASSERT_EQ(send(b, "POST", own_base + "/check").header("Location"), "/thank-you");
  }

  int64_t count(const std::string& sql) {
    auto st = test_db_.db().prepare(sql);
    int64_t n = -1;
    while (st->step()) n = st->getInt(0);
    return n;
  }

  testing::TestDatabase test_db_;
  std::unique_ptr<WebApp> app_;
  std::string run_, open_;
};

TEST_F(OpenLinkTest, ABrowserThatAnsweredIsToldSoAndCannotStartAgain) {
  Browser b;
  http::Response go = start(b);
  ASSERT_EQ(go.status, 303);
  const std::string own_base = go.header("Location").substr(0, go.header("Location").rfind('/'));
  std::string cookie;
  for (const auto& [k, v] : go.headers)
    if (k == "Set-Cookie" && v.rfind("hc_open_start=", 0) == 0) cookie = v;
  EXPECT_NE(cookie.find("Path=/o/" + open_ + ";"), std::string::npos) << "sent back to this open link only: " << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  answerAll(b, own_base);
  ASSERT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 1);

  http::Response again = send(b, "GET", "/o/" + open_);
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("You have already answered this survey"), std::string::npos);
  EXPECT_EQ(again.body.find("Start now"), std::string::npos);
  // Posting the start form's button directly is refused the same way.
  EXPECT_EQ(send(b, "POST", "/o/" + open_).status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE kind = 'open_link'"), 1);

  // Another browser (a colleague's) still answers.
  Browser other;
  EXPECT_EQ(start(other).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE kind = 'open_link'"), 2);
}

TEST_F(OpenLinkTest, ABrowserThatStartedIsSentBackToItsOwnLink) {
  Browser b;
  const std::string own = start(b).header("Location");
  const std::string own_base = own.substr(0, own.rfind('/'));
  const auto& survey = app_->catalogue().get("health-check");
  std::map<std::string, std::string> first;
  for (const auto& q : survey.sections[0].questions) first[q.id] = q.kind == surveys::Question::Kind::kText ? "" : "2";
  send(b, "GET", own);
  ASSERT_EQ(send(b, "POST", own, first).status, 303);

  http::Response again = send(b, "GET", "/o/" + open_);
  ASSERT_EQ(again.status, 303);
  EXPECT_EQ(again.header("Location"), own_base) << "carry on where it was left";
  EXPECT_NE(send(b, "GET", own_base).body.find("Continue"), std::string::npos);
  EXPECT_EQ(send(b, "POST", "/o/" + open_).header("Location"), own_base);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE kind = 'open_link'"), 1) << "no second link";
}

TEST_F(OpenLinkTest, ACookieForAnotherTeamsLinkOrAMadeUpOneIsIgnored) {
  surveys::SurveyRuns runs(test_db_.db());
  const std::string other_team_link = runs.invite(run_, "T2", 1).front();
  Browser b;
  b.cookies["hc_open_start"] = other_team_link;
  EXPECT_EQ(send(b, "GET", "/o/" + open_).status, 200);
  b.cookies["hc_open_start"] = "not a token";
  EXPECT_EQ(start(b).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE kind = 'open_link'"), 1);
}

TEST_F(OpenLinkTest, StartsFromOneAddressAreLimitedPerHour) {
  for (int i = 0; i < surveys::kOpenLinkStartsPerAddressHour; ++i) {
    Browser fresh;  // cookies cleared each time, as a script would
    ASSERT_EQ(start(fresh).status, 303) << i;
  }
  Browser one_more;
  http::Response refused = start(one_more);
  EXPECT_EQ(refused.status, 429);
  EXPECT_NE(refused.body.find("Too many people have started this survey from your network"), std::string::npos);
  const int retry = std::stoi(refused.header("Retry-After"));
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 3600);
  Browser elsewhere;
  elsewhere.address = "198.51.100.20";
  EXPECT_EQ(start(elsewhere).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE kind = 'open_link'"),
            surveys::kOpenLinkStartsPerAddressHour + 1);
}

TEST(OpenLinkLimitTest, CountsPerLinkAndAddressAndStartsAfreshEachHour) {
  surveys::OpenLinkLimit limit(2);
  const int64_t t = 7200 * 1000;
  EXPECT_TRUE(limit.admit("link-a", "192.0.2.1", t));
  EXPECT_TRUE(limit.admit("link-a", "192.0.2.1", t + 10));
  EXPECT_FALSE(limit.admit("link-a", "192.0.2.1", t + 20));
  EXPECT_TRUE(limit.admit("link-b", "192.0.2.1", t + 20)) << "another team's link counts apart";
  EXPECT_TRUE(limit.admit("link-a", "192.0.2.2", t + 20)) << "another address counts apart";
  EXPECT_TRUE(limit.admit("link-a", "192.0.2.1", t + 3600)) << "a new hour";
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(limit.admit("link-a", "", t)) << "no address, no count";
}

}  // namespace
}  // namespace hc::web

// The admin area's survey pages (/admin/surveys...): opening a run with the
// command line's checks, issuing links, a run's status, closing,
// publishing and unpublishing, each audited, each refused to everyone but
// an admin and to a POST without the form's CSRF token.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "access/access_scope.h"
#include "access/audit_log.h"
#include "access_fixture.h"
#include "surveys/survey_publication.h"
#include "surveys/survey_runs.h"
#include "surveys/tokens.h"

namespace hc::web {
namespace {

const char* const kRun = "health-check-2026-Q3";

class AdminSurveysTest : public AccessWebTest {
 protected:
  AdminSurveysTest() {
    addUser("admin", access::Role::kAdmin);
    signIn("admin");
  }

  void signIn(const std::string& user) {
    cookies_.clear();
    cookies_[http::kSessionCookie] = access::SessionStore(test_db_.db()).create(user, nowSeconds());
    go("GET", "/admin/surveys");  // the CSRF cookie and a token
  }

  // A browser's request: the query split out, the form both as the first
  // value of each name and as every field in order (checkboxes).
  http::Response go(const std::string& method, const std::string& path,
                    std::vector<std::pair<std::string, std::string>> fields = {}, bool with_csrf = true) {
    http::Request r{method, path};
    r.host = "hc.example";
    if (const auto q = path.find('?'); q != std::string::npos) {
      r.path = path.substr(0, q);
      std::stringstream in(path.substr(q + 1));
      for (std::string pair; std::getline(in, pair, '&');) {
        const auto eq = pair.find('=');
        std::string value = pair.substr(eq + 1);
        value = std::regex_replace(value, std::regex("%2F"), "/");
        r.query.emplace(pair.substr(0, eq), value);
      }
    }
    r.cookies = cookies_;
    if (method == "POST" && with_csrf) fields.emplace_back("csrf", csrf_);
    for (const auto& [k, v] : fields) {
      r.form.emplace(k, v);
      r.form_fields.emplace_back(k, v);
    }
    http::Response response = app_->handle(r);
    for (const auto& [k, v] : response.headers) {
      if (k != "Set-Cookie") continue;
      const std::string name = v.substr(0, v.find('='));
      cookies_[name] = v.substr(v.find('=') + 1, v.find(';') - v.find('=') - 1);
    }
    std::smatch m;
    if (std::regex_search(response.body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) csrf_ = m[1];
    return response;
  }

  http::Response openRun(std::vector<std::pair<std::string, std::string>> fields) {
    go("GET", "/admin/surveys/open");
    return go("POST", "/admin/surveys/open", std::move(fields));
  }

  void openGoodRun() {
    const http::Response r = openRun({{"survey", "health-check"}, {"period", "2026-Q3"}, {"teams", "all"},
                                      {"contact", "Workforce team"}, {"closes", "2099-10-31"}});
    ASSERT_EQ(r.status, 303) << r.body;
    ASSERT_EQ(r.header("Location"), "/admin/surveys/run?run=health-check-2026-Q3&opened=1");
  }

  // The links of a CSV downloaded for `team`.
  std::vector<std::string> issueLinks(const std::string& team, int count) {
    go("GET", std::string("/admin/surveys/links?run=") + kRun);
    const http::Response r =
        go("POST", "/admin/surveys/links", {{"run", kRun}, {"team", team}, {"how", "links"}, {"count", std::to_string(count)}});
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
    EXPECT_NE(r.header("Content-Disposition").find("attachment"), std::string::npos);
    std::vector<std::string> links;
    std::stringstream in(r.body);
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "team_id,link");
    while (std::getline(in, line)) links.push_back(line.substr(line.find(',') + 1));
    return links;
  }

  // Answers every section of a single-use link and sends it.
  void answer(const std::string& link) {
    const std::string base = link.substr(std::string("http://hc.example").size());
    const auto& survey = app_->catalogue().get("health-check");
    auto answers = [&](size_t n) {
      std::vector<std::pair<std::string, std::string>> form;
      for (const auto& q : survey.sections[n - 1].questions)
        form.emplace_back(q.id, q.kind == surveys::Question::Kind::kText ? "Fine" : "4");
      return form;
    };
    for (size_t n = 1; n <= survey.sections.size(); ++n) {
      go("GET", base + "/" + std::to_string(n));
      ASSERT_EQ(go("POST", base + "/" + std::to_string(n), answers(n)).status, 303) << n;
    }
    go("GET", base + "/check");
    ASSERT_EQ(go("POST", base + "/check").header("Location"), "/thank-you");
  }

  int64_t count(const std::string& sql) {
    auto st = test_db_.db().prepare(sql);
    int64_t n = -1;
    while (st->step()) n = st->getInt(0);
    return n;
  }

  std::vector<std::string> surveyAudit() {
    std::vector<std::string> out;
    for (const auto& e : access::AuditLog(test_db_.db()).since("2000-01-01"))
      if (e.action == access::audit_action::kSurveyChange) out.push_back(e.actor + " " + e.subject + " " + e.detail);
    return out;
  }
};

TEST_F(AdminSurveysTest, OpeningWithBadInputNamesEveryFieldAndStoresNothing) {
  http::Response r = openRun({{"survey", "no-such-survey"}, {"period", "2026-Q9"}, {"teams", "chosen"},
                              {"contact", std::string(201, 'x')}, {"closes", "31/10/2026"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("<title>Error: "), std::string::npos);
  for (const char* field : {"survey", "period", "teams", "contact", "closes"})
    EXPECT_NE(r.body.find(std::string("href=\"#") + field + "\""), std::string::npos) << field;
  EXPECT_NE(r.body.find("&#39;no-such-survey&#39; is not a survey of the catalogue (known: health-check"),
            std::string::npos);
  EXPECT_NE(r.body.find("Enter the period as 2026-Q3"), std::string::npos);
  EXPECT_NE(r.body.find("Select at least one team, or all teams"), std::string::npos);
  EXPECT_NE(r.body.find("The contact must be 200 characters or fewer"), std::string::npos);
  EXPECT_NE(r.body.find("Enter the closing date as YYYY-MM-DD"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"2026-Q9\""), std::string::npos) << "what was typed is kept";

  r = openRun({{"survey", ""}, {"period", ""}, {"teams", "chosen"}, {"team", "T9"}, {"closes", "2001-01-01"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("Select the survey to open"), std::string::npos);
  EXPECT_NE(r.body.find("Enter the period the survey asks about"), std::string::npos);
  EXPECT_NE(r.body.find("&#39;T9&#39; is not a known team"), std::string::npos);
  EXPECT_NE(r.body.find("The closing date must be today"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_runs"), 0);

  openGoodRun();
  r = openRun({{"survey", "health-check"}, {"period", "2026-Q3"}, {"teams", "all"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("A run of this survey for 2026-Q3 already exists"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_runs"), 1);
  EXPECT_TRUE(surveyAudit().size() == 1) << "the refused openings wrote no audit row";
}

TEST_F(AdminSurveysTest, OpensForTheTeamsChosenWithContactAndClosingDate) {
  const http::Response r = openRun({{"survey", "health-check"}, {"period", "2026-Q3"}, {"teams", "chosen"},
                                    {"team", "T2"}, {"contact", "Workforce team"}, {"closes", "2099-10-31"}});
  ASSERT_EQ(r.status, 303) << r.body;
  surveys::SurveyRuns runs(test_db_.db());
  EXPECT_EQ(runs.teams(kRun), std::vector<std::string>{"T2"});
  ASSERT_TRUE(runs.get(kRun).closes_on);
  EXPECT_EQ(runs.get(kRun).closes_on->iso(), "2099-10-31");
  EXPECT_EQ(surveys::surveyContact(test_db_.db(), kRun), "Workforce team");
  const http::Response page = go("GET", r.header("Location"));
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("The survey is open"), std::string::npos);
  EXPECT_NE(page.body.find("2099-10-31"), std::string::npos);
  EXPECT_EQ(go("GET", "/admin/surveys").body.find("2099-10-31") != std::string::npos, true);
}

TEST_F(AdminSurveysTest, IssuedLinksAreACsvOfWorkingLinksStoredOnlyAsHashes) {
  openGoodRun();
  const std::vector<std::string> links = issueLinks("T1", 3);
  ASSERT_EQ(links.size(), 3u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE team_id = 'T1' AND kind = 'invitation'"), 3);
  for (const std::string& link : links) {
    ASSERT_EQ(link.rfind("http://hc.example/s/", 0), 0u) << link;
    const std::string token = link.substr(link.rfind('/') + 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE token_hash = '" + surveys::tokenHash(token) + "'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE token_hash = '" + token + "'"), 0);
    EXPECT_EQ(go("GET", "/s/" + token).status, 200) << "the staff form opens on the link";
  }
  // The open link instead: a page showing it once.
  const http::Response open = go("POST", "/admin/surveys/links", {{"run", kRun}, {"team", "T2"}, {"how", "open"}});
  EXPECT_EQ(open.status, 200);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(open.body, m, std::regex("http://hc.example/o/([0-9a-f]{32})")));
  EXPECT_EQ(go("GET", "/o/" + m[1].str()).status, 200);
  EXPECT_EQ(surveyAudit(), (std::vector<std::string>{"admin health-check-2026-Q3 open: 2 team(s)",
                                                     "admin health-check-2026-Q3 invite: 3 link(s) for T1",
                                                     "admin health-check-2026-Q3 invite: an open link for T2"}));
}

TEST_F(AdminSurveysTest, BadLinkRequestsAreRefusedOnThePage) {
  openGoodRun();
  http::Response r = go("POST", "/admin/surveys/links", {{"run", kRun}, {"team", ""}, {"how", "links"}, {"count", "x"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("Select the team the links are for"), std::string::npos);
  EXPECT_NE(r.body.find("Enter how many links as a whole number, 1 to 10000"), std::string::npos);
  r = go("POST", "/admin/surveys/links", {{"run", kRun}, {"team", "T1"}, {"how", "links"}, {"count", "10001"}});
  EXPECT_EQ(r.status, 400);
  r = go("POST", "/admin/surveys/links", {{"run", kRun}, {"team", "T9"}, {"how", "links"}, {"count", "2"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find("team &#39;T9&#39; is not part of survey run"), std::string::npos) << "SurveyRuns' own check";
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations"), 0);
}

TEST_F(AdminSurveysTest, TheStatusPageCountsAResponseAndNamesTeamsTooSmall) {
  openGoodRun();
  const std::vector<std::string> links = issueLinks("T1", 2);
  answer(links[0]);
  const http::Response page = go("GET", std::string("/admin/surveys/run?run=") + kRun);
  ASSERT_EQ(page.status, 200);
  std::smatch row;
  ASSERT_TRUE(std::regex_search(page.body, row, std::regex("<tr[^>]*id=\"survey-run-1-T1\"[^>]*>(.*?)</tr>")));
  std::vector<std::string> cells;
  const std::string text = row[1].str();
  const std::regex cell(">([^<>]+)</td>");
  for (std::sregex_iterator it(text.begin(), text.end(), cell), end; it != end; ++it)
    cells.push_back((*it)[1]);
  EXPECT_EQ(cells, (std::vector<std::string>{"2", "1", "1", "0", "No staff in post"}));
  EXPECT_NE(page.body.find("Team one and Team two have fewer than 5 staff in post"), std::string::npos);
}

TEST_F(AdminSurveysTest, ClosingDeletesWhatItsConfirmationSays) {
  openGoodRun();
  const std::vector<std::string> links = issueLinks("T1", 3);
  answer(links[0]);
  // A draft: the first section of the second link saved, never sent.
  const std::string second = links[1].substr(std::string("http://hc.example").size());
  const auto& survey = app_->catalogue().get("health-check");
  std::vector<std::pair<std::string, std::string>> first;
  for (const auto& q : survey.sections[0].questions)
    if (q.kind != surveys::Question::Kind::kText) first.emplace_back(q.id, "3");
  go("GET", second + "/1");
  ASSERT_EQ(go("POST", second + "/1", first).status, 303);
  ASSERT_GT(count("SELECT COUNT(*) FROM survey_drafts"), 0);

  const http::Response confirm = go("GET", std::string("/admin/surveys/close?run=") + kRun);
  ASSERT_EQ(confirm.status, 200);
  EXPECT_NE(confirm.body.find("deletes the answers saved on 1 link started but not submitted"), std::string::npos);
  EXPECT_NE(confirm.body.find("stops the 2 single-use links not yet submitted from working"), std::string::npos);
  EXPECT_NE(confirm.body.find("keeps the 1 response submitted"), std::string::npos);
  EXPECT_EQ(surveys::SurveyRuns(test_db_.db()).get(kRun).open, true) << "the confirmation page changes nothing";

  const http::Response closed = go("POST", "/admin/surveys/close", {{"run", kRun}});
  ASSERT_EQ(closed.status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 1);
  EXPECT_FALSE(surveys::SurveyRuns(test_db_.db()).get(kRun).open);
  EXPECT_NE(go("GET", links[2].substr(std::string("http://hc.example").size())).status, 200);
  EXPECT_NE(go("GET", closed.header("Location")).body.find("The survey is closed"), std::string::npos);
  EXPECT_EQ(go("POST", "/admin/surveys/close", {{"run", kRun}}).status, 409) << "closed already";
  EXPECT_EQ(surveyAudit().back(), "admin health-check-2026-Q3 close: 1 draft(s) deleted, 2 unused link(s) stopped");
}

TEST_F(AdminSurveysTest, PublishingShowsAWorkingLinkOnceAndUnpublishingTakesItDown) {
  openGoodRun();
  EXPECT_EQ(go("POST", "/admin/surveys/publish", {{"run", kRun}}).status, 409) << "open: the CLI refuses it too";
  EXPECT_FALSE(surveys::isPublished(test_db_.db(), kRun));
  go("POST", "/admin/surveys/close", {{"run", kRun}});
  EXPECT_EQ(go("GET", std::string("/admin/surveys/publish?run=") + kRun).status, 200);
  const http::Response published = go("POST", "/admin/surveys/publish", {{"run", kRun}});
  ASSERT_EQ(published.status, 200);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(published.body, m, std::regex("http://hc.example/r/([0-9a-f]{32})")));
  const std::string token = m[1];
  EXPECT_EQ(go("GET", "/r/" + token).status, 200);
  const http::Response run_page = go("GET", std::string("/admin/surveys/run?run=") + kRun);
  EXPECT_EQ(run_page.body.find(token), std::string::npos) << "shown once";
  EXPECT_EQ(go("GET", "/admin/surveys").body.find(token), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_publications WHERE link_hash = '" + token + "'"), 0);

  EXPECT_EQ(go("GET", std::string("/admin/surveys/unpublish?run=") + kRun).status, 200);
  ASSERT_EQ(go("POST", "/admin/surveys/unpublish", {{"run", kRun}}).status, 303);
  EXPECT_EQ(go("GET", "/r/" + token).status, 404);
  EXPECT_EQ(go("POST", "/admin/surveys/unpublish", {{"run", kRun}}).status, 409);
  const auto audit = surveyAudit();
  ASSERT_GE(audit.size(), 3u);
  EXPECT_EQ(audit[audit.size() - 2], "admin health-check-2026-Q3 publish: results page for staff");
  EXPECT_EQ(audit.back(), "admin health-check-2026-Q3 unpublish: results page for staff taken down");
}

TEST_F(AdminSurveysTest, ATeamWithMoreResponsesThanStaffIsReviewedFromItsRunPage) {
  test_db_.db().prepare("INSERT INTO staff (staff_id, team_id, role, employment, fte, start_date) "
                        "VALUES ('S1', 'T1', 'social_worker', 'permanent', 1.0, '2020-01-01')")->execute();
  openGoodRun();
  const http::Response open = go("POST", "/admin/surveys/links", {{"run", kRun}, {"team", "T1"}, {"how", "open"}});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(open.body, m, std::regex("http://hc.example/o/([0-9a-f]{32})")));
  const std::string open_link = "/o/" + m[1].str();
  for (int person = 0; person < 2; ++person) {
    cookies_.erase("hc_open_start");  // another browser's start
    go("GET", open_link);
    const http::Response started = go("POST", open_link);
    ASSERT_EQ(started.status, 303) << started.body;
    const std::string own = started.header("Location");
    answer("http://hc.example" + own.substr(0, own.rfind('/')));
  }
  const std::string review = std::string("/admin/surveys/review?run=") + kRun + "&team=T1";
  EXPECT_NE(go("GET", std::string("/admin/surveys/run?run=") + kRun).body.find("Review the responses of Team one"),
            std::string::npos);
  const http::Response confirm = go("GET", review);
  ASSERT_EQ(confirm.status, 200);
  EXPECT_NE(confirm.body.find("Team T1 has 2 responses and 1 member of staff in post"), std::string::npos);
  EXPECT_EQ(count("SELECT reviewed_responses FROM survey_run_teams WHERE team_id = 'T1'"), 0);
  ASSERT_EQ(go("POST", "/admin/surveys/review", {{"run", kRun}, {"team", "T1"}}).status, 303);
  EXPECT_EQ(count("SELECT reviewed_responses FROM survey_run_teams WHERE team_id = 'T1'"), 2);
  EXPECT_EQ(surveyAudit().back(), "admin health-check-2026-Q3 review: 2 response(s) of T1 accepted");
  EXPECT_EQ(go("GET", std::string("/admin/surveys/run?run=") + kRun).body.find("Review the responses of"),
            std::string::npos) << "reviewed: no step left";
  // A team not flagged: refused, as `survey review` refuses it.
  EXPECT_EQ(go("POST", "/admin/surveys/review", {{"run", kRun}, {"team", "T2"}}).status, 409);
}

TEST_F(AdminSurveysTest, EveryRouteRefusesAllButAdminsAndEveryPostNeedsItsToken) {
  addUser("member", access::Role::kMember);
  addUser("manager", access::Role::kManager, {"T1"});
  addUser("director", access::Role::kDirector);
  addUser("analyst", access::Role::kAnalyst);
  openGoodRun();
  int routes = 0;
  for (const http::Route& route : app_->router().routes()) {
    if (route.pattern.rfind("/admin/surveys", 0) != 0) continue;
    ++routes;
    EXPECT_EQ(route.access, access::access_tag::kAdmin) << route.pattern;
    const std::string path = route.pattern + "?run=" + kRun + "&team=T1";
    for (const char* who : {"member", "manager", "director", "analyst"}) {
      signIn(who);
      const http::Response r = go(route.method, path, {{"run", kRun}, {"team", "T1"}});
      EXPECT_EQ(r.status, 403) << who << " " << route.method << " " << route.pattern;
    }
    cookies_.erase(http::kSessionCookie);
    const http::Response anonymous = go(route.method, path, {{"run", kRun}});
    EXPECT_EQ(anonymous.status, 303) << route.pattern;
    EXPECT_EQ(anonymous.header("Location").rfind("/login", 0), 0u) << route.pattern;
    if (route.method == "POST") {
      signIn("admin");
      EXPECT_EQ(go("POST", route.pattern, {{"run", kRun}, {"team", "T1"}}, false).status, 403) << route.pattern;
    }
  }
  EXPECT_EQ(routes, 17);  // with the invitations by email page and its two forms
  EXPECT_TRUE(surveys::SurveyRuns(test_db_.db()).get(kRun).open) << "no refused request changed anything";
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations"), 0);
}

}  // namespace
}  // namespace hc::web

// The dashboard's staff survey page through the application's routes: a
// run of the shipped health-check survey with twelve responses from one
// team (shown question by question) and two from another (suppressed),
// and the page's rendering of comments for viewers who may and may not
// see them.
#include <gtest/gtest.h>

#include <filesystem>

#include "access/session_store.h"
#include "access/user_store.h"
#include "core/utc_clock.h"
#include "reports/xlsx_reader.h"
#include "surveys/survey_fixture.h"
#include "web/account/auth_filter.h"
#include "web/dashboard/dashboard_survey.h"
#include "web/web_app.h"

namespace hc::web {
namespace {

class DashboardSurveyTest : public surveys::SurveyTest {
 protected:
  void SetUp() override {
    // T1 (children's, 20 in post) answers enough; T3 (adults', alone in its
    // service, so no complementary suppression) answers too few.
    run_ = openRun({"T1", "T3"}).run_id;
    for (int i = 0; i < 12; ++i) respond(run_, "T1", allAnswers("4", "Comment number " + std::to_string(i)));
    for (int i = 0; i < 2; ++i) respond(run_, "T3", allAnswers("2", "Small team comment"));
    WebAppOptions options;
    options.db_url = test_db_.url();
    options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
    options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
    app_ = std::make_unique<WebApp>(options);
    signed_in_ = app_->router();  // a copy with the sign-in filter, for viewers with roles
    app_->router().setFilter({});  // the pages, not who may see them (access_routes_test walks that)
  }

  http::Response get(std::map<std::string, std::string> query) {
    http::Request r;
    r.method = "GET";
    r.path = "/dashboard/survey";
    r.query = std::move(query);
    return app_->handle(r);
  }

  // The <tr> of a scope in the response-rate table.
  static std::string row(const std::string& body, const std::string& scope) {
    const size_t at = body.find("id=\"survey-row-" + scope + "\"");
    if (at == std::string::npos) return "";
    return body.substr(at, body.find("</tr>", at) - at);
  }

  // The page for `team` as a signed-in user of `role` managing `teams`,
  // through the sign-in filter (which puts the user on the request).
  std::string as(access::Role role, std::set<std::string> teams, const std::string& team) {
    access::User u;
    u.username = std::string(access::roleName(role)) + std::to_string(++users_);
    u.role = role;
    u.teams = std::move(teams);
    access::UserStore(db()).add(u, "!");
    http::Request r{"GET", "/dashboard/survey"};
    r.query = {{"period", "2025-Q3"}, {"team", team}};
    r.cookies[http::kSessionCookie] = access::SessionStore(db()).create(u.username, nowSeconds());
    std::string route;
    const http::Response response = signed_in_.dispatch(r, route);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.body;
  }

  std::string run_;
  int users_ = 0;
  http::Router signed_in_;
  std::unique_ptr<WebApp> app_;
};

TEST_F(DashboardSurveyTest, RouteIsTaggedForTheDashboard) {
  http::Request r{"GET", "/dashboard/survey"};
  bool known = false;
  const http::Route* route = app_->router().match(r, known);
  ASSERT_NE(route, nullptr);
  EXPECT_EQ(route->access, "dashboard");
}

TEST_F(DashboardSurveyTest, ShowsResponseRatesAndSuppressesTheSmallTeam) {
  const http::Response r = get({{"period", "2025-Q3"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("Staff survey: 2025-Q3"), std::string::npos);
  const std::string t1 = row(r.body, "T1");
  ASSERT_FALSE(t1.empty()) << r.body;
  EXPECT_NE(t1.find("Team one"), std::string::npos);
  EXPECT_NE(t1.find(">12</td>"), std::string::npos) << t1;    // responses
  EXPECT_NE(t1.find(">20</td>"), std::string::npos) << t1;    // staff in post
  EXPECT_NE(t1.find(">60.0%</td>"), std::string::npos) << t1;   // 12 / 20
  EXPECT_NE(t1.find("out of 100"), std::string::npos) << t1;  // area scores
  const std::string t3 = row(r.body, "T3");
  ASSERT_FALSE(t3.empty());
  EXPECT_NE(t3.find("fewer than 5 responses: not shown"), std::string::npos) << t3;
  EXPECT_EQ(t3.find("out of 100"), std::string::npos) << t3;
  // The council's answers question by question: everyone answered 4 or 2.
  EXPECT_NE(r.body.find("Question by question: The council"), std::string::npos);
  EXPECT_NE(r.body.find("<th scope=\"row\" class=\"govuk-table__header\">My caseload is manageable.</th>"),
            std::string::npos);
  // Without a signed-in viewer who sees the scope unsuppressed: no comments.
  EXPECT_EQ(r.body.find("Comment number"), std::string::npos);
}

// More responses than staff (an open link used more than once): said
// beside the team's response rate, and that it is not rated yet.
TEST_F(DashboardSurveyTest, ATeamWithMoreResponsesThanStaffIsFlagged) {
  for (int i = 0; i < 9; ++i) respond(run_, "T1", allAnswers("5"));  // 21 for 20 in post
  const http::Response r = get({{"period", "2025-Q3"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string t1 = row(r.body, "T1");
  EXPECT_NE(t1.find(">105.0%<br>more responses than staff: the open link may have been used more than once; not "
                    "rated until an administrator reviews it</td>"),
            std::string::npos)
      << t1;
  EXPECT_EQ(row(r.body, "T3").find("more responses than staff"), std::string::npos);
}

TEST_F(DashboardSurveyTest, ATeamsDistributionIsShownAndASmallTeamsIsNot) {
  const http::Response t1 = get({{"period", "2025-Q3"}, {"team", "T1"}});
  ASSERT_EQ(t1.status, 200);
  EXPECT_NE(t1.body.find("Question by question: Team one"), std::string::npos);
  const size_t caseload = t1.body.find("My caseload is manageable.</th>");
  ASSERT_NE(caseload, std::string::npos);
  const std::string answers = t1.body.substr(caseload, t1.body.find("</tr>", caseload) - caseload);
  EXPECT_NE(answers.find(": 100.0%"), std::string::npos) << answers;  // all twelve answered 4
  EXPECT_NE(answers.find(": 0.0%"), std::string::npos) << answers;
  EXPECT_NE(answers.find(">12</td>"), std::string::npos) << answers;

  const http::Response t3 = get({{"period", "2025-Q3"}, {"team", "T3"}});
  ASSERT_EQ(t3.status, 200);
  EXPECT_NE(t3.body.find("id=\"survey-suppressed\">Team three: fewer than 5 responses: not shown"), std::string::npos);
  EXPECT_EQ(t3.body.find("My caseload is manageable.</th>"), std::string::npos);
  EXPECT_EQ(t3.body.find("Small team comment"), std::string::npos);
}

TEST_F(DashboardSurveyTest, APeriodWithoutASurveySaysSo) {
  const http::Response r = get({{"period", "2024-Q1"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("id=\"survey-none\""), std::string::npos);
}

// Issue 24, item 4: without a period the page opens on the run taking
// answers, and links every run.
TEST_F(DashboardSurveyTest, OpensOnTheOpenRunAndLinksEveryRun) {
  surveys::SurveyRuns(db()).close(run_);
  surveys::SurveyRuns(db()).open(healthCheck(), "2025-Q4", Date::fromCivil(2025, 10, 1), Date::fromCivil(2025, 12, 31), {"T1"});
  const std::string body = get({}).body;
  EXPECT_NE(body.find("Staff survey: 2025-Q4"), std::string::npos) << body.substr(0, 3000);
  EXPECT_NE(body.find("Social work health check: staff survey (2025-Q4): open"), std::string::npos);
  const size_t runs = body.find("id=\"survey-run-links\"");
  ASSERT_NE(runs, std::string::npos);
  const std::string nav = body.substr(runs, body.find("</nav>", runs) - runs);
  EXPECT_NE(nav.find("href=\"/dashboard/survey?period=2025-Q4\" aria-current=\"page\""), std::string::npos) << nav;
  EXPECT_NE(nav.find("href=\"/dashboard/survey?period=2025-Q3\">"), std::string::npos) << nav;
  EXPECT_LT(nav.find("2025-Q4, open"), nav.find("2025-Q3, closed")) << "newest first";
  // A period asked for is kept.
  EXPECT_NE(get({{"period", "2025-Q3"}}).body.find("Staff survey: 2025-Q3"), std::string::npos);
}

TEST_F(DashboardSurveyTest, CommentsOnlyForViewersWhoSeeTheScopeUnsuppressed) {
  surveys::ResultsOptions options;
  const surveys::PeriodSurveys data = surveys::loadPeriodSurveys(
      db(), Date::fromCivil(2025, 7, 1), Date::fromCivil(2025, 9, 30), options, &catalogue_);
  ASSERT_EQ(data.runs.size(), 1u);
  dashboard::DashboardQuery q;
  q.period = *metrics::Period::parse("2025-Q3");
  const auto everyone = [](const std::string&, const std::string&) { return true; };
  const auto nobody = [](const std::string&, const std::string&) { return false; };
  const auto manages_t3 = [](const std::string& team, const std::string&) { return team == "T3"; };
  // Team one has 12 responses (at least 10): its comments, to a viewer who may.
  EXPECT_NE(dashboard::surveyHtml(data, q, "T1", {}, everyone).str().find("Comment number 11"), std::string::npos);
  EXPECT_EQ(dashboard::surveyHtml(data, q, "T1", {}, nobody).str().find("Comment number"), std::string::npos);
  EXPECT_EQ(dashboard::surveyHtml(data, q, "T1", {}, manages_t3).str().find("Comment number"), std::string::npos);
  // Team three's two responses carry no comments, even for its manager.
  const std::string t3 = dashboard::surveyHtml(data, q, "T3", {}, manages_t3).str();
  EXPECT_EQ(t3.find("Small team comment"), std::string::npos);
  // The council (14 responses): for directors, whose rule admits team "".
  const auto director = [](const std::string& team, const std::string&) { return team.empty(); };
  const std::string council = dashboard::surveyHtml(data, q, "", {}, director).str();
  EXPECT_NE(council.find("Comment number 0"), std::string::npos);
  EXPECT_NE(council.find("Small team comment"), std::string::npos);  // within the council's 14
}

TEST_F(DashboardSurveyTest, CommentsFollowTheViewersRole) {
  using access::Role;
  EXPECT_NE(as(Role::kDirector, {}, "").find("Comment number 0"), std::string::npos);  // the council's
  EXPECT_NE(as(Role::kDirector, {}, "T1").find("Comment number 0"), std::string::npos);
  // A manager: their own team's comments, not the council's or another's.
  EXPECT_NE(as(Role::kManager, {"T1"}, "T1").find("Comment number 0"), std::string::npos);
  EXPECT_EQ(as(Role::kManager, {"T1"}, "").find("Comment number"), std::string::npos);
  EXPECT_EQ(as(Role::kManager, {"T3"}, "T1").find("Comment number"), std::string::npos);
  // A member: published figures only, never comments; the figures still show.
  const std::string member = as(Role::kMember, {}, "T1");
  EXPECT_EQ(member.find("Comment number"), std::string::npos);
  EXPECT_NE(member.find("Question by question: Team one"), std::string::npos);
}

TEST_F(DashboardSurveyTest, TheMembersReportSaysWhatStaffToldUsWithoutComments) {
  http::Request r{"GET", "/report/members"};
  r.query = {{"period", "2025-Q3"}};
  const http::Response members = app_->handle(r);
  ASSERT_EQ(members.status, 200) << members.body;
  EXPECT_NE(members.body.find("<h2>What staff told us</h2>"), std::string::npos);
  EXPECT_NE(members.body.find("14 of the 20 staff in post answered (a response rate of 70.0%)."), std::string::npos);
  EXPECT_EQ(members.body.find("Comment number"), std::string::npos);
}

TEST_F(DashboardSurveyTest, TheDashboardsWorkbookDownloadHasTheStaffSurveySheet) {
  http::Request download{"GET", "/dashboard.xlsx"};
  download.query = {{"period", "2025-Q3"}};
  const http::Response r = app_->handle(download);
  ASSERT_EQ(r.status, 200);
  const std::string dir = testing::makeTempDir("hc-survey-download");
  testing::writeFile(dir + "/download.xlsx", r.body);
  const reports::testing::XlsxWorkbook book = reports::testing::readXlsx(dir + "/download.xlsx");
  ASSERT_TRUE(book.error.empty()) << book.error;
  const auto sheet = book.sheets.find("Staff survey");
  ASSERT_NE(sheet, book.sheets.end());
  EXPECT_EQ(sheet->second.cells.at("B6").text, "T1");
  EXPECT_DOUBLE_EQ(sheet->second.cells.at("G6").number, 60);  // 12 of 20
  EXPECT_EQ(sheet->second.cells.count("I7"), 0u);             // T3: two responses, blank
  std::filesystem::remove_all(dir);
}

TEST_F(DashboardSurveyTest, EscapesTeamNames) {
  exec("UPDATE teams SET name = '<b>Team one</b>' WHERE team_id = 'T1'");
  const http::Response r = get({{"period", "2025-Q3"}});
  EXPECT_EQ(r.body.find("<b>Team one</b>"), std::string::npos);
  EXPECT_NE(r.body.find("&lt;b&gt;Team one&lt;/b&gt;"), std::string::npos);
}

}  // namespace
}  // namespace hc::web

// The dashboard's action pages through the whole application (sign-in
// filter included): who may add and update which actions, CSRF, plain
// refusals; the team page's and overview's action facts; and the staff
// survey results page at its published link.
#include <gtest/gtest.h>

#include <algorithm>

#include "access/audit_log.h"
#include "access_fixture.h"
#include "actions/action_store.h"
#include "core/utc_clock.h"
#include "reports/figure_text.h"
#include "surveys/survey_catalogue.h"
#include "surveys/survey_publication.h"
#include "surveys/survey_runs.h"
#include "web/dashboard/dashboard_actions.h"

namespace hc::web {
namespace {

using http::Request;
using http::Response;

class ActionPagesTest : public AccessWebTest {
 protected:
  ActionPagesTest() {
    addUser("member", access::Role::kMember);
    addUser("manager-own", access::Role::kManager, {"T1"});
    addUser("manager-other", access::Role::kManager, {"T2"});
    addUser("director", access::Role::kDirector);
  }

  Response post(const std::string& user, const std::string& path, std::map<std::string, std::string> form) {
    Request r = as(user, "POST", path);
    for (auto& [k, v] : form) r.form[k] = v;
    return app_->handle(r);
  }
  Response get(const std::string& user, const std::string& path) {
    Request r = as(user, "GET", path);
    return app_->handle(r);
  }
  std::map<std::string, std::string> recruit(const std::string& scope) {
    return {{"scope", scope},    {"area", "workload"},        {"metric", "caseload_avg"},
            {"title", "Recruit two social workers"},           {"owner", "Team manager"},
            {"due", "2027-03-31"}, {"agreed_period", "2026-Q3"}};
  }
  std::vector<actions::StoredAction> stored() { return actions::ActionStore(test_db_.db()).list(); }
};

TEST_F(ActionPagesTest, DirectorAddsAnActionForAnyScopeAndIsAudited) {
  Response r = post("director", "/dashboard/actions", recruit("T2"));
  ASSERT_EQ(r.status, 303) << r.body;
  const auto list = stored();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(r.header("Location"), "/dashboard/actions/" + std::to_string(list[0].action.id));
  EXPECT_EQ(list[0].action.scope_id, "T2");
  EXPECT_EQ(list[0].action.title, "Recruit two social workers");
  EXPECT_EQ(list[0].changed_by, "director");
  EXPECT_EQ(post("director", "/dashboard/actions", recruit("council")).status, 303);
  const auto log = access::AuditLog(test_db_.db()).since("2000-01-01");
  int adds = 0;
  for (const auto& e : log) adds += e.action == "action-add" && e.actor == "director";
  EXPECT_EQ(adds, 2);
}

TEST_F(ActionPagesTest, ManagerAddsForOwnTeamButIsRefusedAnotherTeam) {
  EXPECT_EQ(post("manager-own", "/dashboard/actions", recruit("T1")).status, 303);
  Response r = post("manager-other", "/dashboard/actions", recruit("T1"));
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(r.body.find("You can add actions only for the teams and services you manage; T1 is not one of them."),
            std::string::npos);
  EXPECT_EQ(post("manager-own", "/dashboard/actions", recruit("council")).status, 403) << "managers never the council";
  EXPECT_EQ(stored().size(), 1u);
  // Nor may the other team's manager change T1's action, or a member anything.
  const std::string path = "/dashboard/actions/" + std::to_string(stored()[0].action.id);
  r = post("manager-other", path, {{"status", "done"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(r.body.find("You can change actions only for the teams and services you manage; T1 is not one of them."),
            std::string::npos);
  EXPECT_EQ(post("member", path, {{"status", "done"}}).status, 403);
  EXPECT_EQ(stored()[0].action.status, ActionStatus::kPlanned);
  // The form is offered to those who may use it only.
  EXPECT_NE(get("manager-own", path).body.find("Update this action"), std::string::npos);
  EXPECT_EQ(get("manager-other", path).body.find("Update this action"), std::string::npos);
  EXPECT_EQ(get("member", path).body.find("Update this action"), std::string::npos);
  EXPECT_EQ(get("member", "/dashboard/actions/new").status, 403);
  Request other_team = as("manager-other", "GET", "/dashboard/actions/new");
  other_team.query["scope"] = "T1";
  EXPECT_EQ(app_->handle(other_team).status, 403);
  other_team.query["scope"] = "T2";
  EXPECT_EQ(app_->handle(other_team).status, 200);
}

TEST_F(ActionPagesTest, APostWithoutTheUsersCsrfTokenStoresNothing) {
  Request r = as("director", "POST", "/dashboard/actions");
  for (auto& [k, v] : recruit("T1")) r.form[k] = v;
  r.form["csrf"] = app_->csrf().tokenFor(kCsrfCookie, "user:manager-own");  // another user's token
  EXPECT_EQ(app_->handle(r).status, 403);
  r.form.erase("csrf");
  EXPECT_EQ(app_->handle(r).status, 403);
  EXPECT_TRUE(stored().empty());
}

TEST_F(ActionPagesTest, UpdateAddsADatedNoteAndChangesStatus) {
  ASSERT_EQ(post("director", "/dashboard/actions", recruit("T1")).status, 303);
  const std::string path = "/dashboard/actions/" + std::to_string(stored()[0].action.id);
  Response r = post("manager-own", path, {{"status", "in_progress"}, {"due", "2027-04-30"}, {"note", "Posts advertised"}});
  ASSERT_EQ(r.status, 303) << r.body;
  const Action a = stored()[0].action;
  EXPECT_EQ(a.status, ActionStatus::kInProgress);
  EXPECT_EQ(a.due, *Date::parse("2027-04-30"));
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0].author, "manager-own");
  EXPECT_EQ(a.notes[0].date, utcToday());
  const std::string page = get("member", path).body;
  EXPECT_NE(page.find("Posts advertised"), std::string::npos);
  EXPECT_NE(page.find("In progress"), std::string::npos);
}

TEST_F(ActionPagesTest, WrongInputIsShownBackWithAPlainMessage) {
  auto form = recruit("T1");
  form["due"] = "31/03/2027";
  Response r = post("director", "/dashboard/actions", form);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("Enter the due date as year-month-day, for example 2027-03-31"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"31/03/2027\""), std::string::npos) << "what was typed is shown back";
  form = recruit("T1");
  form["metric"] = "sickness_rate";
  r = post("director", "/dashboard/actions", form);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("Metric &#39;sickness_rate&#39; belongs to the area wellbeing, not workload"),
            std::string::npos)
      << r.body.substr(0, 3000);
  EXPECT_TRUE(stored().empty());
}

// Issue 24, item 10: every problem at once, each linked from the summary.
TEST_F(ActionPagesTest, EveryProblemOfTheAddFormIsShownAtOnceWithALinkToItsField) {
  auto form = recruit("T1");
  form["metric"] = "sickness_rate";  // a wellbeing measure under workload
  form["title"] = "";
  form["owner"] = "";
  form["due"] = "31/03/2027";
  form["agreed_period"] = "2026-Q9";
  Response r = post("director", "/dashboard/actions", form);
  EXPECT_EQ(r.status, 400);
  const std::string body = r.body;
  const size_t summary = body.find("govuk-error-summary__list");
  ASSERT_NE(summary, std::string::npos) << body.substr(0, 3000);
  const std::string list = body.substr(summary, body.find("</ul>", summary) - summary);
  // In the form's order, one link a field.
  std::vector<size_t> at;
  for (const char* link : {"href=\"#metric\">Metric &#39;sickness_rate&#39; belongs to the area wellbeing, not workload",
                           "href=\"#title\">Give a title", "href=\"#owner\">Give an owner",
                           "href=\"#due\">Enter the due date as year-month-day, for example 2027-03-31",
                           "href=\"#agreed_period\">Agreed period &#39;2026-Q9&#39;"}) {
    at.push_back(list.find(link));
    EXPECT_NE(at.back(), std::string::npos) << link << " in " << list;
  }
  EXPECT_TRUE(std::is_sorted(at.begin(), at.end())) << list;
  for (const char* field : {"metric-error", "title-error", "owner-error", "due-error", "agreed_period-error"})
    EXPECT_NE(body.find(std::string("id=\"") + field + "\""), std::string::npos) << field;
  EXPECT_NE(body.find("<title>Error: Add an action"), std::string::npos);
  EXPECT_TRUE(stored().empty());
}

TEST_F(ActionPagesTest, TheAddFormNamesTeamsGroupsMetricsByAreaAndDefaultsToTheLatestCompletePeriod) {
  // The records reach 15 August 2026: the latest complete quarter is
  // 2026-Q2 (Q3 ends on 30 September), whatever today is.
  test_db_.db().prepare("INSERT INTO imports (file_name, kind, started_at, outcome, extracted) "
                        "VALUES ('staff.csv', 'staff', '2026-08-16 09:00:00', 'ok', '2026-08-15')")->execute();
  Request request = as("director", "GET", "/dashboard/actions/new");
  request.query["area"] = "wellbeing";
  const std::string body = app_->handle(request).body;
  EXPECT_NE(body.find("name=\"agreed_period\" type=\"text\" value=\"2026-Q2\""), std::string::npos)
      << body.substr(body.find("agreed_period"), 300);
  EXPECT_NE(body.find("<option value=\"T1\">Team one</option>"), std::string::npos);
  EXPECT_NE(body.find("<option value=\"children\">Children&#39;s services</option>"), std::string::npos);
  // The chosen area's measures come first, under its name; the others after.
  const size_t wellbeing = body.find("<optgroup label=\"A healthy workplace");
  const size_t workload = body.find("<optgroup label=\"Workload management");
  ASSERT_NE(wellbeing, std::string::npos) << body.substr(body.find("id=\"metric\""), 600);
  ASSERT_NE(workload, std::string::npos);
  EXPECT_LT(wellbeing, workload);
  EXPECT_LT(wellbeing, body.find("value=\"sickness_rate\""));
  // The due date is typed as the hint says, not in a browser's date picker.
  EXPECT_NE(body.find("Year, month and day, for example 2027-03-31"), std::string::npos);
  EXPECT_EQ(body.find("type=\"date\""), std::string::npos);
}

// Issue 24, item 5: the site's header, breadcrumbs, names, readable changes.
TEST_F(ActionPagesTest, ActionPagesHaveTheHeaderBreadcrumbsTeamNamesAndAReadableLastChange) {
  Action a;
  a.scope_id = "T1";
  a.area = "workload";
  a.title = "Recruit two social workers";
  a.owner = "Team manager";
  a.due = *Date::parse("2027-03-31");
  a.agreed_period = "2026-Q3";
  const auto added = actions::ActionStore(test_db_.db()).add(a, "cli:unknown");
  ASSERT_TRUE(added.ok()) << added.error;
  const std::string list = get("member", "/dashboard/actions").body;
  EXPECT_NE(list.find(">Sign out"), std::string::npos);
  EXPECT_NE(list.find("aria-label=\"Sections\""), std::string::npos);
  EXPECT_NE(list.find("govuk-breadcrumbs__link\" href=\"/dashboard\">Overview</a>"), std::string::npos);
  EXPECT_NE(list.find("<h2 class=\"govuk-heading-m\">Team one</h2>"), std::string::npos) << list;
  EXPECT_EQ(list.find(">T1<"), std::string::npos);
  const std::string page = get("member", "/dashboard/actions/" + std::to_string(added.id)).body;
  EXPECT_NE(page.find(">Sign out"), std::string::npos);
  EXPECT_NE(page.find("href=\"/dashboard/actions\">Health check actions</a>"), std::string::npos);
  EXPECT_NE(page.find("Team one, Workload management"), std::string::npos) << page.substr(0, 4000);
  EXPECT_EQ(page.find("cli:unknown"), std::string::npos);
  const std::string today = reports::longDate(utcToday());
  EXPECT_NE(page.find("the command line, " + today), std::string::npos) << page;
  EXPECT_EQ(dashboard::changedByText("cli:alice", "2026-12-07T10:00:00Z"), "alice on the command line, 7 December 2026");
  EXPECT_EQ(dashboard::changedByText("director", "2026-01-02T23:59:59Z"), "director, 2 January 2026");
}

TEST_F(ActionPagesTest, OverdueActionsAreMarkedOnTheList) {
  auto form = recruit("T1");
  form["due"] = "2020-01-31";
  ASSERT_EQ(post("director", "/dashboard/actions", form).status, 303);
  const std::string list = get("member", "/dashboard/actions").body;
  EXPECT_NE(list.find("1 action(s), 1 overdue."), std::string::npos);
  EXPECT_NE(list.find("Recruit two social workers</a> <strong class=\"hc-tag hc-status--red\">Overdue</strong>"),
            std::string::npos);
}

TEST(TeamActionFactsTest, CountsOverdueAndNamesRedAreasWithNoOpenAction) {
  metrics::HealthCheck hc;
  metrics::ScopeResult team;
  team.level = metrics::Level::kTeam;
  team.id = "T1";
  team.name = "Team one";
  for (const char* area : {"workload", "allocation", "tools", "wellbeing", "delivery"}) {
    metrics::AreaResult a;
    a.id = area;
    a.status = metrics::Status::kGreen;
    team.areas.push_back(a);
  }
  team.areas[0].status = metrics::Status::kRed;  // workload: an open action
  team.areas[3].status = metrics::Status::kRed;  // wellbeing: only a done action
  hc.scopes.push_back(team);
  const auto action = [](const char* area, ActionStatus status, const char* due) {
    Action a;
    a.scope_id = "T1";
    a.area = area;
    a.status = status;
    a.due = *Date::parse(due);
    return a;
  };
  const std::vector<Action> agreed = {action("workload", ActionStatus::kPlanned, "2026-11-30"),
                                      action("workload", ActionStatus::kInProgress, "2027-01-31"),
                                      action("wellbeing", ActionStatus::kDone, "2026-10-31")};
  const auto facts = dashboard::teamActionFacts({&hc.scopes[0]}, agreed, *Date::parse("2026-12-02"));
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].open, 2);
  EXPECT_EQ(facts[0].overdue, 1);
  EXPECT_EQ(facts[0].red_without_action, std::vector<std::string>{"wellbeing"});
  const std::string html = dashboard::overviewActionsHtml(facts, "?period=2026-Q3").str();
  EXPECT_NE(html.find("A healthy workplace</a>: no action agreed"), std::string::npos) << html;
}

TEST_F(ActionPagesTest, PublishedSurveyResultsAreServedWithoutSignInUntilUnpublished) {
  // A run of the period for both teams, closed (as survey open and close do).
  const surveys::SurveyCatalogue catalogue(std::string(HC_SOURCE_DIR) + "/surveys");
  surveys::SurveyRuns runs(test_db_.db());
  runs.open(catalogue.get("health-check"), "2026-Q3", *Date::parse("2026-07-01"), *Date::parse("2026-09-30"),
            {"T1", "T2"});
  runs.close("health-check-2026-Q3");
  auto form = recruit("council");
  form["area"] = "wellbeing";
  form["metric"] = "";
  form["title"] = "Protected time for supervision";
  ASSERT_EQ(post("director", "/dashboard/actions", form).status, 303);
  const std::string token = surveys::publishRun(test_db_.db(), "health-check-2026-Q3");
  Response r = get("", "/r/" + token);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("Staff survey results"), std::string::npos);
  EXPECT_NE(r.body.find("You said, we did"), std::string::npos);
  EXPECT_NE(r.body.find("Protected time for supervision"), std::string::npos);
  EXPECT_EQ(r.header("X-Robots-Tag"), "noindex, nofollow");
  EXPECT_EQ(get("", "/r/0123456789abcdef0123456789abcdef").status, 404);
  ASSERT_TRUE(surveys::unpublishRun(test_db_.db(), "health-check-2026-Q3"));
  EXPECT_EQ(get("", "/r/" + token).status, 404);
}

}  // namespace
}  // namespace hc::web

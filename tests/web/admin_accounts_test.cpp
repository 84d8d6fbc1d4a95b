// The accounts pages (/admin/users, web/admin/account_pages.h) and the
// set-password and own-password pages (web/account/password_pages.h)
// through the application's routes: who may call them, what each action
// does and audits, bad input, and a set-password link from issue to use.
#include <gtest/gtest.h>

#include <regex>

#include "access/access_scope.h"
#include "access/audit_log.h"
#include "access/password_links.h"
#include "access_fixture.h"

namespace hc::web {
namespace {

class AdminAccountsTest : public AccessWebTest {
 protected:
  AdminAccountsTest() {
    addUser("admin", access::Role::kAdmin, {}, true);
    addUser("director", access::Role::kDirector);
    addUser("manager", access::Role::kManager, {"T1"});
    addUser("member", access::Role::kMember);
    addUser("analyst", access::Role::kAnalyst);
  }

  // A request of `user` (fresh session, valid CSRF token) with `form`.
  http::Response send(const std::string& user, const std::string& method, const std::string& path,
                      const std::map<std::string, std::string>& form = {}) {
    http::Request r = as(user, method, path);
    for (const auto& [k, v] : form) r.form[k] = v;
    return app_->handle(r);
  }
  access::AuditEntry lastAudit() { return access::AuditLog(test_db_.db()).since("2000-01-01").back(); }
  int64_t count(const std::string& sql) {
    auto st = test_db_.db().prepare(sql);
    st->step();
    return st->getInt(0);
  }
  static std::string tokenIn(const std::string& body) {
    std::smatch m;
    return std::regex_search(body, m, std::regex("/set-password/([0-9a-f]{64})")) ? m[1].str() : "";
  }
  std::optional<access::Credentials> account(const std::string& name) {
    return access::UserStore(test_db_.db()).credentials(name);
  }
};

bool ours(const http::Route& route) {
  return route.pattern.rfind("/admin/users", 0) == 0 || route.pattern.rfind("/set-password", 0) == 0 ||
         route.pattern.rfind("/home/password", 0) == 0;
}

std::string pathOf(const std::string& pattern) {
  return std::regex_replace(std::regex_replace(pattern, std::regex("\\{username\\}"), "member"),
                            std::regex("\\{token\\}"), std::string(64, 'a'));
}

TEST_F(AdminAccountsTest, TheAccountRoutesRefuseEveryoneButAdmins) {
  int admin_routes = 0;
  for (const http::Route& route : app_->router().routes()) {
    if (!ours(route)) continue;
    const std::string path = pathOf(route.pattern);
    const std::string name = route.method + " " + route.pattern;
    if (route.pattern.rfind("/admin/users", 0) == 0) {
      ++admin_routes;
      EXPECT_EQ(route.access, access::access_tag::kAdmin) << name;
      for (const char* who : {"director", "manager", "member", "analyst"})
        EXPECT_EQ(send(who, route.method, path).status, 403) << name << " as " << who;
      const http::Response anonymous = send("", route.method, path);
      EXPECT_EQ(anonymous.status, 303) << name;
      EXPECT_EQ(anonymous.header("Location").rfind("/login", 0), 0u) << name;
    } else if (route.pattern.rfind("/home/password", 0) == 0) {
      EXPECT_EQ(route.access, access::access_tag::kSignedIn) << name;
      EXPECT_EQ(send("", route.method, path).status, 303) << name;
    } else {
      EXPECT_EQ(route.access, access::access_tag::kPublic) << name;
      EXPECT_EQ(send("", route.method, path).status, 404) << name << ": an unknown token";
    }
    if (route.method == "POST" && route.access != access::access_tag::kPublic) {
      http::Request missing = as(route.access == access::access_tag::kAdmin ? "admin" : "member", "POST", path);
      missing.form.erase("csrf");
      EXPECT_EQ(app_->handle(missing).status, 403) << name << " without its CSRF token";
    }
  }
  EXPECT_EQ(admin_routes, 10);
  // The public form checks its own CSRF token (the filter does not on public routes).
  std::string token;
  access::PasswordLinks links(test_db_.db());
  token = links.issue("member", nowSeconds());
  http::Request forged{"POST", access::setPasswordPath(token)};
  forged.form = {{"password", "a long new password"}, {"password-again", "a long new password"}};
  const http::Response refused = app_->handle(forged);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("The page had expired"), std::string::npos);
  EXPECT_TRUE(links.holder(token, nowSeconds())) << "the link still works";
}

TEST_F(AdminAccountsTest, TheListShowsRoleScopeStatusAndSource) {
  send("admin", "POST", "/admin/users/analyst/disable");
  access::UserStore(test_db_.db()).recordFailure("member", 6, nowSeconds() + 600);
  const http::Response list = send("admin", "GET", "/admin/users");
  ASSERT_EQ(list.status, 200);
  for (const char* text : {"href=\"/admin/users/manager\"", "Team one (T1)", "Disabled", "Locked", "Active",
                           "Password", "href=\"/admin/users/new\""})
    EXPECT_NE(list.body.find(text), std::string::npos) << text;
}

TEST_F(AdminAccountsTest, AddingAManagerGivesALinkOnceThatSetsTheirPasswordOnce) {
  const http::Response form = send("admin", "GET", "/admin/users/new");
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("name=\"team:T1\""), std::string::npos);
  EXPECT_NE(form.body.find("name=\"service:adults\""), std::string::npos);
  const http::Response added =
      send("admin", "POST", "/admin/users/new", {{"username", "mo"}, {"role", "manager"}, {"team:T1", "T1"}});
  ASSERT_EQ(added.status, 200) << added.body;
  const std::string token = tokenIn(added.body);
  ASSERT_EQ(token.size(), 64u);
  const auto mo = account("mo");
  ASSERT_TRUE(mo);
  EXPECT_EQ(mo->user.role, access::Role::kManager);
  EXPECT_EQ(mo->user.teams, std::set<std::string>{"T1"});
  EXPECT_EQ(lastAudit().action, access::audit_action::kPasswordLink);
  EXPECT_EQ(lastAudit().actor, "admin");
  EXPECT_EQ(tokenIn(send("admin", "GET", "/admin/users/mo").body), "") << "shown once only";

  // The person, in a browser of their own.
  ASSERT_EQ(browse("GET", access::setPasswordPath(token)).status, 200);
  http::Response differ =
      browse("POST", access::setPasswordPath(token), {{"password", "a long new password"}, {"password-again", "x"}});
  EXPECT_EQ(differ.status, 400);
  EXPECT_NE(differ.body.find("href=\"#password-again\""), std::string::npos);
  EXPECT_NE(differ.body.find("Enter the same password twice"), std::string::npos);
  http::Response set = browse("POST", access::setPasswordPath(token),
                              {{"password", "a long new password"}, {"password-again", "a long new password"}});
  ASSERT_EQ(set.status, 303);
  EXPECT_EQ(set.header("Location"), "/login?password=set");
  EXPECT_EQ(lastAudit().action, access::audit_action::kPasswordSet);
  EXPECT_EQ(lastAudit().actor, "mo");
  EXPECT_EQ(browse("GET", access::setPasswordPath(token)).status, 404) << "used";
  EXPECT_EQ(browse("POST", access::setPasswordPath(token),
                   {{"password", "another long password"}, {"password-again", "another long password"}}).status,
            404);
  // And signs in with it, landing on their team's page.
  browse("GET", "/login");
  const http::Response in = browse("POST", "/login", {{"username", "mo"}, {"password", "a long new password"}});
  ASSERT_EQ(in.status, 303);
  EXPECT_EQ(in.header("Location"), "/dashboard/team/T1");
}

TEST_F(AdminAccountsTest, BadInputNamesTheFieldAndAddsNothing) {
  const int64_t users = count("SELECT COUNT(*) FROM users");
  struct Case {
    std::map<std::string, std::string> form;
    std::string field, message;
  };
  for (const Case& c : std::vector<Case>{
           {{{"username", "mo"}}, "role", "Choose the account&#39;s role"},
           {{{"username", "mo"}, {"role", "manager"}}, "teams", "Choose at least one team or service"},
           {{{"username", "mo"}, {"role", "member"}, {"team:T1", "T1"}}, "teams", "Only a manager has teams"},
           {{{"username", "mo x"}, {"role", "member"}}, "username", "Enter a username of 1 to 64"},
           {{{"username", "member"}, {"role", "member"}}, "username", "There is already an account called member"},
           {{{"username", "mo"}, {"role", "king"}}, "role", "Choose the account&#39;s role"},
       }) {
    const http::Response r = send("admin", "POST", "/admin/users/new", c.form);
    EXPECT_EQ(r.status, 400) << c.message;
    EXPECT_NE(r.body.find("href=\"#" + c.field + "\""), std::string::npos) << c.message;
    EXPECT_NE(r.body.find(c.message), std::string::npos) << c.message << "\n" << r.body.substr(0, 0);
    EXPECT_NE(r.body.find("govuk-error-summary"), std::string::npos);
  }
  // An unknown team is not offered, so it is not taken: the manager has none.
  const http::Response forged =
      send("admin", "POST", "/admin/users/new", {{"username", "mo"}, {"role", "manager"}, {"team:T9", "T9"}});
  EXPECT_EQ(forged.status, 400);
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), users);
  EXPECT_EQ(count("SELECT COUNT(*) FROM password_links"), 0);
}

TEST_F(AdminAccountsTest, ChangingRoleAndScopeIsSavedAndAudited) {
  ASSERT_EQ(send("admin", "GET", "/admin/users/manager/role").status, 200);
  const http::Response saved =
      send("admin", "POST", "/admin/users/manager/role", {{"role", "manager"}, {"team:T2", "T2"}, {"service:children", "children"}});
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.header("Location"), "/admin/users/manager?done=role");
  EXPECT_EQ(account("manager")->user.teams, std::set<std::string>{"T2"});
  EXPECT_EQ(account("manager")->user.services, std::set<std::string>{"children"});
  const auto row = lastAudit();
  EXPECT_EQ(row.action, access::audit_action::kUserChange);
  EXPECT_EQ(row.actor, "admin");
  EXPECT_EQ(row.detail, "from role=manager team=T1 to role=manager team=T2 service=children");
  EXPECT_EQ(send("admin", "POST", "/admin/users/manager/role", {{"role", "director"}, {"team:T2", "T2"}}).status, 400);
  EXPECT_EQ(send("admin", "GET", "/admin/users/nobody").status, 404);
  EXPECT_EQ(send("admin", "POST", "/admin/users/nobody/role", {{"role", "member"}}).status, 404);
}

TEST_F(AdminAccountsTest, ADisabledAccountsSessionStopsAtItsNextRequest) {
  http::Request director = as("director", "GET", "/dashboard/glossary");
  http::Request later = director;  // the same browser, its next request
  later.path = "/home";
  ASSERT_EQ(app_->handle(director).status, 200);
  ASSERT_EQ(send("admin", "POST", "/admin/users/director/disable").status, 303);
  EXPECT_EQ(app_->handle(later).status, 303);
  EXPECT_EQ(app_->handle(later).header("Location"), "/login?next=/home");
  EXPECT_TRUE(account("director")->disabled);
  EXPECT_EQ(lastAudit().action, access::audit_action::kUserDisable);
  EXPECT_EQ(lastAudit().actor, "admin");
  // Even a session row written after the flag (another server) is no session.
  http::Request again = as("director", "GET", "/home");
  EXPECT_EQ(app_->handle(again).status, 303);
  ASSERT_EQ(send("admin", "POST", "/admin/users/director/enable").status, 303);
  EXPECT_FALSE(account("director")->disabled);
  EXPECT_EQ(lastAudit().action, access::audit_action::kUserEnable);
  http::Request back = as("director", "GET", "/home");
  EXPECT_EQ(app_->handle(back).status, 200);
}

TEST_F(AdminAccountsTest, UnlockAndANewLinkFromTheAccountPage) {
  access::UserStore(test_db_.db()).recordFailure("member", 7, nowSeconds() + 600);
  const http::Response page = send("admin", "GET", "/admin/users/member");
  EXPECT_NE(page.body.find("action=\"/admin/users/member/unlock\""), std::string::npos);
  ASSERT_EQ(send("admin", "POST", "/admin/users/member/unlock").status, 303);
  EXPECT_EQ(account("member")->locked_until, 0);
  EXPECT_EQ(lastAudit().action, access::audit_action::kUserUnlock);
  const http::Response link = send("admin", "POST", "/admin/users/member/password-link");
  ASSERT_EQ(link.status, 200);
  const std::string token = tokenIn(link.body);
  EXPECT_EQ(access::PasswordLinks(test_db_.db()).holder(token, nowSeconds()), "member");
  EXPECT_EQ(lastAudit().action, access::audit_action::kPasswordLink);
  EXPECT_EQ(lastAudit().detail.find(token), std::string::npos);
}

TEST_F(AdminAccountsTest, TheLastAdminCannotDisableOrDemoteThemselves) {
  const http::Response disable = send("admin", "POST", "/admin/users/admin/disable");
  EXPECT_EQ(disable.status, 409);
  EXPECT_NE(disable.body.find("last active admin"), std::string::npos);
  EXPECT_NE(disable.body.find("href=\"#disable\""), std::string::npos);
  const http::Response demote = send("admin", "POST", "/admin/users/admin/role", {{"role", "director"}});
  EXPECT_EQ(demote.status, 400);
  EXPECT_NE(demote.body.find("last active admin"), std::string::npos);
  EXPECT_FALSE(account("admin")->disabled);
  EXPECT_EQ(account("admin")->user.role, access::Role::kAdmin);
}

TEST_F(AdminAccountsTest, AnyoneChangesTheirOwnPasswordWithTheCurrentOne) {
  browse("GET", "/login");
  ASSERT_EQ(browse("POST", "/login", {{"username", "admin"}, {"password", kTestPassword}}).status, 303);
  const http::Response home = browse("GET", "/home");
  EXPECT_NE(home.body.find("href=\"/home/password\""), std::string::npos);
  ASSERT_EQ(browse("GET", "/home/password").status, 200);
  const http::Response wrong = browse("POST", "/home/password", {{"current-password", "not it at all"},
                                                                  {"password", "my new long password"},
                                                                  {"password-again", "my new long password"}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_NE(wrong.body.find("href=\"#current-password\""), std::string::npos);
  const http::Response changed = browse("POST", "/home/password", {{"current-password", kTestPassword},
                                                                    {"password", "my new long password"},
                                                                    {"password-again", "my new long password"}});
  ASSERT_EQ(changed.status, 303);
  EXPECT_EQ(changed.header("Location"), "/login?password=changed");
  EXPECT_EQ(lastAudit().action, access::audit_action::kPasswordSet);
  EXPECT_EQ(browse("GET", "/home").status, 303) << "signed out";
  browse("GET", "/login");
  EXPECT_EQ(browse("POST", "/login", {{"username", "admin"}, {"password", "my new long password"}}).status, 303);
  EXPECT_EQ(browse("GET", "/home").status, 200);
}

}  // namespace
}  // namespace hc::web

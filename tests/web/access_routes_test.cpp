// Every route of the application, as every kind of visitor: the server
// decides who gets what from the route's access tag, whatever the handler.
// A route added later (the dashboard's) is walked automatically; a route
// with a tag this table does not know fails the test until the table says
// who may call it.
#include <gtest/gtest.h>

#include <set>

#include "access/access_scope.h"
#include "access_fixture.h"
#include "metrics/thresholds.h"

namespace hc::web {
namespace {

// The visitors, and for each access tag the visitors it admits.
const std::vector<std::string> kVisitors{"anonymous", "member",   "manager-own", "manager-other",
                                         "director",  "analyst", "admin"};
const std::map<std::string, std::set<std::string>> kAdmits{
    {"public", {"anonymous", "member", "manager-own", "manager-other", "director", "analyst", "admin"}},
    {"signed-in", {"member", "manager-own", "manager-other", "director", "analyst", "admin"}},
    {"dashboard", {"member", "manager-own", "manager-other", "director"}},
    {"director", {"director"}},
    {"admin", {"admin"}},
    {"import", {"analyst", "admin"}},
    {"audit", {"director", "admin"}},
};

// A concrete path for a route pattern: captures filled with plausible
// values (team T1, which manager-own manages and manager-other does not).
std::string pathFor(const std::string& pattern) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] != '{') {
      out.push_back(pattern[i++]);
      continue;
    }
    const size_t end = pattern.find('}', i);
    const std::string name = pattern.substr(i + 1, end - i - 1);
    if (name == "token") out += "0123456789abcdef0123456789abcdef";
    else if (name == "file") out += "govuk-frontend.min.css";
    else if (name.find("team") != std::string::npos) out += "T1";
    else if (name == "service") out += "children";
    else out += "1";
    i = end + 1;
  }
  return out;
}

enum class Outcome { kAllowed, kToLogin, kForbidden };

class AccessRoutesTest : public AccessWebTest {
 protected:
  AccessRoutesTest() {
    addUser("member", access::Role::kMember);
    addUser("manager-own", access::Role::kManager, {"T1"});
    addUser("manager-other", access::Role::kManager, {"T2"});
    addUser("director", access::Role::kDirector);
    addUser("admin", access::Role::kAdmin);
    addUser("analyst", access::Role::kAnalyst);
  }

  Outcome call(const std::string& visitor, const http::Route& route) {
    http::Request r = as(visitor == "anonymous" ? "" : visitor, route.method, pathFor(route.pattern));
    http::Response response;
    try {
      response = app_->handle(r);
    } catch (const std::exception&) {
      return Outcome::kAllowed;  // the handler ran (and disliked the made-up path)
    }
    // The filter's answer to no session (signing out goes to
    // /login?signed-out=1, which is not this).
    const std::string location = response.header("Location");
    if (response.status == 303 && (location == "/login" || location.rfind("/login?next=", 0) == 0))
      return Outcome::kToLogin;
    if (response.status == 403 && response.body.find("You do not have access to this page") != std::string::npos)
      return Outcome::kForbidden;
    return Outcome::kAllowed;
  }
};

TEST_F(AccessRoutesTest, EveryRouteAsEveryVisitor) {
  const auto& routes = app_->router().routes();
  ASSERT_GE(routes.size(), 21u);  // the survey form's, sign-in's, the dashboard's, the assets, the home page
  int dashboard_routes = 0;
  bool compare = false, survey = false;
  for (const http::Route& route : routes) {
    dashboard_routes += route.pattern.rfind("/dashboard", 0) == 0;
    compare = compare || (route.pattern == "/dashboard/compare" && route.access == "dashboard");
    survey = survey || (route.pattern == "/dashboard/survey" && route.access == "dashboard");
  }
  EXPECT_GE(dashboard_routes, 8);  // overview, CSV, XLSX, stylesheet, team, metric, comparison, survey
  EXPECT_TRUE(compare) << "the comparison page is walked with the dashboard's access rules";
  EXPECT_TRUE(survey) << "the staff survey page is walked with the dashboard's access rules";
  int checks = 0;
  for (const http::Route& route : routes) {
    const std::string name = route.method + " " + route.pattern + " [" + route.access + "]";
    auto admits = kAdmits.find(route.access);
    ASSERT_NE(admits, kAdmits.end()) << name << ": unknown access tag; add it to kAdmits";
    EXPECT_TRUE(access::knownAccessTag(route.access)) << name;
    for (const std::string& visitor : kVisitors) {
      const Outcome got = call(visitor, route);
      if (admits->second.count(visitor)) {
        EXPECT_EQ(got, Outcome::kAllowed) << name << " as " << visitor;
      } else if (visitor == "anonymous") {
        EXPECT_EQ(got, Outcome::kToLogin) << name << " as " << visitor;
      } else {
        EXPECT_EQ(got, Outcome::kForbidden) << name << " as " << visitor;
      }
      ++checks;
    }
  }
  EXPECT_EQ(checks, static_cast<int>(routes.size() * kVisitors.size()));
}

TEST_F(AccessRoutesTest, SignedInPostsWithoutAValidCsrfTokenAreRefused) {
  for (const http::Route& route : app_->router().routes()) {
    if (route.method != "POST" || route.access == "public") continue;
    const std::string visitor = *kAdmits.at(route.access).begin();
    http::Request missing = as(visitor, "POST", pathFor(route.pattern));
    missing.form.erase("csrf");
    EXPECT_EQ(app_->handle(missing).status, 403) << route.pattern;
    http::Request forged = as(visitor, "POST", pathFor(route.pattern));
    forged.form["csrf"] = app_->csrf().tokenFor(kCsrfCookie, "user:someone-else");
    EXPECT_EQ(app_->handle(forged).status, 403) << route.pattern;
  }
}

TEST_F(AccessRoutesTest, ASessionOfARemovedUserOrAJunkCookieIsNoSession) {
  http::Request r = as("director", "GET", "/home");
  access::UserStore(test_db_.db()).remove("director");
  EXPECT_EQ(app_->handle(r).status, 303);
  for (const std::string& junk : {std::string("' OR 1=1 --"), std::string(64, 'f'), std::string(5000, 'a')}) {
    http::Request j{"GET", "/admin/users"};
    j.cookies[http::kSessionCookie] = junk;
    EXPECT_EQ(app_->handle(j).status, 303) << junk.substr(0, 20);
  }
}

TEST_F(AccessRoutesTest, PathForFillsEveryCapture) {
  EXPECT_EQ(pathFor("/s/{token}/{n}"), "/s/0123456789abcdef0123456789abcdef/1");
  EXPECT_EQ(pathFor("/dashboard/team/{team_id}"), "/dashboard/team/T1");
}

}  // namespace
}  // namespace hc::web

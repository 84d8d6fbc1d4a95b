// Every route of the upload pages as every kind of visitor: admins and
// analysts in; members, managers and directors refused (403); no one
// signed in sent to sign in. New /admin/imports routes are walked as they
// are added.
#include <gtest/gtest.h>

#include "admin_fixture.h"

namespace hc::web {
namespace {

std::string pathFor(const std::string& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    if (pattern[i] != '{') {
      out.push_back(pattern[i++]);
      continue;
    }
    const size_t end = pattern.find('}', i);
    const std::string name = pattern.substr(i + 1, end - i - 1);
    out += name == "mode" ? "check" : name == "file" ? "teams.rejects.csv" : "1";
    i = end + 1;
  }
  return out;
}

class AdminImportsRoutesTest : public AdminWebTest {};

TEST_F(AdminImportsRoutesTest, OnlyAdminsAndAnalystsGetIn) {
  int routes = 0;
  for (const http::Route& route : app_->router().routes()) {
    if (route.pattern.rfind("/admin/imports", 0) != 0) continue;
    ++routes;
    const std::string name = route.method + " " + route.pattern;
    EXPECT_EQ(route.access, "import") << name;
    for (const std::string& visitor : {"", "member", "manager", "director", "admin", "analyst"}) {
      http::Request r = as(visitor, route.method, pathFor(route.pattern));
      const http::Response got = app_->handle(r);
      const std::string who = visitor.empty() ? "no one signed in" : visitor;
      if (visitor.empty()) {
        EXPECT_EQ(got.status, 303) << name << " as " << who;
        EXPECT_EQ(got.header("Location").rfind("/login", 0), 0u) << name << " as " << who;
      } else if (visitor == "admin" || visitor == "analyst") {
        EXPECT_NE(got.status, 403) << name << " as " << who;
        EXPECT_TRUE(got.status != 303 || got.header("Location").rfind("/login", 0) != 0) << name << " as " << who;
      } else {
        EXPECT_EQ(got.status, 403) << name << " as " << who;
      }
    }
  }
  EXPECT_EQ(routes, 8);
}

TEST_F(AdminImportsRoutesTest, PostsWithoutTheirCsrfTokenAreRefused) {
  for (const http::Route& route : app_->router().routes()) {
    if (route.pattern.rfind("/admin/imports", 0) != 0 || route.method != "POST") continue;
    http::Request r = as("admin", "POST", pathFor(route.pattern));
    r.form.erase(http::CsrfProtection::kField);
    EXPECT_EQ(app_->handle(r).status, 403) << route.pattern;
  }
}

TEST_F(AdminImportsRoutesTest, AnAnalystsPagesStartTheirTrailAtDataAndAnAdminsAtAdmin) {
  const http::Response analyst = get("analyst", "/admin/imports");
  EXPECT_EQ(analyst.body.find("href=\"/admin\""), std::string::npos) << "an analyst cannot open /admin";
  const http::Response admin = get("admin", "/admin/imports");
  EXPECT_NE(admin.body.find("href=\"/admin\""), std::string::npos);
  EXPECT_NE(admin.body.find("enctype=\"multipart/form-data\""), std::string::npos);
}

}  // namespace
}  // namespace hc::web

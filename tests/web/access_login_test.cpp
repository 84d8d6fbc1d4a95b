// Signing in and out through the application's routes: cookies, messages
// that do not tell which part was wrong, back-off, redirects, audit.
#include <gtest/gtest.h>

#include "access/audit_log.h"
#include "access/login.h"
#include "access_fixture.h"

namespace hc::web {
namespace {

class AccessLoginTest : public AccessWebTest {
 protected:
  AccessLoginTest() { addUser("mary", access::Role::kManager, {"T1"}, true); }
  http::Response signIn(const std::string& user, const std::string& password, const std::string& next = "") {
    browse("GET", next.empty() ? "/login" : "/login?next=" + next);
    std::map<std::string, std::string> form{{"username", user}, {"password", password}};
    if (!next.empty()) form["next"] = next;  // the form's hidden field, as a browser posts it
    return browse("POST", "/login", form);
  }
  // The page without what differs between any two renderings (tokens).
  static std::string stable(std::string body) {
    return std::regex_replace(body, std::regex("value=\"[0-9a-f]{64}\""), "value=\"TOKEN\"");
  }
};

TEST_F(AccessLoginTest, SignInSetsAHardenedCookieAndSignOutEndsTheSession) {
  EXPECT_EQ(browse("GET", "/home").status, 303);
  http::Response r = signIn("mary", kTestPassword);
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.header("Location"), "/dashboard/team/T1") << "a manager lands on their own team's page";
  const std::string cookie = r.header("Set-Cookie");
  EXPECT_EQ(cookie.rfind("hc_session=", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain HTTP on 127.0.0.1
  http::Response home = browse("GET", "/home");
  ASSERT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("Signed in as mary"), std::string::npos);
  // Not a dead end: the sections, the way to the team's page, and Sign out.
  EXPECT_NE(home.body.find("<nav class=\"hc-nav\" aria-label=\"Sections\">"), std::string::npos);
  EXPECT_NE(home.body.find("href=\"/dashboard\">Overview</a>"), std::string::npos);
  EXPECT_NE(home.body.find("href=\"/dashboard/team/T1\">Go to your team&#39;s health check</a>"), std::string::npos)
      << home.body;
  EXPECT_NE(home.body.find("<form method=\"post\" action=\"/logout\""), std::string::npos);
  EXPECT_EQ(browse("GET", "/admin/users").status, 403);  // a manager is not an admin
  const std::string session = cookies_.at("hc_session");
  http::Response out = browse("POST", "/logout");
  EXPECT_EQ(out.status, 303);
  EXPECT_NE(out.header("Set-Cookie").find("Max-Age=0"), std::string::npos);
  cookies_["hc_session"] = session;  // a copied cookie is no use after sign-out
  EXPECT_EQ(browse("GET", "/home").status, 303);
  const auto log = access::AuditLog(test_db_.db()).since("2000-01-01");
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].action, "login");
  EXPECT_EQ(log[1].action, "logout");
}

TEST_F(AccessLoginTest, WrongPasswordUnknownUserAndLockedAccountLookTheSame) {
  const std::string wrong = stable(signIn("mary", "not the password").body);
  const std::string unknown = stable(signIn("nobody", kTestPassword).body);
  const std::string hostile = stable(signIn("<script>alert(1)</script>", "' OR 1=1 --").body);
  EXPECT_NE(wrong.find("The username or password is not right"), std::string::npos);
  EXPECT_EQ(wrong, unknown);
  EXPECT_EQ(wrong, hostile);
  EXPECT_EQ(hostile.find("<script>alert"), std::string::npos);
  for (int i = 0; i < access::kFreeFailures; ++i) signIn("mary", "not the password");
  const http::Response locked = signIn("mary", kTestPassword);  // right password, locked account
  EXPECT_EQ(locked.status, 200);
  EXPECT_EQ(stable(locked.body), wrong);
  EXPECT_EQ(cookies_.count("hc_session"), 0u);
  int failures = 0;
  for (const auto& e : access::AuditLog(test_db_.db()).since("2000-01-01")) failures += e.action == "login-failed";
  EXPECT_EQ(failures, 3 + access::kFreeFailures + 1);
}

TEST_F(AccessLoginTest, SignInWithoutTheFormsCsrfTokenIsRefused) {
  browse("GET", "/login");
  http::Response r = browse("POST", "/login", {{"username", "mary"}, {"password", kTestPassword}, {"csrf", "0"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(cookies_.count("hc_session"), 0u);
}

TEST_F(AccessLoginTest, NextGoesOnlyToOurOwnPaths) {
  EXPECT_EQ(signIn("mary", kTestPassword, "/admin/users").header("Location"), "/admin/users");
  for (const char* bad : {"//evil.example/", "https://evil.example/", "/\\evil.example", "/a/../b",
                          "/login", "/x\r\nSet-Cookie: a=b"}) {
    cookies_.clear();
    EXPECT_EQ(signIn("mary", kTestPassword, bad).header("Location"), "/dashboard/team/T1") << bad;
  }
  // And an anonymous visitor is sent to sign in with where they were going.
  cookies_.clear();
  EXPECT_EQ(browse("GET", "/admin/users").header("Location"), "/login?next=/admin/users");
}

TEST_F(AccessLoginTest, NextKeepsItsQueryString) {
  http::Request r;
  r.method = "GET";
  r.path = "/home";
  r.query = {{"period", "2026-Q2"}, {"service", "children"}};
  const http::Response to_login = app_->handle(r);
  EXPECT_EQ(to_login.header("Location"), "/login?next=/home%3Fperiod%3D2026-Q2%26service%3Dchildren");
  // The login form's hidden field carries it decoded; signing in returns there.
  EXPECT_EQ(signIn("mary", kTestPassword, "/dashboard?period=2026-Q2&service=children").header("Location"),
            "/dashboard?period=2026-Q2&service=children");
  cookies_.clear();
  EXPECT_EQ(signIn("mary", kTestPassword, "/dashboard?period=\"><script>").header("Location"), "/dashboard/team/T1")
      << "a query string that is not percent-encoded is refused";
}

TEST_F(AccessLoginTest, EachRoleLandsWhereItsWorkIs) {
  addUser("dora", access::Role::kDirector, {}, true);
  addUser("meg", access::Role::kMember, {}, true);
  addUser("adam", access::Role::kAdmin, {}, true);
  for (const auto& [user, landing] : std::vector<std::pair<std::string, std::string>>{
           {"dora", "/dashboard"}, {"meg", "/dashboard"}, {"adam", "/admin"}, {"mary", "/dashboard/team/T1"}}) {
    cookies_.clear();
    EXPECT_EQ(signIn(user, kTestPassword).header("Location"), landing) << user;
  }
}

TEST_F(AccessLoginTest, ANewSessionIdAtEverySignIn) {
  signIn("mary", kTestPassword);
  const std::string first = cookies_.at("hc_session");
  signIn("mary", kTestPassword);
  EXPECT_NE(cookies_.at("hc_session"), first);
  cookies_["hc_session"] = first;  // the old one was ended by the new sign-in
  EXPECT_EQ(browse("GET", "/home").status, 303);
}

// A form rendered in one session (here the sign-out button of /home) is
// no use in the next, in the same browser.
TEST_F(AccessLoginTest, AFormTokenFromBeforeSignOutFailsAfterSigningInAgain) {
  signIn("mary", kTestPassword);
  const std::string first_cookie = cookies_.at(http::CsrfProtection::kCookie);
  ASSERT_EQ(browse("GET", "/home").status, 200);
  const std::string old_token = csrf_;
  ASSERT_EQ(browse("POST", "/logout").status, 303);
  EXPECT_NE(cookies_.at(http::CsrfProtection::kCookie), first_cookie) << "a new CSRF cookie at sign-out";
  const std::string signed_out_cookie = cookies_.at(http::CsrfProtection::kCookie);
  signIn("mary", kTestPassword);
  EXPECT_NE(cookies_.at(http::CsrfProtection::kCookie), signed_out_cookie) << "and at sign-in";
  EXPECT_EQ(browse("POST", "/logout", {{"csrf", old_token}}).status, 403);
  // Even with the old cookie put back (a browser that kept it, or one an
  // attacker planted), the token was bound to the old session.
  const std::string new_cookie = cookies_.at(http::CsrfProtection::kCookie);
  cookies_[http::CsrfProtection::kCookie] = first_cookie;
  EXPECT_EQ(browse("POST", "/logout", {{"csrf", old_token}}).status, 403);
  cookies_[http::CsrfProtection::kCookie] = new_cookie;
  ASSERT_EQ(browse("GET", "/home").status, 200);
  EXPECT_EQ(browse("POST", "/logout").status, 303) << "this session's own form still works";
}

// A name typed with direction controls (pasted, or to make the audit read
// backwards) is the name without them.
TEST_F(AccessLoginTest, DirectionControlsInATypedNameAreRemoved) {
  EXPECT_EQ(signIn("\xE2\x81\xA6ma\xE2\x80\xAEry\xE2\x81\xA9", kTestPassword).status, 303);
  const auto log = access::AuditLog(test_db_.db()).since("2000-01-01");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "login");
  EXPECT_EQ(log[0].actor, "mary");
}

class SecureCookieTest : public AccessWebTest {
 protected:
  SecureCookieTest() : AccessWebTest(true) { addUser("dan", access::Role::kDirector, {}, true); }
};

TEST_F(SecureCookieTest, OverTlsTheSessionCookieIsSecure) {
  browse("GET", "/login");
  http::Response r = browse("POST", "/login", {{"username", "dan"}, {"password", kTestPassword}});
  ASSERT_EQ(r.status, 303);
  EXPECT_NE(r.header("Set-Cookie").find("; Secure"), std::string::npos);
}

TEST_F(AccessLoginTest, TheStartPageShowsStaffTheSurveyAndEveryoneElseTheWayToSignIn) {
  http::Request start = as("", "GET", "/");
  const http::Response r = app_->handle(start);
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("use the link in your invitation"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/login\""), std::string::npos) << "directors and members need a way in";
  const size_t title = r.body.find("<title>");
  ASSERT_NE(title, std::string::npos);
  const std::string heading = r.body.substr(title, r.body.find("</title>") - title);
  EXPECT_EQ(heading.find("health check"), heading.rfind("health check")) << "the service's name once: " << heading;
}

}  // namespace

}  // namespace hc::web

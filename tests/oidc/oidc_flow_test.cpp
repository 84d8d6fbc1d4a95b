// The whole OpenID Connect sign-in against a real provider on 127.0.0.1
// (LemonLDAP::NG with its Demo users, tests/support/oidc_provider.h): the
// health check sends the browser to the provider, the test logs in on the
// provider's own form with Poco's HTTP client, the provider sends it back,
// and the health check redeems the code, checks the ID token and lands the
// person signed in with the role their app roles map to. Also: no role
// mapped gives the page saying whom to ask; the provider's answer used
// twice, or in another browser, is refused; the provider down gives a clear
// page while the local admin password still signs in. SQLite and MariaDB.
#include <gtest/gtest.h>

#include <Poco/URI.h>

#include "access/audit_log.h"
#include "access/user_store.h"
#include "oidc/provider_browser.h"
#include "support/oidc_provider.h"
#include "web/access_fixture.h"
#include "web/account/oidc_pages.h"
#include "web/view/site_header.h"

namespace hc::web {
namespace {

const std::string kCallback = "http://127.0.0.1:1/sign-in/oidc/callback";

std::unique_ptr<hc::testing::OidcProviderServer>& provider() {
  static std::unique_ptr<hc::testing::OidcProviderServer> p;
  return p;
}

std::shared_ptr<const directory::RoleMapping> mapping() {
  auto parsed = directory::RoleMapping::parse(
      "role admin approle HealthCheck.Admin\n"
      "role director approle HealthCheck.Director\n",
      "roles.conf");
  auto m = std::get<directory::RoleMapping>(parsed);
  m.setContact("the Performance Team (performance@council.example)");
  return std::make_shared<directory::RoleMapping>(m);
}

void configureOidc(WebAppOptions& o, const std::string& issuer) {
  o.directory.roles = mapping();
  o.directory.oidc.issuer = issuer;
  o.directory.oidc.client_id = "healthcheck";
  o.directory.oidc.client_secret = "a test client secret";
  o.directory.oidc.redirect_url = kCallback;
}

// The session id a response sets, "" for none.
std::string sessionOf(const http::Response& r) {
  const std::string prefix = std::string(http::kSessionCookie) + "=";
  for (const auto& [k, v] : r.headers)
    if (k == "Set-Cookie" && v.rfind(prefix, 0) == 0) return v.substr(prefix.size(), v.find(';') - prefix.size());
  return "";
}

class OidcFlowTest : public AccessWebTest {
 protected:
  static void SetUpTestSuite() {
    provider() = std::make_unique<hc::testing::OidcProviderServer>(hc::testing::OidcProviderOptions{
        {kCallback}, {{"dwho", "HealthCheck.Admin"}, {"rtyler", "HealthCheck.Director;HealthCheck.Other"}}});
  }
  static void TearDownTestSuite() { provider().reset(); }

  OidcFlowTest() : AccessWebTest(false, [](WebAppOptions& o) { configureOidc(o, provider()->issuer()); }) {}

  // Starts at /sign-in/oidc, signs in at the provider, and returns the
  // callback request (its query and the browser's cookies) not yet sent.
  http::Request throughProvider(const std::string& user) {
    http::Response start = browse("GET", "/sign-in/oidc");
    EXPECT_EQ(start.status, 303);
    const std::string authorize = start.header("Location");
    EXPECT_EQ(authorize.rfind(provider()->issuer() + "/oauth2/authorize?", 0), 0u) << authorize;
    EXPECT_NE(authorize.find("code_challenge_method=S256"), std::string::npos);
    EXPECT_TRUE(cookies_.count(account::OidcPages::kBindingCookie));
    hc::testing::ProviderBrowser idp;
    const Poco::URI back(idp.signIn(authorize, user, user));
    http::Request r{"GET", back.getPath()};
    for (const auto& [k, v] : back.getQueryParameters()) r.query[k] = v;
    r.cookies = cookies_;
    return r;
  }
  http::Response send(http::Request r) { return app_->handle(r); }
};

TEST_F(OidcFlowTest, TheSignInPageOffersTheCouncilAccount) {
  http::Response page = browse("GET", "/login");
  EXPECT_NE(page.body.find("Sign in with your council account"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/sign-in/oidc\""), std::string::npos);
}

TEST_F(OidcFlowTest, AnAdminSignsInThroughTheProviderAndLandsOnTheAdminArea) {
  http::Response back = send(throughProvider("dwho"));
  ASSERT_EQ(back.status, 303) << back.body;
  auto user = access::UserStore(test_db_.db()).find("dwho");
  ASSERT_TRUE(user);
  EXPECT_EQ(user->role, access::Role::kAdmin);
  EXPECT_EQ(back.header("Location"), view::landingPath(*user));
  const std::string session = sessionOf(back);
  ASSERT_FALSE(session.empty());
  // No token in the browser: only the session cookie, and the binding one cleared.
  for (const auto& [k, v] : back.headers)
    if (k == "Set-Cookie") EXPECT_TRUE(v.rfind("hc_session", 0) == 0 || v.rfind("hc_oidc=;", 0) == 0 ||
                                       v.rfind(http::CsrfProtection::kCookie, 0) == 0) << v;
  http::Request home{"GET", "/admin"};
  home.cookies[http::kSessionCookie] = session;
  EXPECT_EQ(app_->handle(home).status, 200);
}

TEST_F(OidcFlowTest, ADirectorLandsOnTheOverviewWithTheDirectorRole) {
  http::Response back = send(throughProvider("rtyler"));
  ASSERT_EQ(back.status, 303) << back.body;
  auto user = access::UserStore(test_db_.db()).find("rtyler");
  ASSERT_TRUE(user);
  EXPECT_EQ(user->role, access::Role::kDirector);
  EXPECT_EQ(back.header("Location"), view::landingPath(*user));
  http::Request admin{"GET", "/admin"};
  admin.cookies[http::kSessionCookie] = sessionOf(back);
  EXPECT_EQ(app_->handle(admin).status, 403);
}

TEST_F(OidcFlowTest, APersonWithNoMappedRoleIsToldWhomToAsk) {
  http::Response back = send(throughProvider("msmith"));
  EXPECT_EQ(back.status, 403);
  EXPECT_NE(back.body.find("the Performance Team (performance@council.example)"), std::string::npos);
  EXPECT_TRUE(sessionOf(back).empty());
}

TEST_F(OidcFlowTest, TheProvidersAnswerWorksOnceOnly) {
  const http::Request callback = throughProvider("dwho");
  ASSERT_EQ(send(callback).status, 303);
  http::Response again = send(callback);  // replayed: the state is spent
  EXPECT_EQ(again.status, 403);
  EXPECT_NE(again.body.find("already used"), std::string::npos);
  EXPECT_TRUE(sessionOf(again).empty());
  int refused = 0;  // the replay, audited
  for (const auto& e : access::AuditLog(test_db_.db()).since("2000-01-01"))
    refused += e.actor == "directory:oidc" && e.action == "login-failed" && e.detail.find("already used") != std::string::npos;
  EXPECT_EQ(refused, 1);
}

TEST_F(OidcFlowTest, AnotherBrowserCannotFinishTheSignIn) {
  http::Request callback = throughProvider("dwho");
  callback.cookies.erase(account::OidcPages::kBindingCookie);
  http::Response r = send(callback);
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(sessionOf(r).empty());
  EXPECT_FALSE(access::UserStore(test_db_.db()).find("dwho"));
}

TEST_F(OidcFlowTest, AForgedStateIsRefused) {
  http::Request callback = throughProvider("dwho");
  callback.query["state"] = "made-up";
  EXPECT_EQ(send(callback).status, 403);
}

TEST_F(OidcFlowTest, TheAdminsConnectionTestSaysItWorks) {
  addUser("root", access::Role::kAdmin);
  http::Request get = as("root", "GET", "/admin/directories");
  http::Response page = app_->handle(get);
  EXPECT_NE(page.body.find("OpenID Connect (Microsoft Entra ID)"), std::string::npos);
  EXPECT_EQ(page.body.find("a test client secret"), std::string::npos);  // the secret is never shown
  http::Request test = as("root", "POST", "/admin/directories/oidc/test");
  http::Response r = app_->handle(test);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("The connection to OpenID Connect (Microsoft Entra ID) works."), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("1 RSA key(s) at " + provider()->issuer() + "/oauth2/jwks"), std::string::npos);
}

// The provider down: its own server, stopped, so nothing answers there.
class OidcProviderDownTest : public AccessWebTest {
 protected:
  OidcProviderDownTest()
      : AccessWebTest(false, [](WebAppOptions& o) { configureOidc(o, stoppedIssuer()); }) {}
  static std::string stoppedIssuer() {
    static const std::string issuer = [] {
      hc::testing::OidcProviderServer idp({{kCallback}, {}});
      return idp.issuer();  // the server ends with this scope
    }();
    return issuer;
  }
};

TEST_F(OidcProviderDownTest, AClearPageAndTheLocalAdminPasswordStillWorks) {
  http::Response r = browse("GET", "/sign-in/oidc");
  EXPECT_EQ(r.status, 503);
  EXPECT_NE(r.body.find("The council&#39;s sign-in service is not answering"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("href=\"/login\""), std::string::npos);
  addUser("root", access::Role::kAdmin, {}, true);
  browse("GET", "/login");
  http::Response signed_in = browse("POST", "/login", {{"username", "root"}, {"password", kTestPassword}});
  EXPECT_EQ(signed_in.status, 303);
  EXPECT_FALSE(sessionOf(signed_in).empty());
}

TEST_F(OidcProviderDownTest, TheAdminsConnectionTestSaysWhichStepFailed) {
  addUser("root", access::Role::kAdmin);
  http::Request test = as("root", "POST", "/admin/directories/oidc/test");
  http::Response r = app_->handle(test);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("The test failed at: Discovery document."), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("Connection refused"), std::string::npos);
}

}  // namespace
}  // namespace hc::web

// The error pages (issue 24, item 12) through the whole application: every
// 403, 404, 405 and 500 has the site's header when someone is signed in and
// says where that role goes next; an unknown results token answers the
// same 404 as any unknown address.
#include <gtest/gtest.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <sstream>
#include <stdexcept>

#include "access/access_scope.h"
#include "access_fixture.h"
#include "web/http/web_server.h"

namespace hc::web {
namespace {

using http::Request;
using http::Response;

// Where each visitor is told to go, as a link on the page.
struct Visitor {
  std::string name;  // "" for not signed in
  access::Role role;
  std::string next_link;
};

class ErrorPagesTest : public AccessWebTest {
 protected:
  ErrorPagesTest() {
    addUser("admin", access::Role::kAdmin);
    addUser("analyst", access::Role::kAnalyst);
    addUser("manager", access::Role::kManager, {"T1"});
    addUser("director", access::Role::kDirector);
    addUser("member", access::Role::kMember);
  }

  const std::vector<Visitor> visitors_ = {
      {"", access::Role::kMember, "href=\"/login\""},
      {"admin", access::Role::kAdmin, "href=\"/admin/imports\""},
      {"analyst", access::Role::kAnalyst, "href=\"/admin/imports\""},
      {"manager", access::Role::kManager, "href=\"/dashboard/team/T1\""},
      {"director", access::Role::kDirector, "href=\"/dashboard\""},
      {"member", access::Role::kMember, "href=\"/dashboard\""},
  };

  Response get(const std::string& user, const std::string& path, const std::string& method = "GET") {
    Request r = as(user, method, path);
    return app_->handle(r);
  }

  // The page is the site's own, with the header when someone is signed in
  // and the link to where the visitor goes next.
  void expectSitePage(const Response& r, const Visitor& v, int status, const std::string& title) {
    const std::string who = v.name.empty() ? "not signed in" : v.name;
    EXPECT_EQ(r.status, status) << who;
    EXPECT_EQ(r.content_type, "text/html; charset=utf-8") << who;
    EXPECT_NE(r.body.find("<h1 class=\"govuk-heading-l\">" + title + "</h1>"), std::string::npos) << who << r.body;
    EXPECT_NE(r.body.find(v.next_link), std::string::npos) << who << ": " << v.next_link;
    EXPECT_EQ(r.body.find(">Sign out") != std::string::npos, !v.name.empty()) << who;
    EXPECT_EQ(r.body.find("aria-label=\"Sections\"") != std::string::npos, !v.name.empty()) << who;
    EXPECT_EQ(r.body.find("ask your administrator"), std::string::npos) << who;
    if (v.role == access::Role::kAdmin && !v.name.empty()) {
      EXPECT_EQ(r.body.find("administrator"), std::string::npos) << "an admin is not sent to an admin";
      for (const char* section : {"href=\"/admin\"", "href=\"/admin/surveys\"", "href=\"/admin/users\""})
        EXPECT_NE(r.body.find(section), std::string::npos) << section;
    }
  }
};

TEST_F(ErrorPagesTest, AnUnknownAddressIsTheSitesPageNotFoundForEveryVisitor) {
  for (const Visitor& v : visitors_) {
    expectSitePage(get(v.name, "/no-such-page"), v, 404, "Page not found");
    expectSitePage(get(v.name, "/assets/no-such.css"), v, 404, "Page not found");
  }
}

TEST_F(ErrorPagesTest, NoAccessSaysWhereTheRoleGoesInsteadWithTheHeader) {
  // Each signed-in role on a page it may not open.
  const std::map<std::string, std::string> refused = {{"admin", "/dashboard"},       {"analyst", "/dashboard"},
                                                      {"manager", "/admin"}, {"director", "/admin"},
                                                      {"member", "/admin"}};
  for (const Visitor& v : visitors_) {
    if (v.name.empty()) continue;
    expectSitePage(get(v.name, refused.at(v.name)), v, 403, "You do not have access to this page");
  }
}

TEST_F(ErrorPagesTest, AFormWithoutItsTokenIsRefusedSayingSo) {
  Request r = as("director", "POST", "/dashboard/actions");
  r.form.erase("csrf");
  const Response refused = app_->handle(r);
  expectSitePage(refused, visitors_[4], 403, "You do not have access to this page");
  EXPECT_NE(refused.body.find("The form had expired or was sent from another page, so nothing was changed."),
            std::string::npos);
}

TEST_F(ErrorPagesTest, AMethodTheAddressDoesNotTakeIsAPageToo) {
  for (const Visitor& v : visitors_) expectSitePage(get(v.name, "/login", "DELETE"), v, 405, "This page cannot be opened that way");
}

TEST_F(ErrorPagesTest, AnUnknownResultsTokenIsTheSameAsAnyUnknownAddress) {
  for (const std::string user : {"", "director"}) {
    // One browser, one session: the same header on both pages.
    Request unknown_page = as(user, "GET", "/no-such-page");
    Request token = unknown_page;
    token.path = "/r/0123456789abcdef0123456789abcdef";
    const Response a = app_->handle(unknown_page);
    const Response b = app_->handle(token);
    EXPECT_EQ(a.status, 404);
    EXPECT_EQ(b.status, 404);
    EXPECT_EQ(a.body, b.body) << (user.empty() ? "not signed in" : user);
  }
}

TEST_F(ErrorPagesTest, AFaultIsTheSitesPageWithTheHeaderAndNoInternals) {
  app_->router().get("/test/fault", [](Request&) -> Response { throw std::runtime_error("secret internals"); },
                     access::access_tag::kSignedIn);
  http::WebServerOptions options;
  options.port = 0;
  http::WebServer server(app_->router(), options);
  server.start();
  const Request signed_in = as("manager", "GET", "/test/fault");
  Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/test/fault", Poco::Net::HTTPMessage::HTTP_1_1);
  request.set("Cookie", std::string(http::kSessionCookie) + "=" + signed_in.cookie(http::kSessionCookie) + "; " +
                            http::CsrfProtection::kCookie + "=" + kCsrfCookie);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::ostringstream body;
  Poco::StreamCopier::copyStream(session.receiveResponse(response), body);
  server.stop();
  Response r;
  r.status = response.getStatus();
  r.content_type = response.getContentType();
  r.body = body.str();
  expectSitePage(r, visitors_[3], 500, "Sorry, there is a problem with the service");
  EXPECT_EQ(r.body.find("secret internals"), std::string::npos);
}

}  // namespace
}  // namespace hc::web

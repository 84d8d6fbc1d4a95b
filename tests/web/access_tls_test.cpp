// HTTPS through Poco NetSSL with a certificate made for the test (openssl
// on the PATH; skipped without it): HSTS, and the sign-in
// page's security headers over a real socket; no plain HTTP on its port.
#include <gtest/gtest.h>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>

#include <cstdlib>
#include <sstream>

#include "access_fixture.h"
#include "support/test_files.h"
#include "web/http/web_server.h"

namespace hc::web {
namespace {

class AccessTlsTest : public AccessWebTest {
 protected:
  AccessTlsTest() : AccessWebTest(true) {}
};

Poco::Net::Context::Ptr clientContext() {
  Poco::Net::initializeSSL();
  return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_NONE);
}

TEST_F(AccessTlsTest, ServesHttpsWithHstsAndSecurityHeaders) {
  if (std::system("command -v openssl >/dev/null 2>&1") != 0) GTEST_SKIP() << "no openssl command";
  const std::string dir = hc::testing::makeTempDir("access_tls");
  const std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -keyout " + dir +
                          "/key.pem -out " + dir + "/cert.pem >/dev/null 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  http::WebServerOptions options;
  options.port = 0;
  options.tls_cert = dir + "/cert.pem";
  options.tls_key = dir + "/key.pem";
  http::WebServer server(app_->router(), options);
  server.start();

  Poco::Net::HTTPSClientSession session("127.0.0.1", server.port(), clientContext());
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/login", Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::istream& body = session.receiveResponse(response);
  std::ostringstream text;
  Poco::StreamCopier::copyStream(body, text);
  EXPECT_EQ(response.getStatus(), 200);
  EXPECT_NE(text.str().find("Sign in"), std::string::npos);
  EXPECT_EQ(response.get("Strict-Transport-Security", ""), "max-age=31536000");
  EXPECT_NE(response.get("Content-Security-Policy", "").find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(response.get("X-Frame-Options", ""), "DENY");

  // Plain HTTP to the TLS port gets no page.
  Poco::Net::HTTPClientSession plain("127.0.0.1", server.port());
  plain.setTimeout(Poco::Timespan(5, 0));
  Poco::Net::HTTPRequest again(Poco::Net::HTTPRequest::HTTP_GET, "/login", Poco::Net::HTTPMessage::HTTP_1_1);
  bool got_page = false;
  try {
    plain.sendRequest(again);
    Poco::Net::HTTPResponse plain_response;
    plain.receiveResponse(plain_response);
    got_page = plain_response.getStatus() == 200;
  } catch (const Poco::Exception&) {
  }
  EXPECT_FALSE(got_page);
  server.stop();
}

TEST(AccessTlsOptionsTest, ACertificateWithoutItsKeyIsRefused) {
  http::Router router;
  http::WebServerOptions options;
  options.port = 0;
  options.tls_cert = "/nonexistent/cert.pem";
  http::WebServer server(router, options);
  EXPECT_ANY_THROW(server.start());
}

}  // namespace
}  // namespace hc::web

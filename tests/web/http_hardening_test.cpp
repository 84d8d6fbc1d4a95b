// What the security review found in the HTTP layer, over a real loopback
// socket: reason phrases, smuggling by double framing, a second server on
// a taken port, the CSRF cookie's Secure flag and secret length, and slow
// clients trickling headers.
#include <gtest/gtest.h>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <stdexcept>
#include <string>

#include "web/csrf.h"
#include "web/router.h"
#include "web/web_server.h"

namespace hc::web {
namespace {

class HttpHardeningTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.get("/", [](Request&) { return Response::text(200, "hello\n"); });
    router_.post("/form", [](Request&) { return Response::text(200, "posted\n"); });
    options_.port = 0;
    options_.max_threads = 8;
  }

  // Sends `raw` on a fresh connection and reads until the server closes it
  // (or 5 s pass).
  std::string exchange(WebServer& server, const std::string& raw) {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
    socket.setReceiveTimeout(Poco::Timespan(5, 0));
    socket.sendBytes(raw.data(), static_cast<int>(raw.size()));
    std::string got;
    char buffer[4096];
    try {
      for (int n; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;) got.append(buffer, size_t(n));
    } catch (const Poco::Exception&) {
      got += "(timed out)";
    }
    return got;
  }

  Router router_;
  WebServerOptions options_;
};

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_F(HttpHardeningTest, ErrorStatusLinesCarryTheirOwnReasonPhrase) {
  WebServer server(router_, options_);
  server.start();
  const std::string got = exchange(server, "GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(got.rfind("HTTP/1.1 404 Not Found\r\n", 0), 0u) << got;
  const std::string ok = exchange(server, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(ok.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << ok;
}

TEST_F(HttpHardeningTest, ContentLengthWithTransferEncodingIsRefusedAndTheConnectionClosed) {
  WebServer server(router_, options_);
  server.start();
  // Read as chunked, the body ends at "0\r\n\r\n" and a smuggled GET follows.
  const std::string got = exchange(server,
                                   "POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                   "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                                   "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(got.rfind("HTTP/1.1 400 Bad Request\r\n", 0), 0u) << got;
  EXPECT_EQ(count(got, "HTTP/1.1 "), 1u) << "the smuggled request got no answer: " << got;
  EXPECT_NE(got.find("Connection: close"), std::string::npos) << got;
  EXPECT_EQ(got.find("(timed out)"), std::string::npos) << "the server closed the connection";
}

TEST_F(HttpHardeningTest, ASecondServerOnATakenPortRefusesToStart) {
  WebServer first(router_, options_);
  first.start();
  WebServerOptions same = options_;
  same.port = first.port();
  WebServer second(router_, same);
  EXPECT_ANY_THROW(second.start());
  // The first still answers everything.
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ(exchange(first, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").rfind("HTTP/1.1 200", 0), 0u);
}

TEST(CsrfCookie, IsSecureOverTlsAndTheSecretLongEnough) {
  Request request;
  Response plain, secure;
  CsrfProtection("", false).cookieFor(request, plain);
  CsrfProtection("", true).cookieFor(request, secure);
  EXPECT_EQ(plain.header("Set-Cookie").find("Secure"), std::string::npos);
  const std::string cookie = secure.header("Set-Cookie");
  EXPECT_EQ(cookie.substr(cookie.size() - 8), "; Secure") << cookie;
  EXPECT_THROW(CsrfProtection(std::string(31, 'k')), std::invalid_argument);
  EXPECT_NO_THROW(CsrfProtection(std::string(32, 'k')));
}

}  // namespace
}  // namespace hc::web

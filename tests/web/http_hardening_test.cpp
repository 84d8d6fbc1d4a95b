// What the security review found in the HTTP layer, over a real loopback
// socket: reason phrases, smuggling by double framing, a second server on
// a taken port, the CSRF cookie's Secure flag and secret length, and slow
// clients trickling headers.
#include <gtest/gtest.h>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "store/database_url.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "web/http/csrf.h"
#include "web/http/router.h"
#include "web/http/web_server.h"

namespace hc::web::http {
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
  EXPECT_TRUE(got.find("Connection: close") != std::string::npos || got.find("Connection: Close") != std::string::npos)
      << got;
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

TEST_F(HttpHardeningTest, SlowClientsTricklingHeadersCannotStopTheServerAnsweringOthers) {
  // Three slow clients per thread, each sending a header line every 300 ms
  // and never finishing: without a bound on the whole request each holds a
  // thread for ever (Poco's timeout restarts with every byte).
  std::signal(SIGPIPE, SIG_IGN);
  options_.max_threads = 8;
  options_.head_read_limit = std::chrono::milliseconds(1000);
  WebServer server(router_, options_);
  server.start();
  std::vector<Poco::Net::StreamSocket> slow;
  for (int i = 0; i < 24; ++i) {
    slow.emplace_back(Poco::Net::SocketAddress("127.0.0.1", server.port()));
    const std::string start = "GET / HTTP/1.1\r\nHost: x\r\n";
    slow.back().sendBytes(start.data(), int(start.size()));
  }
  std::atomic<bool> done{false};
  std::thread trickle([&] {
    for (int round = 0; round < 40 && !done; ++round) {  // at most 12 s
      for (auto& s : slow) {
        try {
          s.sendBytes("X-Slow: 1\r\n", 11);
        } catch (const Poco::Exception&) {  // the server cut it off
        }
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // every thread taken by now
  // Others are answered while the trickle goes on: within the limit plus a
  // little, far inside exchange()'s 5 s.
  int answered = 0;
  for (int i = 0; i < 3; ++i)
    answered += exchange(server, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").rfind("HTTP/1.1 200", 0) == 0;
  done = true;
  trickle.join();
  EXPECT_EQ(answered, 3);
  // The slow ones were cut off: reading finds the connection closed.
  int closed = 0;
  for (auto& s : slow) {
    s.setReceiveTimeout(Poco::Timespan(2, 0));
    char buffer[512];
    try {
      int n;
      while ((n = s.receiveBytes(buffer, sizeof buffer)) > 0) {
      }
      ++closed;
    } catch (const Poco::TimeoutException&) {  // still open: not cut off
    } catch (const Poco::Exception&) {
      ++closed;  // reset by the server
    }
  }
  EXPECT_EQ(closed, 24);
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
}  // namespace hc::web::http

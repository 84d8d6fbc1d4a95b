// The connection layer over real loopback sockets (issue 26): slow clients
// hold no worker, per-address caps on connections and requests in flight,
// the RFC 9112 shapes refused with 400 and close, and a taken port named.
// 127.0.0.2 plays the hostile client, 127.0.0.1 everyone else. Every test
// is bounded (a few seconds) and stops by itself.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "loopback_client.h"
#include "web/http/router.h"
#include "web/http/web_server.h"

namespace hc::web::http {
namespace {

using hc::testing::LoopbackClient;
using hc::testing::statusOf;
using Clock = std::chrono::steady_clock;

constexpr const char* kGet = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";

class HttpConnectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.get("/", [](Request&) { return Response::text(200, "hello\n"); });
    router_.post("/form", [](Request& r) { return Response::text(200, "posted " + r.field("a") + "\n"); });
    router_.get("/held", [this](Request&) {
      std::unique_lock<std::mutex> lock(mutex_);
      ++held_;
      changed_.notify_all();
      changed_.wait_for(lock, std::chrono::seconds(5), [this] { return released_; });
      return Response::text(200, "released\n");
    });
    options_.port = 0;
    options_.max_threads = 4;
  }

  // GET / from 127.0.0.1 on a fresh connection: its status and how long
  // the answer took.
  std::pair<int, double> bystander(uint16_t port) {
    const auto started = Clock::now();
    LoopbackClient client("127.0.0.1", port);
    client.send(kGet);
    const int status = statusOf(client.answer(std::chrono::seconds(5)));
    return {status, std::chrono::duration<double>(Clock::now() - started).count()};
  }

  Router router_;
  WebServerOptions options_;
  std::mutex mutex_;
  std::condition_variable changed_;
  int held_ = 0;
  bool released_ = false;
};

TEST_F(HttpConnectionTest, SlowClientsHoldNoWorkerAndOthersAreAnsweredWithinASecond) {
  // 4 workers; 40 connections from 127.0.0.2, half sending a header line
  // and half a body byte every 2 s, each reopened when the server closes
  // it. On a thread per connection they take every thread.
  options_.max_client_connections = 100;
  WebServer server(router_, options_);
  server.start();
  const uint16_t port = server.port();
  std::atomic<bool> done{false};
  std::atomic<int> reopened{0};
  std::vector<std::thread> slow;
  for (int i = 0; i < 40; ++i) {
    slow.emplace_back([&, body = i % 2 == 1] {
      while (!done) {
        LoopbackClient client("127.0.0.2", port);
        client.send(body ? "POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                           "Content-Length: 1000\r\n\r\n"
                         : "GET / HTTP/1.1\r\nHost: x\r\n");
        bool open = true;
        while (!done && open) {
          for (int tick = 0; tick < 20 && !done; ++tick) std::this_thread::sleep_for(std::chrono::milliseconds(100));
          open = client.send(body ? "a" : "X-Slow: 1\r\n");
          if (open) {
            client.receive(std::chrono::milliseconds(1), [](const std::string&) { return false; });
            open = !client.closed;
          }
        }
        if (!open) ++reopened;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  // 127.0.0.1 twice a second for 13 s: past both deadlines (5 s for a
  // head, 10 s for a body), so the slow ones are cut off and come back.
  std::vector<std::pair<int, double>> answers;
  for (int i = 0; i < 26; ++i) {
    const auto next = Clock::now() + std::chrono::milliseconds(500);
    answers.push_back(bystander(port));
    std::this_thread::sleep_until(next);
  }
  done = true;
  for (auto& t : slow) t.join();
  for (const auto& [status, seconds] : answers) {
    EXPECT_EQ(status, 200);
    EXPECT_LT(seconds, 1.0) << "a visitor waited behind the slow clients";
  }
  EXPECT_GE(reopened.load(), 40) << "the server cut off every slow connection at its deadline";
}

TEST_F(HttpConnectionTest, OneAddressIsCappedInConnectionsWhileOthersStillConnect) {
  options_.max_client_connections = 4;
  WebServer server(router_, options_);
  server.start();
  std::vector<std::unique_ptr<LoopbackClient>> idle;
  for (int i = 0; i < 4; ++i) idle.push_back(std::make_unique<LoopbackClient>("127.0.0.2", server.port()));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // all four accepted
  LoopbackClient fifth("127.0.0.2", server.port());
  const std::string refused = fifth.untilClosed(std::chrono::seconds(3));
  EXPECT_EQ(statusOf(refused), 429) << refused;
  EXPECT_NE(refused.find("Too many connections from your address"), std::string::npos) << refused;
  EXPECT_TRUE(fifth.closed);
  EXPECT_EQ(bystander(server.port()).first, 200) << "another address is not capped by this one";
  // The held ones still work, and a closed one frees its place.
  ASSERT_TRUE(idle[0]->send(kGet));
  EXPECT_EQ(statusOf(idle[0]->answer()), 200);
  idle.pop_back();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  LoopbackClient again("127.0.0.2", server.port());
  ASSERT_TRUE(again.send(kGet));
  EXPECT_EQ(statusOf(again.answer()), 200);
}

TEST_F(HttpConnectionTest, RequestsInFlightPerAddressAreCappedWith429) {
  options_.max_client_requests = 2;
  WebServer server(router_, options_);
  server.start();
  LoopbackClient first("127.0.0.2", server.port()), second("127.0.0.2", server.port());
  first.send("GET /held HTTP/1.1\r\nHost: x\r\n\r\n");
  second.send("GET /held HTTP/1.1\r\nHost: x\r\n\r\n");
  {
    std::unique_lock<std::mutex> lock(mutex_);
    ASSERT_TRUE(changed_.wait_for(lock, std::chrono::seconds(5), [this] { return held_ == 2; }));
  }
  LoopbackClient third("127.0.0.2", server.port());
  third.send(kGet);
  const std::string refused = third.answer(std::chrono::seconds(2));
  EXPECT_EQ(statusOf(refused), 429) << refused;
  EXPECT_NE(refused.find("Retry-After: 1"), std::string::npos) << refused;
  EXPECT_EQ(bystander(server.port()).first, 200) << "127.0.0.1 has its own allowance";
  {
    std::lock_guard<std::mutex> lock(mutex_);
    released_ = true;
  }
  changed_.notify_all();
  EXPECT_EQ(statusOf(first.answer()), 200);
  EXPECT_EQ(statusOf(second.answer()), 200);
  third.send(kGet);  // the same connection, now within the cap
  EXPECT_EQ(statusOf(third.answer()), 200);
}

TEST_F(HttpConnectionTest, TheShapesRfc9112RefusesGet400AndTheConnectionClosed) {
  WebServer server(router_, options_);
  server.start();
  const std::string form = "POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n";
  const std::vector<std::pair<std::string, std::string>> shapes = {
      {"two different Content-Length values", form + "Content-Length: 3\r\nContent-Length: 30\r\n\r\na=1"},
      {"Content-Length listing two values", form + "Content-Length: 3, 30\r\n\r\na=1"},
      {"a space before the colon", form + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n"},
      {"a negative Content-Length", form + "Content-Length: -1\r\n\r\n"},
      {"a non-numeric Content-Length", form + "Content-Length: 3a\r\n\r\na=1"},
      {"HTTP/1.1 without Host", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n"},
      {"a header line without a colon", "GET / HTTP/1.1\r\nHost: x\r\nX-No-Colon\r\n\r\n"},
      {"obs-fold", "GET / HTTP/1.1\r\nHost: x\r\nX-Folded: one\r\n two\r\n\r\n"},
      {"both framings", form + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"},
  };
  for (const auto& [shape, raw] : shapes) {
    LoopbackClient client("127.0.0.1", server.port());
    // A second request follows: if the first were read another way, it
    // would be answered too (smuggled).
    client.send(raw + "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    const std::string got = client.untilClosed(std::chrono::seconds(4));
    EXPECT_EQ(got.rfind("HTTP/1.1 400 Bad Request\r\n", 0), 0u) << shape << ": " << got;
    EXPECT_NE(got.find("\r\nConnection: close\r\n"), std::string::npos) << shape << ": " << got;
    EXPECT_EQ(got.find("\nHTTP/1.1 "), std::string::npos) << shape << ": the second request was answered: " << got;
    EXPECT_TRUE(client.closed) << shape << ": the server kept the connection open";
  }
  // And the well-formed request is served, twice on one connection.
  LoopbackClient client("127.0.0.1", server.port());
  client.send(form + "Content-Length: 3\r\n\r\na=1");
  EXPECT_NE(client.answer().find("posted 1"), std::string::npos);
  client.send(kGet);
  EXPECT_EQ(statusOf(client.answer()), 200);
}

TEST_F(HttpConnectionTest, ASecondServerOnATakenPortSaysWhichAddressAndWhy) {
  WebServer first(router_, options_);
  first.start();
  WebServerOptions same = options_;
  same.port = first.port();
  WebServer second(router_, same);
  try {
    second.start();
    FAIL() << "the second server started on a taken port";
  } catch (const std::exception& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("127.0.0.1:" + std::to_string(first.port())), std::string::npos) << message;
    EXPECT_NE(message.find("in use"), std::string::npos) << message;
  }
  EXPECT_EQ(bystander(first.port()).first, 200);
}

}  // namespace
}  // namespace hc::web::http

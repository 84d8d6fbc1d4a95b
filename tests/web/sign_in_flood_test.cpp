// Sign-in under a flood, over real loopback sockets (issue 26): wrong
// sign-ins from 127.0.0.2 never park the request threads behind the
// Argon2 slots, so 127.0.0.1 still gets /login within a second; sign-ins
// beyond the hashing queue get 429 at once; an address that fails too
// often is refused before any hashing, for every account, while others
// sign in. Bounded: some 10 s in all.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "access/address_failures.h"
#include "access/sign_in_queue.h"
#include "access_fixture.h"
#include "loopback_client.h"
#include "web/http/web_server.h"

namespace hc::web {
namespace {

using hc::testing::LoopbackClient;
using hc::testing::statusOf;
using Clock = std::chrono::steady_clock;

class SignInFloodTest : public AccessWebTest {
 protected:
  SignInFloodTest() { addUser("director", access::Role::kDirector, {}, true); }

  // A POST /login with a valid CSRF cookie and token.
  std::string signIn(const std::string& username, const std::string& password) const {
    const std::string body = std::string(http::CsrfProtection::kField) + "=" +
                             app_->csrf().tokenFor(kCsrfCookie, "login") + "&username=" + username +
                             "&password=" + password;
    return "POST /login HTTP/1.1\r\nHost: x\r\nCookie: " + std::string(http::CsrfProtection::kCookie) + "=" +
           kCsrfCookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
  }

  std::string once(const std::string& source, uint16_t port, const std::string& raw) {
    LoopbackClient client(source, port);
    client.send(raw);
    return client.answer(std::chrono::seconds(20));
  }
};

TEST_F(SignInFloodTest, AFloodFromOneAddressLeavesTheSignInPageQuickForOthers) {
  http::WebServerOptions options;
  options.port = 0;
  options.max_threads = 16;  // on a thread per connection, 24 flooding clients take them all
  http::WebServer server(app_->router(), options);
  server.start();
  const uint16_t port = server.port();
  std::atomic<bool> done{false};
  std::atomic<int> refused{0}, failed{0};
  std::vector<std::thread> flood;
  for (int i = 0; i < 24; ++i) {
    flood.emplace_back([&, i] {
      const std::string attempt = signIn("nobody", "wrong-password-" + std::to_string(i));
      while (!done) {
        LoopbackClient client("127.0.0.2", port);
        while (!done && client.send(attempt)) {
          const std::string got = client.answer(std::chrono::seconds(10));
          const int status = statusOf(got);
          if (status == 429) ++refused;
          else if (status == 200) ++failed;
          if (client.closed || status == 0) break;
        }
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // Twice a second for 6 s, and on until the flood has failed often enough
  // to be refused for its address (the hashes' pace depends on the
  // machine), for at most 30 s.
  std::vector<std::pair<int, double>> answers;
  const auto began = Clock::now();
  while (Clock::now() - began < std::chrono::seconds(30) &&
         (Clock::now() - began < std::chrono::seconds(6) || failed < access::kAddressFailures)) {
    const auto next = Clock::now() + std::chrono::milliseconds(500);
    const auto started = Clock::now();
    const int status = statusOf(once("127.0.0.1", port, "GET /login HTTP/1.1\r\nHost: x\r\n\r\n"));
    answers.emplace_back(status, std::chrono::duration<double>(Clock::now() - started).count());
    std::this_thread::sleep_until(next);
  }
  done = true;
  for (auto& t : flood) t.join();
  for (const auto& [status, seconds] : answers) {
    EXPECT_EQ(status, 200);
    EXPECT_LT(seconds, 1.0) << "GET /login waited behind the flood";
  }
  EXPECT_GT(refused.load(), 0);
  EXPECT_GE(failed.load(), access::kAddressFailures) << "the flood's sign-ins were checked until the address limit";

  // The flooding address is refused even with the right password, before
  // hashing; another address signs in to the same account.
  const std::string blocked = once("127.0.0.2", port, signIn("director", "correct+horse+battery+staple"));
  EXPECT_EQ(statusOf(blocked), 429) << blocked;
  EXPECT_NE(blocked.find("Retry-After: "), std::string::npos);
  EXPECT_NE(blocked.find("Too many failed sign-ins from your network"), std::string::npos);
  const std::string signed_in = once("127.0.0.1", port, signIn("director", "correct+horse+battery+staple"));
  EXPECT_EQ(statusOf(signed_in), 303) << signed_in;
}

TEST_F(SignInFloodTest, SignInsBeyondTheHashingQueueGet429AtOnce) {
  http::WebServerOptions options;
  options.port = 0;
  options.max_threads = 32;
  http::WebServer server(app_->router(), options);
  server.start();
  const uint16_t port = server.port();
  // 32 sign-ins at the same moment, each from its own address (so that no
  // per-address cap is what refuses them): more than the hashes running
  // plus the few that may wait.
  constexpr int kClients = 32;
  std::vector<std::unique_ptr<LoopbackClient>> clients;
  for (int i = 0; i < kClients; ++i)
    clients.push_back(std::make_unique<LoopbackClient>("127.0.1." + std::to_string(i + 1), port));
  const std::string attempt = signIn("director", "not-the-password");
  for (auto& c : clients) c->send(attempt);
  int too_many = 0, checked = 0;
  for (auto& c : clients) {
    const std::string got = c->answer(std::chrono::seconds(20));
    if (statusOf(got) == 429) {
      ++too_many;
      EXPECT_NE(got.find("Retry-After: 60\r\n"), std::string::npos) << got;
      EXPECT_NE(got.find(access::kTooManySignInsMessage), std::string::npos) << got;
    } else {
      EXPECT_EQ(statusOf(got), 200) << got;  // the failed sign-in's form
      ++checked;
    }
  }
  EXPECT_GT(too_many, 0);
  EXPECT_GE(checked, access::kMaxConcurrentHashes);
}

}  // namespace
}  // namespace hc::web

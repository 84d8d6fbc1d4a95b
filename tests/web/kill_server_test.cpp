// The server killed (SIGKILL) in the middle of survey submissions, then
// started again on the same database: every response the server accepted
// (answered with the thank-you redirect) is stored with all its answers and
// its link used; nothing is half-stored (a used link without its response,
// a response without all its answers, drafts left of a used link); a link
// accepted before the kill is refused after it, and the others still work.
//
// The server runs in a forked child so that it can be killed for real
// while this process keeps the database and the clients.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/URI.h>

#include <atomic>
#include <mutex>
#include <regex>
#include <sstream>
#include <thread>

#include "store/schema.h"
#include "support/test_database.h"
#include "surveys/survey_runs.h"
#include "surveys/tokens.h"
#include "web/web_app.h"
#include "web/http/web_server.h"

namespace hc::web {
namespace {

WebAppOptions appOptions(const std::string& url) {
  WebAppOptions options;
  options.db_url = url;
  options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
  options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
  options.csrf_secret = "kill-test-secret-of-32-characters";  // forms stay valid across the restart, as with HEALTHCHECK_CSRF_SECRET
  return options;
}

// One respondent's browser: keeps the CSRF cookie and the form's token.
class Respondent {
 public:
  explicit Respondent(uint16_t port) : session_("127.0.0.1", port) { session_.setTimeout(Poco::Timespan(20, 0)); }

  // Status and Location of one request; throws Poco::Exception when the
  // server is gone.
  int send(const std::string& method, const std::string& path, const std::string& body, std::string* location) {
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!cookies_.empty()) request.setCookies(cookies_);
    if (method == "POST") {
      request.setContentType("application/x-www-form-urlencoded");
      request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    session_.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::ostringstream text;
    text << session_.receiveResponse(response).rdbuf();
    std::vector<Poco::Net::HTTPCookie> set;
    response.getCookies(set);
    for (const auto& c : set) cookies_.set(c.getName(), c.getValue());
    std::smatch m;
    const std::string page = text.str();
    if (std::regex_search(page, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) csrf_ = m[1];
    if (location) *location = response.get("Location", "");
    return response.getStatus();
  }
  const std::string& csrf() const { return csrf_; }

 private:
  Poco::Net::HTTPClientSession session_;
  Poco::Net::NameValueCollection cookies_;
  std::string csrf_;
};

class KillServerTest : public ::testing::Test {
 protected:
  KillServerTest() {
    store::migrate(test_db_.db());
    test_db_.db().prepare("INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Team one', 'children')")->execute();
    app_ = std::make_unique<WebApp>(appOptions(test_db_.url()));
    surveys::SurveyRuns runs(test_db_.db());
    const auto& survey = app_->catalogue().get("health-check");
    const std::string run = runs.open(survey, "2025-Q3", Date::fromCivil(2025, 7, 1), Date::fromCivil(2025, 9, 30),
                                      {"T1"}).run_id;
    tokens_ = runs.invite(run, "T1", 400);
    for (const auto& section : survey.sections) {
      std::string body;
      for (const auto& q : section.questions)
        body += q.id + "=" + (q.kind == surveys::Question::Kind::kText ? "Fine" : "4") + "&";
      sections_.push_back(body);
    }
  }

  // Answers every section of `token` and submits; true when the server
  // accepted the response. `submitting` counts submissions sent and not
  // yet answered.
  bool answer(Respondent& browser, const std::string& token, std::atomic<int>& submitting) {
    const std::string base = "/s/" + token;
    std::string location;
    if (browser.send("GET", base + "/1", "", nullptr) != 200) return false;
    for (size_t n = 1; n <= sections_.size(); ++n)
      if (browser.send("POST", base + "/" + std::to_string(n), sections_[n - 1] + "csrf=" + browser.csrf(), nullptr) != 303)
        return false;
    if (browser.send("GET", base + "/check", "", nullptr) != 200) return false;
    ++submitting;
    const int status = browser.send("POST", base + "/check", "csrf=" + browser.csrf(), &location);
    --submitting;
    return status == 303 && location == "/thank-you";
  }

  int64_t count(const std::string& sql) {
    auto st = test_db_.db().prepare(sql);
    int64_t n = -1;
    while (st->step()) n = st->getInt(0);
    return n;
  }

  hc::testing::TestDatabase test_db_;
  std::unique_ptr<WebApp> app_;
  std::vector<std::string> tokens_;
  std::vector<std::string> sections_;  // each section's answers as a form body
};

TEST_F(KillServerTest, SubmissionsAcceptedBeforeASigkillAreAllStoredWholeAndNothingIsHalfStored) {
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t server = ::fork();
  ASSERT_GE(server, 0);
  if (server == 0) {
    ::close(ready[0]);
    ::alarm(120);  // never outlives a broken test
    try {
      WebApp app(appOptions(test_db_.url()));
      http::WebServerOptions options;
      options.port = 0;
      http::WebServer web(app.router(), options);
      web.start();
      const uint16_t port = web.port();
      if (::write(ready[1], &port, sizeof port) != sizeof port) ::_exit(3);
      for (;;) ::pause();
    } catch (...) {
      ::_exit(2);
    }
  }
  ::close(ready[1]);
  uint16_t port = 0;
  ASSERT_EQ(::read(ready[0], &port, sizeof port), static_cast<ssize_t>(sizeof port)) << "the server did not start";
  ::close(ready[0]);

  std::mutex mutex;
  std::vector<std::string> accepted;
  std::atomic<size_t> next{0};
  std::atomic<int> submitting{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 8; ++c) {
    clients.emplace_back([&] {
      try {
        Respondent browser(port);
        for (size_t i; (i = next++) < tokens_.size();) {
          if (!answer(browser, tokens_[i], submitting)) continue;
          std::lock_guard<std::mutex> lock(mutex);
          accepted.push_back(tokens_[i]);
        }
      } catch (const Poco::Exception&) {
        // The server is gone: this respondent stops.
      }
    });
  }
  // Kill it with submissions in flight, once a fair number are through.
  for (int wait = 0; wait < 6000; ++wait) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (accepted.size() >= 40 && submitting > 0) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const int in_flight = submitting;
  ASSERT_EQ(::kill(server, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(server, &status, 0), server);
  ASSERT_TRUE(WIFSIGNALED(status));
  for (auto& c : clients) c.join();
  ASSERT_GE(accepted.size(), 40u) << "too few responses went through before the kill to test anything";
  ASSERT_LT(next.load(), tokens_.size() + 8) << "every link was used up before the kill";

  // Every accepted response is stored, and its link used.
  for (const auto& token : accepted) {
    auto st = test_db_.db().prepare("SELECT used FROM survey_invitations WHERE token_hash = ?");
    st->bindText(0, surveys::tokenHash(token));
    ASSERT_TRUE(st->step());
    EXPECT_EQ(st->getInt(0), 1);
    while (st->step()) {
    }
  }
  const int64_t stored = count("SELECT COUNT(*) FROM survey_responses");
  EXPECT_GE(stored, static_cast<int64_t>(accepted.size()));
  // At most the submissions the kill interrupted were stored unacknowledged.
  EXPECT_LE(stored, static_cast<int64_t>(accepted.size()) + in_flight + 8);
  // Nothing half-stored.
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE used = 1"), stored);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses r WHERE (SELECT COUNT(*) FROM survey_answers a "
                  "WHERE a.response_id = r.response_id) <> 28"),
            0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts d JOIN survey_invitations i ON i.token_hash = d.token_hash "
                  "WHERE i.used = 1"),
            0);

  // Restarted: an accepted link is refused as used, an untouched one works.
  http::WebServerOptions options;
  options.port = 0;
  http::WebServer restarted(app_->router(), options);
  restarted.start();
  Respondent browser(restarted.port());
  EXPECT_EQ(browser.send("GET", "/s/" + accepted.front() + "/1", "", nullptr), 410);
  std::atomic<int> unused{0};
  EXPECT_TRUE(answer(browser, tokens_.back(), unused));
  restarted.stop();
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), stored + 1);
}

}  // namespace
}  // namespace hc::web

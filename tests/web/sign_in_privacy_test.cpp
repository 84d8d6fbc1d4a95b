// A password typed into the user-name box is kept nowhere: a failed
// sign-in with a name that is no account leaves neither the text in the
// audit, the server's log or any table (nor, on SQLite, anywhere in the
// database's files), only the fact and a keyed hash that is the same for
// the same name and differs between names and between server secrets.
#include <gtest/gtest.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/URI.h>

#include <fstream>
#include <mutex>
#include <regex>
#include <sstream>

#include "access/audit_log.h"
#include "access/login.h"
#include "access_fixture.h"
#include "web/http/web_server.h"

namespace hc::web {
namespace {

constexpr const char* kTypedPassword = "Zq7-Tr0ub4dor&3-horse";

class SignInPrivacyTest : public AccessWebTest {
 protected:
  SignInPrivacyTest() { addUser("mary", access::Role::kManager, {"T1"}, true); }

  // Signs in over HTTP (a real server, its log captured) as `name`.
  int signInOverHttp(const std::string& name, const std::string& password) {
    http::WebServerOptions options;
    options.port = 0;
    options.access_log = [this](const std::string& line) {
      std::lock_guard<std::mutex> lock(log_mutex_);
      log_ += line + "\n";
    };
    http::WebServer server(app_->router(), options);
    server.start();
    Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
    Poco::Net::NameValueCollection cookies;
    std::string csrf;
    auto send = [&](const std::string& method, const std::string& path, const std::string& body) {
      Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
      if (!cookies.empty()) request.setCookies(cookies);
      if (method == "POST") {
        request.setContentType("application/x-www-form-urlencoded");
        request.setContentLength(static_cast<std::streamsize>(body.size()));
      }
      session.sendRequest(request) << body;
      Poco::Net::HTTPResponse response;
      std::ostringstream text;
      text << session.receiveResponse(response).rdbuf();
      std::vector<Poco::Net::HTTPCookie> set;
      response.getCookies(set);
      for (const auto& c : set) cookies.set(c.getName(), c.getValue());
      std::smatch m;
      const std::string page = text.str();
      if (std::regex_search(page, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) csrf = m[1];
      return response.getStatus();
    };
    send("GET", "/login", "");
    std::string encoded_name, encoded_password;
    Poco::URI::encode(name, "&=+%", encoded_name);
    Poco::URI::encode(password, "&=+%", encoded_password);
    const int status =
        send("POST", "/login", "csrf=" + csrf + "&username=" + encoded_name + "&password=" + encoded_password);
    server.stop();
    return status;
  }

  // Every table and column holding `text` somewhere, as "table.column".
  std::vector<std::string> tablesHolding(const std::string& text) {
    store::Database& db = test_db_.db();
    const bool mysql = test_db_.isMysql();
    auto columns = db.prepare(
        mysql ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
              : "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'");
    std::vector<std::pair<std::string, std::string>> all;
    while (columns->step()) all.emplace_back(columns->getText(0), columns->getText(1));
    EXPECT_GT(all.size(), 20u) << "the schema's columns were listed";
    std::vector<std::string> found;
    for (const auto& [table, column] : all) {
      const std::string q = mysql ? "`" : "\"";
      auto st = db.prepare("SELECT COUNT(*) FROM " + q + table + q + " WHERE INSTR(CAST(" + q + column + q +
                           (mysql ? " AS CHAR), ?) > 0" : " AS TEXT), ?) > 0"));
      st->bindText(0, text);
      while (st->step())
        if (st->getInt(0) > 0) found.push_back(table + "." + column);
    }
    return found;
  }

  // The bytes of a SQLite database's files (empty for a server).
  std::string databaseFiles() {
    const std::string& url = test_db_.url();
    if (url.rfind("sqlite:", 0) != 0) return "";
    std::string bytes;
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::ifstream in(url.substr(7) + suffix, std::ios::binary);
      bytes += std::string(std::istreambuf_iterator<char>(in), {});
    }
    return bytes;
  }

  std::string auditText() {
    std::string all;
    for (const auto& e : access::AuditLog(test_db_.db()).since("2000-01-01"))
      all += e.actor + "|" + e.action + "|" + e.subject + "|" + e.detail + "\n";
    return all;
  }

  std::mutex log_mutex_;
  std::string log_;
};

TEST_F(SignInPrivacyTest, APasswordTypedAsTheUserNameIsKeptNowhere) {
  ASSERT_EQ(signInOverHttp(kTypedPassword, kTypedPassword), 200) << "the form again, with the generic message";
  const auto log = access::AuditLog(test_db_.db()).since("2000-01-01");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "login-failed");
  EXPECT_EQ(log[0].actor, access::kUnknownNameActor) << "the fact that an unknown name was tried";
  EXPECT_TRUE(std::regex_match(log[0].subject, std::regex("name-tag:[0-9a-f]{16}"))) << log[0].subject;
  EXPECT_EQ(auditText().find(kTypedPassword), std::string::npos) << auditText();
  {
    std::lock_guard<std::mutex> lock(log_mutex_);
    ASSERT_NE(log_.find("POST /login"), std::string::npos) << "the server did log the request: " << log_;
    EXPECT_EQ(log_.find(kTypedPassword), std::string::npos) << log_;
  }
  EXPECT_EQ(tablesHolding(kTypedPassword), std::vector<std::string>{});
  ASSERT_EQ(tablesHolding("login-failed"), std::vector<std::string>{"audit_log.action"})
      << "the search finds what is there";
  if (test_db_.isMysql()) return;  // a server's files are its own (README "MySQL/MariaDB's own logs")
  const std::string bytes = databaseFiles();
  ASSERT_NE(bytes.find("login-failed"), std::string::npos) << "the audit row is in the files";
  EXPECT_EQ(bytes.find(kTypedPassword), std::string::npos);
}

TEST_F(SignInPrivacyTest, TheSameUnknownNameGetsTheSameTagAndAnotherNameAnother) {
  signInOverHttp("nobody-one", kTypedPassword);
  signInOverHttp("nobody-one", kTypedPassword);
  signInOverHttp("nobody-two", kTypedPassword);
  signInOverHttp("mary", "not the password");
  const auto log = access::AuditLog(test_db_.db()).since("2000-01-01");
  ASSERT_EQ(log.size(), 4u);
  EXPECT_EQ(log[0].subject, log[1].subject) << "repeated tries of one name show as one tag";
  EXPECT_NE(log[0].subject, log[2].subject);
  EXPECT_EQ(log[3].actor, "mary") << "a real account's failures are still named";
  EXPECT_EQ(auditText().find("nobody"), std::string::npos) << auditText();
}

TEST(UnknownNameTagTest, TheTagIsKeyedWithTheServerSecret) {
  // The tag of one name under two secrets: without the key it cannot be
  // matched against a list of guesses.
  hc::testing::TestDatabase test_db;
  store::migrate(test_db.db());
  auto tagUnder = [&](const std::string& secret) {
    WebAppOptions options;
    options.db_url = test_db.url();
    options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
    options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
    options.csrf_secret = secret;
    WebApp app(options);
    http::Request get{"GET", "/login"};
    http::Response form = app.handle(get);
    std::smatch m;
    EXPECT_TRUE(std::regex_search(form.body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\"")));
    const std::string cookie = form.header("Set-Cookie");
    http::Request post{"POST", "/login"};
    post.cookies[http::CsrfProtection::kCookie] = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
    post.form = {{"csrf", m[1]}, {"username", "same-name"}, {"password", kTypedPassword}};
    app.handle(post);
    return access::AuditLog(test_db.db()).since("2000-01-01").back().subject;
  };
  const std::string a = tagUnder("first-secret-of-at-least-32-characters");
  EXPECT_EQ(tagUnder("first-secret-of-at-least-32-characters"), a) << "stable across restarts with one secret";
  EXPECT_NE(tagUnder("other-secret-of-at-least-32-characters"), a);
}

}  // namespace
}  // namespace hc::web

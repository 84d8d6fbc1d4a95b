// A WebApp on a fresh test database with one account per role, for the
// access tests of the web component: sign-in, route enforcement.
#ifndef HC_TESTS_WEB_ACCESS_FIXTURE_H_
#define HC_TESTS_WEB_ACCESS_FIXTURE_H_

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <regex>
#include <string>

#include "access/password_hasher.h"
#include "access/session_store.h"
#include "access/user_store.h"
#include "core/utc_clock.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "web/web_app.h"

namespace hc::web {

constexpr const char* kTestPassword = "correct horse battery staple";

class AccessWebTest : public ::testing::Test {
 protected:
  // `configure` may change the options before the app is built (mail, say).
  explicit AccessWebTest(bool secure_cookies = false, const std::function<void(WebAppOptions&)>& configure = {}) {
    store::migrate(test_db_.db());
    test_db_.db().prepare("INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Team one', 'children')")->execute();
    test_db_.db().prepare("INSERT INTO teams (team_id, name, service) VALUES ('T2', 'Team two', 'adults')")->execute();
    WebAppOptions options;
    options.db_url = test_db_.url();
    options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
    options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
    options.secure_cookies = secure_cookies;
    if (configure) configure(options);
    app_ = std::make_unique<WebApp>(options);
  }

  // Adds an account; its password is hashed only when `with_password`
  // (Argon2 at 64 MiB is slow by design: most tests sign in directly).
  void addUser(const std::string& name, access::Role role, std::set<std::string> teams = {},
               bool with_password = false) {
    access::User u;
    u.username = name;
    u.role = role;
    u.teams = std::move(teams);
    access::UserStore(test_db_.db()).add(u, with_password ? access::hashPassword(kTestPassword) : "!");
  }

  // A request carrying a fresh session of `user` ("" for none) and a CSRF
  // cookie, with a valid token for that user's forms in a POST.
  http::Request as(const std::string& user, const std::string& method, const std::string& path) {
    http::Request r{method, path};
    r.cookies[http::CsrfProtection::kCookie] = kCsrfCookie;
    if (!user.empty()) {
      r.cookies[http::kSessionCookie] = access::SessionStore(test_db_.db()).create(user, nowSeconds());
      access::User u;
      u.username = user;
      if (method == "POST") r.form[http::CsrfProtection::kField] = app_->csrf().tokenFor(kCsrfCookie, account::AuthFilter::csrfScope(r, u));
    }
    return r;
  }

  // A browser: keeps cookies and the last CSRF field seen.
  http::Response browse(const std::string& method, const std::string& path, std::map<std::string, std::string> form = {}) {
    http::Request r{method, path};
    const auto q = path.find('?');
    if (q != std::string::npos) {
      r.path = path.substr(0, q);
      const std::string query = path.substr(q + 1);
      if (query.rfind("next=", 0) == 0) r.query["next"] = query.substr(5);
    }
    r.cookies = cookies_;
    r.form = std::move(form);
    if (method == "POST" && !r.form.count("csrf")) r.form["csrf"] = csrf_;
    http::Response response = app_->handle(r);
    for (const auto& [k, v] : response.headers) {
      if (k != "Set-Cookie") continue;
      const std::string name = v.substr(0, v.find('='));
      const std::string value = v.substr(v.find('=') + 1, v.find(';') - v.find('=') - 1);
      if (value.empty()) cookies_.erase(name);
      else cookies_[name] = value;
    }
    std::smatch m;
    if (std::regex_search(response.body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) csrf_ = m[1];
    return response;
  }

  static constexpr const char* kCsrfCookie = "0123456789abcdef0123456789abcdef";
  hc::testing::TestDatabase test_db_;
  std::unique_ptr<WebApp> app_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_;
};

}  // namespace hc::web

#endif  // HC_TESTS_WEB_ACCESS_FIXTURE_H_

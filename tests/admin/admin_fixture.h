// A WebApp on a fresh test database with an account per role and uploads
// kept in a folder of the test's own, for the admin area's tests: requests
// made in-process (with files, as the server hands them over after reading
// a multipart body) or over a real socket.
#ifndef HC_TESTS_ADMIN_ADMIN_FIXTURE_H_
#define HC_TESTS_ADMIN_ADMIN_FIXTURE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "access/session_store.h"
#include "access/user_store.h"
#include "web/http/signed_in_user.h"
#include "core/utc_clock.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "support/test_files.h"
#include "web/web_app.h"

namespace hc::web {

class AdminWebTest : public ::testing::Test {
 protected:
  AdminWebTest() : uploads_(hc::testing::makeTempDir("hc-uploads")), spool_(hc::testing::makeTempDir("hc-spool")) {
    store::migrate(test_db_.db());
    for (const auto& [name, role] : std::vector<std::pair<std::string, access::Role>>{
             {"admin", access::Role::kAdmin},
             {"analyst", access::Role::kAnalyst},
             {"director", access::Role::kDirector},
             {"manager", access::Role::kManager},
             {"member", access::Role::kMember}}) {
      access::User u;
      u.username = name;
      u.role = role;
      access::UserStore(test_db_.db()).add(u, "!");
    }
    restart();
  }
  ~AdminWebTest() override {
    app_.reset();
    std::error_code ec;
    std::filesystem::remove_all(uploads_, ec);
    std::filesystem::remove_all(spool_, ec);
  }

  // A new WebApp on the same database and uploads: a server restarted.
  void restart() {
    app_.reset();
    WebAppOptions options;
    options.db_url = test_db_.url();
    options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
    options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
    options.uploads_folder = uploads_;
    options.max_upload_mb = 2;
    app_ = std::make_unique<WebApp>(options);
  }

  // A request of `user` ("" for no one) with a fresh session and, for a
  // POST, a valid CSRF token.
  http::Request as(const std::string& user, const std::string& method, const std::string& path) {
    http::Request r{method, path};
    const size_t q = path.find('?');
    if (q != std::string::npos) {
      r.path = path.substr(0, q);
      const std::string query = path.substr(q + 1);
      r.query[query.substr(0, query.find('='))] = query.substr(query.find('=') + 1);
    }
    r.cookies[http::CsrfProtection::kCookie] = kCsrfCookie;
    if (!user.empty()) {
      r.cookies[http::kSessionCookie] = access::SessionStore(test_db_.db()).create(user, nowSeconds());
      access::User u;
      u.username = user;
      if (method == "POST")
        r.form[http::CsrfProtection::kField] =
            app_->csrf().tokenFor(kCsrfCookie, account::AuthFilter::csrfScope(r, u));
    }
    return r;
  }

  // A file part as the server hands it over: copied to a spool file.
  http::UploadedFile part(const std::string& source, const std::string& client_name) {
    const std::string path = spool_ + "/part-" + std::to_string(++parts_);
    std::filesystem::copy_file(source, path, std::filesystem::copy_options::overwrite_existing);
    return {"files", client_name, path, std::filesystem::file_size(path)};
  }

  // POST /admin/imports as `user`: the files (path, name in the browser).
  http::Response upload(const std::string& user, const std::vector<std::pair<std::string, std::string>>& files,
                        const std::string& what = "exports", const std::string& extracted = "") {
    http::Request r = as(user, "POST", "/admin/imports");
    r.form["what"] = what;
    r.form["extracted"] = extracted;
    for (const auto& [path, name] : files) r.files.push_back(part(path, name));
    return app_->handle(r);
  }

  http::Response get(const std::string& user, const std::string& path) {
    http::Request r = as(user, "GET", path);
    return app_->handle(r);
  }

  // The number in a redirect to /admin/imports/N.
  static int uploadOf(const http::Response& r) {
    const std::string where = r.header("Location");
    const std::string prefix = "/admin/imports/";
    if (r.status != 303 || where.rfind(prefix, 0) != 0) return 0;
    return std::stoi(where.substr(prefix.size()));
  }

  int64_t count(const std::string& sql) {
    auto st = test_db_.db().prepare(sql);
    st->step();
    const int64_t n = st->getInt(0);
    while (st->step()) {
    }
    return n;
  }

  static constexpr const char* kCsrfCookie = "0123456789abcdef0123456789abcdef";
  hc::testing::TestDatabase test_db_;
  std::string uploads_, spool_;
  int parts_ = 0;
  std::unique_ptr<WebApp> app_;
};

}  // namespace hc::web

#endif  // HC_TESTS_ADMIN_ADMIN_FIXTURE_H_

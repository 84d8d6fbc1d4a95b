// An upload over a real socket: a multipart/form-data body far above the
// server's in-memory cap is spooled to a file as it arrives and kept whole;
// one above the upload limit gets the 413 page saying the limit, before
// its body is read.
#include <gtest/gtest.h>

#include "../web/loopback_client.h"
#include "admin_fixture.h"
#include "web/http/web_server.h"

namespace hc::web {
namespace {

using hc::testing::LoopbackClient;

class AdminUploadSocketTest : public AdminWebTest {
 protected:
  std::unique_ptr<http::WebServer> serve() {
    http::WebServerOptions options;
    options.port = 0;
    options.max_threads = 2;
    options.max_body_bytes = 64 * 1024;
    options.max_upload_bytes = 2 * 1024 * 1024;
    options.spool_folder = spool_;
    options.upload_too_large = [this] { return app_->uploadTooLarge(); };
    options.vet_upload = [this](http::Request& r) { return app_->vetUpload(r); };
    auto server = std::make_unique<http::WebServer>(app_->router(), options);
    server->start();
    return server;
  }

  // The head of a POST /admin/imports by `user` of `length` body bytes,
  // in one session (its form token in csrf_).
  std::string head(const std::string& user, size_t length, const std::string& boundary) {
    if (session_.cookies.empty()) session_ = as(user, "POST", "/admin/imports");
    const http::Request& r = session_;
    csrf_ = r.form.at(http::CsrfProtection::kField);
    return "POST /admin/imports HTTP/1.1\r\nHost: x\r\nCookie: " + std::string(http::kSessionCookie) + "=" +
           r.cookies.at(http::kSessionCookie) + "; " + http::CsrfProtection::kCookie + "=" + kCsrfCookie +
           "\r\nContent-Type: multipart/form-data; boundary=" + boundary +
           "\r\nContent-Length: " + std::to_string(length) + "\r\n\r\n";
  }

  static std::string field(const std::string& boundary, const std::string& name, const std::string& value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  http::Request session_;
  std::string csrf_;
};

TEST_F(AdminUploadSocketTest, ABodyAboveTheInMemoryCapIsSpooledAndKeptWhole) {
  auto server = serve();
  std::string teams = "team_id,name,service,locality\r\n";
  for (int i = 0; i < 6000; ++i) teams += "T" + std::to_string(10000 + i) + ",Team " + std::to_string(i) + ",children,North\r\n";
  ASSERT_GT(teams.size(), 3u * 64 * 1024) << "well above the in-memory cap";
  const std::string b = "----hcboundary7";
  head("admin", 0, b);  // the CSRF token for the body; the same for every session of the cookie
  const std::string body =
      field(b, "csrf", csrf_) + field(b, "what", "exports") + field(b, "extracted", "") + "--" + b +
      "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../etc/teams.csv\"\r\nContent-Type: "
      "text/csv\r\n\r\n" + teams + "\r\n--" + b + "--\r\n";
  const std::string h = head("admin", body.size(), b);
  LoopbackClient client("127.0.0.1", server->port());
  ASSERT_TRUE(client.send(h));
  for (size_t at = 0; at < body.size(); at += 16384) ASSERT_TRUE(client.send(body.substr(at, 16384)));
  const std::string answer = client.answer(std::chrono::seconds(20));
  ASSERT_EQ(hc::testing::statusOf(answer), 303) << answer.substr(0, 3000);
  EXPECT_NE(answer.find("Location: /admin/imports/1"), std::string::npos);
  app_->imports().jobs().wait();
  // Kept under the server's own name, byte for byte; the client's path unused.
  EXPECT_EQ(hc::testing::readFile(uploads_ + "/1/teams.csv"), teams);
  EXPECT_FALSE(std::filesystem::exists(uploads_ + "/etc"));
  const http::Response page = get("admin", "/admin/imports/1");
  EXPECT_NE(page.body.find("No errors: the files can be imported"), std::string::npos);
  EXPECT_NE(page.body.find("6000 rows read"), std::string::npos);
  EXPECT_NE(page.body.find("teams.csv"), std::string::npos) << "the client's name, as a label";
  EXPECT_EQ(page.body.find("../"), std::string::npos) << "its last part only";
  // Nothing left in the spool: the body's file and the part's were removed or moved.
  EXPECT_TRUE(std::filesystem::is_empty(spool_));
  server->stop();
}

TEST_F(AdminUploadSocketTest, AnUploadAboveTheLimitGetsAPageSayingTheLimit) {
  auto server = serve();
  LoopbackClient client("127.0.0.1", server->port());
  ASSERT_TRUE(client.send(head("admin", 3 * 1024 * 1024, "b")));
  const std::string answer = client.answer(std::chrono::seconds(5));
  EXPECT_EQ(hc::testing::statusOf(answer), 413);
  EXPECT_NE(answer.find("The upload is too large"), std::string::npos);
  EXPECT_NE(answer.find("at most 2 MB"), std::string::npos);
  EXPECT_NE(answer.find("max-upload-mb"), std::string::npos);
  EXPECT_NE(answer.find("govuk-"), std::string::npos) << "a GOV.UK page, not plain text";
  server->stop();
}

// The head alone is answered: without vetting, the server would wait for
// the body (and spool it) before anyone looked at the session.
TEST_F(AdminUploadSocketTest, AnUploadIsRefusedFromItsHeadUnlessItsSenderMayImport) {
  auto server = serve();
  const size_t length = 1024 * 1024;
  {
    LoopbackClient client("127.0.0.1", server->port());
    ASSERT_TRUE(client.send("POST /admin/imports HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
                            "boundary=b\r\nContent-Length: " + std::to_string(length) + "\r\n\r\n"));
    const std::string answer = client.answer(std::chrono::seconds(5));
    EXPECT_EQ(hc::testing::statusOf(answer), 303) << "not signed in: to the sign-in page";
    EXPECT_NE(answer.find("Location: /login"), std::string::npos);
  }
  {
    LoopbackClient client("127.0.0.1", server->port());
    ASSERT_TRUE(client.send(head("manager", length, "b")));
    const std::string answer = client.answer(std::chrono::seconds(5));
    EXPECT_EQ(hc::testing::statusOf(answer), 403) << "a manager does not import";
    EXPECT_NE(answer.find("govuk-"), std::string::npos) << "the error page, not plain text";
  }
  {
    LoopbackClient client("127.0.0.1", server->port());
    ASSERT_TRUE(client.send("POST /s/abc/check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
                            "boundary=b\r\nContent-Length: " + std::to_string(length) + "\r\n\r\n"));
    EXPECT_EQ(hc::testing::statusOf(client.answer(std::chrono::seconds(5))), 413) << "public forms take no files";
  }
  EXPECT_TRUE(std::filesystem::is_empty(spool_)) << "nothing of the refused bodies was written";
  server->stop();
}

}  // namespace
}  // namespace hc::web

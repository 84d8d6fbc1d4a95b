// Multipart uploads at the connection layer, over real loopback sockets:
// a body within the in-memory cap is decoded from memory; one above it (an
// upload, up to max_upload_bytes) is spooled to a file as it arrives, its
// file part handed to the handler as a file of its own, byte for byte; the
// files are gone once the handler returns; and a body above the upload
// limit gets the upload_too_large answer before it is read.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "loopback_client.h"
#include "support/test_files.h"
#include "web/http/router.h"
#include "web/http/web_server.h"

namespace hc::web::http {
namespace {

using hc::testing::LoopbackClient;
using hc::testing::statusOf;

class MultipartUploadTest : public ::testing::Test {
 protected:
  MultipartUploadTest() : spool_(hc::testing::makeTempDir("hc-spool")) {
    router_.post("/up", [this](Request& r) {
      spooled_ = r.body_spooled;
      field_ = r.field("note");
      for (const UploadedFile& f : r.files) {
        std::ifstream in(f.path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        received_ = bytes.str();
        client_name_ = f.client_name;
        part_path_ = f.path;
      }
      return Response::text(200, "ok\n");
    });
    options_.port = 0;
    options_.max_threads = 2;
    options_.max_body_bytes = 16 * 1024;
    options_.max_upload_bytes = 1024 * 1024;
    options_.spool_folder = spool_;
    options_.upload_too_large = [] { return Response::text(413, "at most 1 MB\n"); };
  }
  ~MultipartUploadTest() override {
    std::error_code ec;
    std::filesystem::remove_all(spool_, ec);
  }

  static std::string body(const std::string& file) {
    return "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
           "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.csv\"\r\n"
           "Content-Type: text/csv\r\n\r\n" + file + "\r\n--XyZ--\r\n";
  }
  static std::string head(size_t length) {
    return "POST /up HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " +
           std::to_string(length) + "\r\n\r\n";
  }
  int post(uint16_t port, const std::string& b) {
    LoopbackClient client("127.0.0.1", port);
    client.send(head(b.size()));
    for (size_t at = 0; at < b.size(); at += 8192) client.send(b.substr(at, 8192));
    return statusOf(client.answer(std::chrono::seconds(10)));
  }

  std::string spool_;
  Router router_;
  WebServerOptions options_;
  bool spooled_ = false;
  std::string field_, received_, client_name_, part_path_;
};

TEST_F(MultipartUploadTest, ASmallFormIsReadFromMemoryAndALargeOneFromItsSpoolFile) {
  WebServer server(router_, options_);
  server.start();
  EXPECT_EQ(post(server.port(), body("id\r\n1\r\n")), 200);
  EXPECT_FALSE(spooled_);
  EXPECT_EQ(field_, "hello");
  EXPECT_EQ(received_, "id\r\n1\r\n");
  EXPECT_EQ(client_name_, "a.csv");

  std::string large = "id,text\r\n";
  for (int i = 0; large.size() < 600 * 1024; ++i) large += std::to_string(i) + ",\"a line, with\r\nbreaks\"\r\n";
  ASSERT_GT(large.size(), 30 * options_.max_body_bytes);
  EXPECT_EQ(post(server.port(), body(large)), 200);
  EXPECT_TRUE(spooled_) << "the body went to a file, not to memory";
  EXPECT_EQ(field_, "hello");
  EXPECT_EQ(received_, large) << "the part byte for byte";
  EXPECT_EQ(part_path_.rfind(spool_, 0), 0u) << "the part's file is in the spool folder";
  EXPECT_TRUE(std::filesystem::is_empty(spool_)) << "the body's and the part's files are removed after the handler";
  server.stop();
}

TEST_F(MultipartUploadTest, ABodyAboveTheUploadLimitIsRefusedBeforeItIsRead) {
  WebServer server(router_, options_);
  server.start();
  LoopbackClient client("127.0.0.1", server.port());
  client.send(head(2 * 1024 * 1024));
  const std::string answer = client.answer(std::chrono::seconds(5));
  EXPECT_EQ(statusOf(answer), 413);
  EXPECT_NE(answer.find("at most 1 MB"), std::string::npos);
  // A form that is not multipart is capped at the in-memory size as before.
  LoopbackClient form("127.0.0.1", server.port());
  form.send("POST /up HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 20000\r\n\r\n");
  const std::string refused = form.answer(std::chrono::seconds(5));
  EXPECT_EQ(statusOf(refused), 413);
  EXPECT_NE(refused.find("The form is too large"), std::string::npos);
  server.stop();
}

}  // namespace
}  // namespace hc::web::http

// The server's answer when its database cannot be written (a full disk, a
// read-only file): 503 with Retry-After and none of the database's own
// words. tests/cli/storage_faults_test.cpp makes those faults for real.
#include <gtest/gtest.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <sstream>

#include "store/database.h"
#include "web/http/web_server.h"

namespace hc::web {
namespace {

TEST(StorageFaultAnswers, ADatabaseThatCannotBeWrittenIsA503WithRetryAfterAndNoInternals) {
  http::Router router;
  router.post("/save", [](http::Request&) -> http::Response {
    throw store::DatabaseError(store::DatabaseError::Kind::kReadOnlyOrFull,
                               "SQLite: database or disk is full (in: INSERT INTO survey_responses ...)");
  });
  http::WebServerOptions options;
  options.port = 0;
  http::WebServer server(router, options);
  server.start();
  Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/save", Poco::Net::HTTPMessage::HTTP_1_1);
  request.setContentType("application/x-www-form-urlencoded");
  request.setContentLength(3);
  session.sendRequest(request) << "a=1";
  Poco::Net::HTTPResponse response;
  std::ostringstream body;
  Poco::StreamCopier::copyStream(session.receiveResponse(response), body);
  server.stop();
  EXPECT_EQ(response.getStatus(), 503);
  EXPECT_EQ(response.get("Retry-After", ""), "30");
  EXPECT_NE(body.str().find("cannot save anything at the moment"), std::string::npos) << body.str();
  EXPECT_EQ(body.str().find("SQLite"), std::string::npos) << body.str();
  EXPECT_EQ(body.str().find("INSERT"), std::string::npos) << body.str();
}

}  // namespace
}  // namespace hc::web

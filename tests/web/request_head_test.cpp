// The strict head parser (request_head.h) on its own: what it takes, what
// it refuses with which status, and when it waits for more bytes.
#include <gtest/gtest.h>

#include <string>

#include "web/http/request_head.h"

namespace hc::web::http {
namespace {

HeadParse parse(const std::string& bytes, RequestHead& head) { return parseRequestHead(bytes, 16 * 1024, head); }

int refusal(const std::string& bytes) {
  RequestHead head;
  const HeadParse p = parse(bytes, head);
  return p.status == HeadParse::kRefused ? p.refusal_status : 0;
}

TEST(RequestHead, ReadsAWellFormedHeadAndSaysWhereTheBodyStarts) {
  RequestHead head;
  const std::string raw =
      "\r\nPOST /s/ab?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\nConnection: Close\r\nX-A:  b c \r\n\r\nabc";
  const HeadParse p = parse(raw, head);
  ASSERT_EQ(p.status, HeadParse::kComplete) << p.reason;
  EXPECT_EQ(raw.substr(p.consumed), "abc");
  EXPECT_EQ(head.method, "POST");
  EXPECT_EQ(head.target, "/s/ab?x=1");
  EXPECT_EQ(head.content_length, 3u);
  EXPECT_FALSE(head.keep_alive);
  EXPECT_EQ(head.field("x-a"), "b c");
}

TEST(RequestHead, WaitsForTheBlankLineAndRefusesAnEndlessHead) {
  RequestHead head;
  EXPECT_EQ(parse("GET / HTTP/1.1\r\nHost: x\r\n", head).status, HeadParse::kIncomplete);
  EXPECT_EQ(refusal("GET / HTTP/1.1\r\nHost: x\r\n" + std::string(17 * 1024, 'a')), 431);
  EXPECT_EQ(refusal(std::string(17 * 1024, ' ')), 431);
}

TEST(RequestHead, RefusesWhatAProxyMightReadAnotherWay) {
  EXPECT_EQ(refusal("GET / HTTP/1.1\nHost: x\r\n\r\n"), 400) << "a bare LF";
  EXPECT_EQ(refusal("GET / HTTP/1.1\r\nHost: x\rY: z\r\n\r\n"), 400) << "a bare CR";
  EXPECT_EQ(refusal("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n"), 400) << "two Hosts";
  EXPECT_EQ(refusal("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"), 400);
  EXPECT_EQ(refusal("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: +1\r\n\r\n"), 400);
  EXPECT_EQ(refusal("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01z\r\n\r\n"), 400) << "a control character";
  EXPECT_EQ(refusal("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n"), 400) << "absolute-form";
  EXPECT_EQ(refusal("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"), 411);
  EXPECT_EQ(refusal("GET / HTTP/2.0\r\nHost: x\r\n\r\n"), 505);
  EXPECT_EQ(refusal("GET / HTTP/1.0\r\n\r\n"), 0) << "HTTP/1.0 needs no Host";
}

}  // namespace
}  // namespace hc::web::http

// RequestHead: the request line and header fields of an HTTP/1.x request,
// parsed strictly (RFC 9112) from the bytes received so far, so that the
// connection layer can read a head as it trickles in without a thread.
//
// Refused with 400, and the connection closed by the caller, are the
// shapes a proxy in front might read differently from us (request
// smuggling): a header line without a colon or with a space before it
// ("Transfer-Encoding : chunked"), obs-fold (a line starting with a space
// or tab), two different or non-numeric Content-Length values, both
// Content-Length and Transfer-Encoding, HTTP/1.1 without exactly one Host,
// control characters in a field value, and any line not ended by CRLF.
// A request with Transfer-Encoding alone gets 411: forms are small and
// every browser (and nginx, which buffers bodies) sends Content-Length.
//
// Example:
//   RequestHead head;
//   HeadParse p = parseRequestHead(buffer, 16 * 1024, head);
//   if (p.status == HeadParse::kComplete) body starts at buffer[p.consumed]
//
// Thread-safety: plain functions over values.
#ifndef HC_WEB_HTTP_REQUEST_HEAD_H_
#define HC_WEB_HTTP_REQUEST_HEAD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hc::web::http {

struct RequestHead {
  std::string method;
  std::string target;        // origin-form: path and query, as sent
  bool http11 = true;        // false: HTTP/1.0
  std::vector<std::pair<std::string, std::string>> fields;  // names as sent
  uint64_t content_length = 0;
  bool keep_alive = true;    // after this request's answer
  bool expect_continue = false;

  // The value of the first field of that name (case-insensitive), or "".
  std::string field(std::string_view name) const;
  // Every value of that name, in order.
  std::vector<std::string> fields_named(std::string_view name) const;
};

struct HeadParse {
  enum Status { kIncomplete, kComplete, kRefused };
  Status status = kIncomplete;
  size_t consumed = 0;      // kComplete: bytes of the head, CRLFCRLF included
  int refusal_status = 0;   // kRefused: 400, 411, 417, 431 or 505
  std::string reason;       // kRefused: for the answer's text
};

// Parses the head at the start of `bytes`. Incomplete until the blank line
// arrives; refused (431) when no head ends within `max_head_bytes`.
HeadParse parseRequestHead(std::string_view bytes, size_t max_head_bytes, RequestHead& out);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_REQUEST_HEAD_H_

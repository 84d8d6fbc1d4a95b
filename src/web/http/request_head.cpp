#include "web/http/request_head.h"

#include <strings.h>

namespace hc::web::http {
namespace {

// RFC 9110 section 5.6.2: tchar.
bool isTokenChar(unsigned char c) {
  if (c >= '0' && c <= '9') return true;
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
      return true;
    default:
      return false;
  }
}

bool isToken(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (!isTokenChar(c)) return false;
  return true;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

std::string_view trimOws(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Comma-separated list elements (RFC 9110 section 5.6.1), trimmed.
std::vector<std::string_view> listElements(std::string_view value) {
  std::vector<std::string_view> out;
  while (true) {
    const size_t comma = value.find(',');
    const std::string_view part = trimOws(value.substr(0, comma));
    if (!part.empty()) out.push_back(part);
    if (comma == std::string_view::npos) return out;
    value.remove_prefix(comma + 1);
  }
}

HeadParse refuse(int status, std::string reason) {
  HeadParse p;
  p.status = HeadParse::kRefused;
  p.refusal_status = status;
  p.reason = std::move(reason);
  return p;
}

// The request line: method SP request-target SP HTTP-version.
std::optional<HeadParse> parseRequestLine(std::string_view line, RequestHead& out) {
  const size_t first = line.find(' ');
  const size_t last = line.rfind(' ');
  if (first == std::string_view::npos || first == last) return refuse(400, "malformed request line");
  const std::string_view method = line.substr(0, first);
  const std::string_view target = line.substr(first + 1, last - first - 1);
  const std::string_view version = line.substr(last + 1);
  if (!isToken(method)) return refuse(400, "malformed method");
  if (target.empty() || target.front() != '/' || target.find_first_of(" \t") != std::string_view::npos)
    return refuse(400, "the request target must be a path");
  for (unsigned char c : target)
    if (c < 0x21 || c == 0x7f) return refuse(400, "control character in the request target");
  if (version == "HTTP/1.1") out.http11 = true;
  else if (version == "HTTP/1.0") out.http11 = false;
  else if (version.rfind("HTTP/", 0) == 0) return refuse(505, "only HTTP/1.0 and HTTP/1.1 are served");
  else return refuse(400, "malformed HTTP version");
  out.method = std::string(method);
  out.target = std::string(target);
  return std::nullopt;
}

// The framing and connection fields, once every line is in.
std::optional<HeadParse> checkFields(RequestHead& out) {
  std::optional<uint64_t> length;
  bool transfer_encoding = false;
  int hosts = 0;
  bool close = false;
  for (const auto& [name, value] : out.fields) {
    if (equalsIgnoringCase(name, "Content-Length")) {
      for (std::string_view element : listElements(value)) {
        if (element.size() > 18 || element.find_first_not_of("0123456789") != std::string_view::npos)
          return refuse(400, "Content-Length is not a number");
        const uint64_t n = std::stoull(std::string(element));
        if (length && *length != n) return refuse(400, "two different Content-Length values");
        length = n;
      }
      if (!length) return refuse(400, "Content-Length is empty");
    } else if (equalsIgnoringCase(name, "Transfer-Encoding")) {
      transfer_encoding = true;
    } else if (equalsIgnoringCase(name, "Host")) {
      ++hosts;
    } else if (equalsIgnoringCase(name, "Connection")) {
      for (std::string_view option : listElements(value))
        if (equalsIgnoringCase(option, "close")) close = true;
    } else if (equalsIgnoringCase(name, "Expect")) {
      if (!equalsIgnoringCase(trimOws(value), "100-continue")) return refuse(417, "unknown expectation");
      out.expect_continue = out.http11;
    }
  }
  // Both framings: a proxy and this server could disagree on where the
  // body ends, and so on where the next request starts (RFC 9112 6.1).
  if (transfer_encoding && length) return refuse(400, "both Content-Length and Transfer-Encoding");
  if (transfer_encoding) return refuse(411, "send the body with a Content-Length");
  if (out.http11 && hosts != 1) return refuse(400, hosts == 0 ? "HTTP/1.1 without Host" : "more than one Host");
  out.content_length = length.value_or(0);
  // HTTP/1.0 closes after each answer: its keep-alive would need the
  // answer to say so, and no browser still speaks it.
  out.keep_alive = out.http11 && !close;
  return std::nullopt;
}

}  // namespace

std::string RequestHead::field(std::string_view name) const {
  for (const auto& [k, v] : fields)
    if (equalsIgnoringCase(k, name)) return v;
  return "";
}

std::vector<std::string> RequestHead::fields_named(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : fields)
    if (equalsIgnoringCase(k, name)) out.push_back(v);
  return out;
}

HeadParse parseRequestHead(std::string_view bytes, size_t max_head_bytes, RequestHead& out) {
  // RFC 9112 section 2.2: empty lines before the request line are ignored
  // (some clients send CRLF after a POST body).
  size_t start = 0;
  while (bytes.size() >= start + 2 && bytes[start] == '\r' && bytes[start + 1] == '\n') start += 2;
  if (start > max_head_bytes) return refuse(400, "empty lines instead of a request");
  const size_t end = bytes.find("\r\n\r\n", start);
  if (end == std::string_view::npos) {
    if (bytes.size() - start > max_head_bytes) return refuse(431, "the request's header fields are too large");
    return HeadParse{};
  }
  if (end + 4 - start > max_head_bytes) return refuse(431, "the request's header fields are too large");
  const std::string_view head = bytes.substr(start, end + 2 - start);  // every line with its CRLF
  out = RequestHead{};
  size_t at = 0;
  bool first = true;
  while (at < head.size()) {
    const size_t eol = head.find("\r\n", at);
    const std::string_view line = head.substr(at, eol - at);
    at = eol + 2;
    // A bare CR or LF inside a line: some parsers end the line there.
    if (line.find_first_of("\r\n") != std::string_view::npos) return refuse(400, "a line not ended by CRLF");
    if (first) {
      first = false;
      if (auto refused = parseRequestLine(line, out)) return *refused;
      continue;
    }
    if (line.front() == ' ' || line.front() == '\t') return refuse(400, "obsolete line folding");
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return refuse(400, "a header line without a colon");
    const std::string_view name = line.substr(0, colon);
    if (!isToken(name)) return refuse(400, "malformed header name");  // "Transfer-Encoding :" too
    const std::string_view value = trimOws(line.substr(colon + 1));
    for (unsigned char c : value)
      if ((c < 0x20 && c != '\t') || c == 0x7f) return refuse(400, "control character in a header value");
    out.fields.emplace_back(std::string(name), std::string(value));
  }
  if (auto refused = checkFields(out)) return *refused;
  HeadParse done;
  done.status = HeadParse::kComplete;
  done.consumed = end + 4;
  return done;
}

}  // namespace hc::web::http

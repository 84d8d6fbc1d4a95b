// Response: what a handler returns. WebServer adds the security headers of
// every response (security_headers.h) when it writes one out.
//
// Thread-safety: a plain value.
#ifndef HC_WEB_HTTP_RESPONSE_H_
#define HC_WEB_HTTP_RESPONSE_H_

#include <string>
#include <utility>
#include <vector>

namespace hc::web::http {

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // besides the security headers
  // Answers, tokens and personal pages must not stay in a shared device's
  // cache: no-store unless a handler says otherwise (static files do).
  std::string cache_control = "no-store";

  static Response html(std::string body, int status = 200);
  static Response text(int status, std::string body);
  // 303 See Other: after a POST, the browser GETs `location`.
  static Response redirect(std::string location);

  void setCookie(const std::string& name, const std::string& value, const std::string& attributes);
  // The value of a header added with headers, or "".
  std::string header(const std::string& name) const;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_RESPONSE_H_

#include "web/http/response.h"

#include <strings.h>

namespace hc::web::http {

Response Response::html(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response Response::text(int status, std::string body) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::move(body);
  return r;
}

Response Response::redirect(std::string location) {
  Response r;
  r.status = 303;
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

void Response::setCookie(const std::string& name, const std::string& value, const std::string& attributes) {
  headers.emplace_back("Set-Cookie", name + "=" + value + "; " + attributes);
}

std::string Response::header(const std::string& name) const {
  for (const auto& [k, v] : headers)
    if (strcasecmp(k.c_str(), name.c_str()) == 0) return v;
  return "";
}

}  // namespace hc::web::http

#include "web/http/response_bytes.h"

#include <Poco/Net/HTTPResponse.h>

#include <strings.h>

#include <ctime>

#include "web/http/security_headers.h"

namespace hc::web::http {

bool closesConnection(const Response& r) {
  for (const auto& [k, v] : r.headers)
    if (strcasecmp(k.c_str(), "Connection") == 0 && strcasecmp(v.c_str(), "close") == 0) return true;
  return false;
}

std::string responseBytes(const Response& r, bool head, bool tls, bool close) {
  std::string out;
  out.reserve(512 + (head ? 0 : r.body.size()));
  out += "HTTP/1.1 ";
  out += std::to_string(r.status);
  out += ' ';
  out += Poco::Net::HTTPResponse::getReasonForStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.status));
  out += "\r\n";
  auto header = [&out](const std::string& name, const std::string& value) {
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
  };
  // RFC 9110 section 6.6.1: an origin server with a clock sends Date.
  char date[64];
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &utc);
  header("Date", date);
  header("Content-Type", r.content_type);
  for (const auto& [k, v] : securityHeaders()) header(k, v);
  if (tls) header("Strict-Transport-Security", "max-age=31536000");
  header("Cache-Control", r.cache_control);
  for (const auto& [k, v] : r.headers)
    if (strcasecmp(k.c_str(), "Connection") != 0 && strcasecmp(k.c_str(), "Content-Length") != 0) header(k, v);
  header("Content-Length", std::to_string(r.body.size()));
  if (close) header("Connection", "close");
  out += "\r\n";
  if (!head) out += r.body;
  return out;
}

}  // namespace hc::web::http

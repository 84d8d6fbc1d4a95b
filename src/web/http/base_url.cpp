#include "web/http/base_url.h"

namespace hc::web::http {

std::string baseUrlFor(const std::string& configured, const Request& request, bool tls) {
  std::string base = configured;
  if (base.empty()) {
    const std::string& host = request.host;
    const bool plain = !host.empty() && host.size() <= 255 &&
                       host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]") ==
                           std::string::npos;
    base = std::string(tls ? "https://" : "http://") + (plain ? host : std::string("127.0.0.1"));
  }
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

}  // namespace hc::web::http

// The headers every response carries, whatever the handler: a Content
// Security Policy that allows our own stylesheets and nothing else (no
// scripts at all, inline or not; no framing; forms post only to us),
// nosniff, and no Referer, because survey links hold their token in the
// path and must not leak to another site.
//
// Thread-safety: immutable data.
#ifndef HC_WEB_HTTP_SECURITY_HEADERS_H_
#define HC_WEB_HTTP_SECURITY_HEADERS_H_

#include <string>
#include <utility>
#include <vector>

namespace hc::web::http {

const std::vector<std::pair<std::string, std::string>>& securityHeaders();

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_SECURITY_HEADERS_H_

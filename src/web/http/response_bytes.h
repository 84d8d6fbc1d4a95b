// responseBytes: a Response as the bytes of an HTTP/1.1 answer: the status
// line with its own reason phrase ("404 Not Found", never "404 OK"), the
// security headers every answer carries (security_headers.h), HSTS over
// TLS, Cache-Control, Content-Length, "Connection: close" when the
// connection ends after it, and the body unless the request was a HEAD.
// One buffer, so that the answer goes out in one write.
//
// Thread-safety: a plain function.
#ifndef HC_WEB_HTTP_RESPONSE_BYTES_H_
#define HC_WEB_HTTP_RESPONSE_BYTES_H_

#include <string>

#include "web/http/response.h"

namespace hc::web::http {

// True when the handler asked for the connection to be closed after `r`.
bool closesConnection(const Response& r);

std::string responseBytes(const Response& r, bool head, bool tls, bool close);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_RESPONSE_BYTES_H_

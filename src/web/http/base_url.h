// The address of this server as the people given its links reach it, for
// links a page shows to be passed on (survey links, results pages): the
// configured base URL (serve --base-url, the configuration's `base-url`)
// when there is one, else the scheme and the request's Host.
//
//   baseUrlFor("", request{host "hc.example:8443"}, true) == "https://hc.example:8443"
//
// A Host that is not a plain host name or address (and port) is not
// trusted into a link: the server's loopback address is used instead.
//
// Thread-safety: pure function.
#ifndef HC_WEB_HTTP_BASE_URL_H_
#define HC_WEB_HTTP_BASE_URL_H_

#include <string>

#include "web/http/request.h"

namespace hc::web::http {

std::string baseUrlFor(const std::string& configured, const Request& request, bool tls);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_BASE_URL_H_

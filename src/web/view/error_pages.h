// The pages the server answers with when it cannot serve what was asked:
// no access (403) and the database unreachable (503, with Retry-After).
//
// Thread-safety: pure functions.
#ifndef HC_WEB_VIEW_ERROR_PAGES_H_
#define HC_WEB_VIEW_ERROR_PAGES_H_

#include "web/http/response.h"
#include "web/view/page_layout.h"

namespace hc::web::view {

http::Response forbidden(const PageLayout& layout);
http::Response serviceUnavailable(const PageLayout& layout);

}  // namespace hc::web::view

#endif  // HC_WEB_VIEW_ERROR_PAGES_H_

// ErrorPages: the pages the server answers with when it cannot serve what
// was asked: no access (403), no such page (404), a method the address does
// not take (405), too many requests (429), a fault (500) and the database
// unreachable or unwritable (503, with Retry-After). Each has the site's
// header (sections, Sign out) when someone is signed in and says what to do
// next for their role: an admin which admin section to go to, an analyst
// the imports, a manager their team's page, a director or member the
// overview, someone not signed in how to sign in.
//
// A 404 is the same page whatever was asked for (an unknown survey link or
// results token included): it tells nothing of which addresses exist.
//
//   ErrorPages pages(pool, csrf, layout);
//   router.setErrorPages([&](int status, Request& r, const std::string& why) { return pages.page(status, r, why); });
//
// Thread-safety: immutable after construction; page() runs concurrently,
// each call borrowing its own connection to find who is signed in.
#ifndef HC_WEB_VIEW_ERROR_PAGES_H_
#define HC_WEB_VIEW_ERROR_PAGES_H_

#include <optional>
#include <string>

#include "access/user.h"
#include "html/html.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/request.h"
#include "web/http/response.h"
#include "web/view/page_layout.h"

namespace hc::web::view {

class ErrorPages {
 public:
  ErrorPages(http::DatabasePool& pool, const http::CsrfProtection& csrf, const PageLayout& layout)
      : pool_(pool), csrf_(csrf), layout_(layout) {}

  // The page for `status`; `why`, when given, is its first sentence in
  // place of the status's own ("The form had expired, so nothing was
  // saved."). The visitor is the sign-in filter's user, else the session
  // cookie's (none when the database cannot say; never for a 503).
  http::Response page(int status, http::Request& request, const std::string& why = "") const;

  // What to do next, for `user` (nullopt: not signed in): a paragraph with
  // the links to the places their role goes.
  static html::Html nextSteps(const std::optional<access::User>& user);

 private:
  std::optional<access::User> visitor(const http::Request& request, int status) const;

  http::DatabasePool& pool_;
  const http::CsrfProtection& csrf_;
  const PageLayout& layout_;
};

// The 503 page for a page set that has no ErrorPages (sign-in): without a
// header, as the database cannot say who is signed in.
http::Response serviceUnavailable(const PageLayout& layout);

}  // namespace hc::web::view

#endif  // HC_WEB_VIEW_ERROR_PAGES_H_

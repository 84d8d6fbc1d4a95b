// The pieces every page of the settings and audit page sets shares: a
// page under the admin area's header and breadcrumbs, a POST form carrying
// the signed-in user's CSRF token, and who is asking (for audit rows).
//
// Thread-safety: pure functions of their arguments.
#ifndef HC_WEB_ADMIN_ADMIN_PAGE_H_
#define HC_WEB_ADMIN_ADMIN_PAGE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "html/html.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/request.h"
#include "web/http/response.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

// Renders `main` into `response` (which may already carry a CSRF cookie)
// under the header's `section`, breadcrumbs from Admin (for anyone but an
// admin: the Overview) to `crumbs` (the last: this page, its href "");
// `has_errors` titles it "Error: ...".
void renderAdminPage(const view::PageLayout& layout, const http::CsrfProtection& csrf, const http::Request& request,
                     http::Response& response, const std::string& title, html::Html main, std::string_view section,
                     std::vector<view::Crumb> crumbs, bool has_errors = false);

// <form method="post" action=...> with the user's CSRF field, then `fields`.
html::Html postForm(const http::CsrfProtection& csrf, const http::Request& request, http::Response& response,
                    const std::string& action, const html::Html& fields);

// A setting's number as a form shows it: 20, 2.5.
std::string shownNumber(double v);

// The value of `field` in a form's values or errors; "" when absent.
std::string fieldOf(const std::map<std::string, std::string>& values, const std::string& field);

// The signed-in user's name, for the audit log ("unknown" past the filter
// should never happen).
std::string actorOf(const http::Request& request);

// f(db) on a connection borrowed from `pool`; a connection whose database
// failed is discarded, not given back.
template <typename F>
auto withDatabase(http::DatabasePool& pool, F&& f) {
  http::DatabasePool::Lease db = pool.acquire();
  try {
    return f(*db);
  } catch (const store::DatabaseError&) {
    db.discard();
    throw;
  }
}

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_ADMIN_PAGE_H_

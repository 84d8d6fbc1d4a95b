// AuditPages: the audit log in the browser, for admins and directors:
// filtered by date range, person and kind of event, newest first, a page
// of 50 with Previous and Next, and what is filtered as a CSV download
// (access/audit_csv.h: safe to open in a spreadsheet). The query is
// access::AuditLog::find, as `healthcheck audit` runs it.
//
//   GET /admin/audit       ?from=YYYY-MM-DD&to=YYYY-MM-DD&person=NAME&kind=ACTION&page=N (audit)
//   GET /admin/audit.csv   the same filter, every matching entry up to kCsvLimit (audit)
//
// Thread-safety: handlers run concurrently, each on its own pool connection.
#ifndef HC_WEB_ADMIN_AUDIT_PAGES_H_
#define HC_WEB_ADMIN_AUDIT_PAGES_H_

#include <cstddef>

#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

class AuditPages {
 public:
  static constexpr size_t kPageSize = 50;
  static constexpr size_t kCsvLimit = 100000;  // a download that says so when it stops short

  AuditPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf)
      : pool_(pool), layout_(layout), csrf_(csrf) {}

  void addRoutes(http::Router& router);

 private:
  http::Response page(http::Request& request);
  http::Response csv(http::Request& request);

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_AUDIT_PAGES_H_

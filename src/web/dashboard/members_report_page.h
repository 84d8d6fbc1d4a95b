// What the browser's members' report adds to the printable document: the
// cover's particulars from the query (?meeting=&author=&contact=, so that a
// clerk can fill them in and bookmark or share the link), and a bar shown
// on screen only above the cover: the way back to the overview, the print
// link (/report/members.pdf, the same document printed to PDF by the
// server's Chromium, as `healthcheck report --pdf` does) and a short form
// for the cover's particulars.
//
// Thread-safety: pure functions.
#ifndef HC_WEB_DASHBOARD_MEMBERS_REPORT_PAGE_H_
#define HC_WEB_DASHBOARD_MEMBERS_REPORT_PAGE_H_

#include <string>

#include "html/html.h"
#include "metrics/period.h"
#include "reports/report_model.h"
#include "web/http/request.h"

namespace hc::web::dashboard {

// The cover's meeting, author and contact from the request's query,
// cleaned; each empty when not given.
reports::ReportCover coverFromQuery(const http::Request& request);

// "?period=2026-Q3&meeting=...": the report's own query, for its links.
std::string membersQuery(const metrics::Period& period, const reports::ReportCover& cover);

// The screen-only bar (class "screen-only", hidden in print). `can_print`:
// the server has a Chromium to print with; without one the bar says to
// use the browser's Print instead of linking to the PDF.
html::Html membersScreenNavigation(const metrics::Period& period, const reports::ReportCover& cover, bool can_print);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_MEMBERS_REPORT_PAGE_H_

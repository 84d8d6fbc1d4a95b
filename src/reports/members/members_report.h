// The elected members' report: a printable, self-contained HTML document in
// plain language. A one-page summary of the five areas with their ratings
// and what changed, a page per area (generated narrative, a chart, a table
// by service), "What staff told us" when a staff survey ran in the period
// (response rates and the survey's area scores; never comments), ratings
// by team, a glossary, and an appendix restating every
// figure's definition.
//
// Only published figures: the model must have been built from a health
// check computed with HealthCheckOptions::published, and every suppressed
// figure is shown as a marker with its explanation, never as a number.
//
// Example:
//   ReportOptions options;
//   options.published = true;
//   std::string html = membersReportHtml(buildReportModel(hc, options)).str();
//
// Thread-safety: pure function of the model.
#ifndef HC_REPORTS_MEMBERS_MEMBERS_REPORT_H_
#define HC_REPORTS_MEMBERS_MEMBERS_REPORT_H_

#include <string>
#include <vector>

#include "html/html.h"
#include "reports/report_model.h"

namespace hc::reports::members {

// Where the document's stylesheet is. Inline by default: a file that
// prints and travels on its own. The web server links its own copies
// instead (/report/members.css), since its pages' content security policy
// allows stylesheets from the server only.
struct ReportStyle {
  std::vector<std::string> stylesheet_links;  // hrefs, in order; empty: inline
  // Shown on screen above the cover and never printed (class
  // "screen-only"): the web server's way back and print link.
  html::Html screen_navigation;
};

// The whole document, UTF-8. Throws std::invalid_argument when
// model.published is false: unpublished figures must never reach members.
html::Html membersReportHtml(const ReportModel& model, const ReportStyle& style = {});

}  // namespace hc::reports::members

#endif  // HC_REPORTS_MEMBERS_MEMBERS_REPORT_H_

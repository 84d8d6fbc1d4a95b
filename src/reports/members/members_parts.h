// Building blocks shared by the pages of the members' report: rating
// badges, figure cells, the suppression marker and the stylesheet. Internal
// to src/reports (members_*.cpp).
//
// Thread-safety: pure functions.
#ifndef HC_REPORTS_MEMBERS_MEMBERS_PARTS_H_
#define HC_REPORTS_MEMBERS_MEMBERS_PARTS_H_

#include <string>

#include "reports/report_model.h"

namespace hc::reports::members {

// The print and screen stylesheet: A4, a page per section, tables that do
// not split across pages.
const char* stylesheet();

// <span class="rating rating-amber">Amber</span>: colour and word together.
std::string ratingBadge(metrics::Status status);

// A figure for a table cell: "14.2% <badge>", the suppression marker, or
// "No figure". Never the number of a suppressed figure.
std::string figureCell(const MetricFigure& figure);

// The marker standing in for a suppressed figure, linked to the note that
// explains it (suppressionNote()).
std::string suppressionMarker();
// The note under a table holding at least one suppressed figure.
std::string suppressionNote(const ReportModel& model);

// The anchor of a metric's appendix entry: "def-vacancy_rate".
std::string definitionAnchor(const metrics::MetricInfo& info);

// The sections; membersReportHtml() puts them together.
std::string summaryPage(const ReportModel& model);
std::string areaPage(const ReportModel& model, const AreaFigures& council_area);
std::string teamsPage(const ReportModel& model);
// "What staff told us": "" when the model has no survey run.
std::string surveyPage(const ReportModel& model);
std::string glossaryPage();
std::string appendixPage(const ReportModel& model);

}  // namespace hc::reports::members

#endif  // HC_REPORTS_MEMBERS_MEMBERS_PARTS_H_

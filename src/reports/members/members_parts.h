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

// The print and screen stylesheet: A4, tables that do not split across
// pages, and in print a running header (`running_header`, plain text) and
// "Page N of M" in the page margins, left off the cover.
std::string stylesheet(const std::string& running_header);

// `text` as a CSS string literal: every ASCII character but letters,
// digits and spaces as a hexadecimal escape, so that a council's name
// cannot end the string or the <style> element.
std::string cssString(const std::string& text);

// One action as members read it: its title, where, who and by when, and
// an "Overdue" marker when its due date has passed on the day written.
std::string actionLine(const ReportModel& model, const Action& action);
// <strong class="overdue">Overdue</strong>
std::string overdueMarker();

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

// The sections; membersReportHtml() puts them together. The cover and
// summary share the first page; areas follow one another without a page
// break each.
std::string summaryPage(const ReportModel& model);
std::string areaPage(const ReportModel& model, const AreaFigures& council_area);
// "What we are doing" (every open action by area) and "Decisions for
// members" (the open actions that need members' decision).
std::string actionsPage(const ReportModel& model);
std::string teamsPage(const ReportModel& model);
// "What staff told us": "" when the model has no survey run.
std::string surveyPage(const ReportModel& model);
std::string glossaryPage();
std::string appendixPage(const ReportModel& model);

}  // namespace hc::reports::members

#endif  // HC_REPORTS_MEMBERS_MEMBERS_PARTS_H_

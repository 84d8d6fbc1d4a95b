// Building blocks shared by the pages of the members' report: rating
// badges, figure cells, the suppression marker and the stylesheet. Internal
// to src/reports (members_*.cpp). Markup is html::Html throughout: every
// name and figure from the data is escaped as it is added.
//
// Thread-safety: pure functions.
#ifndef HC_REPORTS_MEMBERS_MEMBERS_PARTS_H_
#define HC_REPORTS_MEMBERS_MEMBERS_PARTS_H_

#include <string>
#include <vector>

#include "html/html.h"
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
html::Html actionLine(const ReportModel& model, const Action& action);
// <strong class="overdue">Overdue</strong>
html::Html overdueMarker();

// <span class="rating rating-amber">Amber</span>: colour and word together.
html::Html ratingBadge(metrics::Status status);

// A figure for a table cell: "14.2% <badge>", the suppression marker, or
// "No figure". Never the number of a suppressed figure.
html::Html figureCell(const MetricFigure& figure);

// The marker standing in for a suppressed figure, linked to the note that
// explains it (suppressionNote()).
html::Html suppressionMarker();
// The note under a table holding at least one suppressed figure.
html::Html suppressionNote(const ReportModel& model);

// A line break between two blocks: the document's source reads as one
// block a line, and a newline between inline elements renders as a space.
inline html::Html newline() { return html::Html::markup("\n"); }

// Items joined as a sentence reads them: "a, b and c" (reports'
// listInWords, for items that hold markup).
html::Html htmlListInWords(const std::vector<html::Html>& items);

// The anchor of a metric's appendix entry: "def-vacancy_rate".
std::string definitionAnchor(const metrics::MetricInfo& info);

// The sections; membersReportHtml() puts them together. The cover is a
// page of its own; "Decisions for members" and the summary open the next;
// areas follow one another without a page break each.
html::Html coverPage(const ReportModel& model);
html::Html decisionsSection(const ReportModel& model);
html::Html summaryPage(const ReportModel& model);
html::Html areaPage(const ReportModel& model, const AreaFigures& council_area);
// "What we are doing": every open action by area.
html::Html actionsPage(const ReportModel& model);
html::Html teamsPage(const ReportModel& model);
// "What staff told us": empty when the model has no survey run.
html::Html surveyPage(const ReportModel& model);
html::Html glossaryPage();
html::Html appendixPage(const ReportModel& model);

}  // namespace hc::reports::members

#endif  // HC_REPORTS_MEMBERS_MEMBERS_PARTS_H_

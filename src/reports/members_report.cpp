#include "reports/members_report.h"

#include <stdexcept>

#include "reports/html_escape.h"
#include "reports/members_parts.h"

namespace hc::reports {

std::string membersReportHtml(const ReportModel& model) {
  if (!model.published) {
    throw std::invalid_argument(
        "the members' report needs published figures: compute the health check with published = true");
  }
  const std::string title = "Social work health check: " + model.council_name + ", " + model.period.label;
  std::string h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"healthcheck\">\n<title>" +
                  escapeHtml(title) + "</title>\n<style>\n" + members::stylesheet(title) + "</style>\n</head>\n<body>\n";
  h += members::summaryPage(model);
  if (const ScopeFigures* council = model.council()) {
    for (const AreaFigures& area : council->areas) h += members::areaPage(model, area);
  }
  h += members::surveyPage(model);
  h += members::actionsPage(model);
  h += members::teamsPage(model);
  h += members::glossaryPage();
  h += members::appendixPage(model);
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace hc::reports

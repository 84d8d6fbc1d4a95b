#include "reports/members/members_report.h"

#include <stdexcept>

#include "reports/figure_text.h"
#include "core/html_escape.h"
#include "reports/members/members_parts.h"

namespace hc::reports::members {

std::string membersReportHtml(const ReportModel& model) {
  if (!model.published) {
    throw std::invalid_argument(
        "the members' report needs published figures: compute the health check with published = true");
  }
  const std::string title = "Social work health check: " + model.council_name + ", " + model.period.label;
  std::string h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"healthcheck\">\n<title>" +
                  escapeHtml(title) + "</title>\n<style>\n" + stylesheet(title) + "</style>\n</head>\n<body>\n";
  h += summaryPage(model);
  if (const ScopeFigures* council = model.council()) {
    for (const AreaFigures& area : council->areas) h += areaPage(model, area);
  }
  h += surveyPage(model);
  h += actionsPage(model);
  h += teamsPage(model);
  h += glossaryPage();
  h += appendixPage(model);
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace hc::reports::members

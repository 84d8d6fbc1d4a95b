#include "reports/members/members_report.h"

#include <stdexcept>

#include "reports/figure_text.h"
#include "reports/html_escape.h"
#include "reports/members/members_parts.h"
#include "reports/narrative.h"

namespace hc::reports::members {

std::string summaryPage(const ReportModel& model) {
  const ScopeFigures* council = model.council();
  std::string h = "<section class=\"page\" id=\"summary\">\n";
  h += "<h1>Social work health check: " + escapeHtml(model.council_name) + "</h1>\n";
  h += "<p class=\"subtitle\">" + escapeHtml(model.period.label) + ": " + escapeHtml(periodPhrase(model.period)) +
       "</p>\n";
  h += "<p>This report shows how the council's social work teams are doing in five areas. Each area gets a "
       "rating of red, amber or green: the worst rating among its figures, which are compared with limits the "
       "council has set. The pages that follow explain each area, and the appendix explains how every figure "
       "is worked out. Words in the glossary are explained at the end. Figures about very small groups of "
       "people are not published.</p>\n";

  h += "<table>\n<caption>The five areas for the whole council</caption>\n<thead><tr><th scope=\"col\">Area</th>"
       "<th scope=\"col\">Rating</th><th scope=\"col\">What changed</th></tr></thead>\n<tbody>\n";
  if (council) {
    for (const AreaFigures& area : council->areas) {
      std::string red;
      for (const MetricFigure& f : area.metrics) {
        if (f.value && f.status == metrics::Status::kRed) red += (red.empty() ? "" : ", ") + std::string(f.info->label);
      }
      h += "<tr><th scope=\"row\"><a href=\"#area-" + escapeHtml(area.info->id) + "\">" +
           escapeHtml(area.info->label) + "</a></th><td>" + ratingBadge(area.status) + "</td><td>" +
           escapeHtml(areaStatusSentence(model, area)) + " " + escapeHtml(areaChangeSentence(model, area));
      if (!red.empty()) h += " Rated red: " + escapeHtml(red) + ".";
      h += "</td></tr>\n";
    }
  }
  h += "</tbody>\n</table>\n";

  const auto services = model.services();
  if (!services.empty()) {
    h += "<table>\n<caption>Ratings by service</caption>\n<thead><tr><th scope=\"col\">Service</th>";
    for (const metrics::AreaInfo& a : metrics::areas()) h += "<th scope=\"col\">" + escapeHtml(a.label) + "</th>";
    h += "</tr></thead>\n<tbody>\n";
    for (const ScopeFigures* s : services) {
      h += "<tr><th scope=\"row\">" + escapeHtml(s->name) + "</th>";
      for (const AreaFigures& area : s->areas) h += "<td>" + ratingBadge(area.status) + "</td>";
      h += "</tr>\n";
    }
    h += "</tbody>\n</table>\n";
  }
  h += "</section>\n";
  return h;
}


std::string membersReportHtml(const ReportModel& model) {
  if (!model.published) {
    throw std::invalid_argument(
        "the members' report needs published figures: compute the health check with published = true");
  }
  const std::string title = "Social work health check: " + model.council_name + ", " + model.period.label;
  std::string h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"healthcheck\">\n<title>" +
                  escapeHtml(title) + "</title>\n<style>\n" + members::stylesheet() + "</style>\n</head>\n<body>\n";
  h += members::summaryPage(model);
  if (const ScopeFigures* council = model.council()) {
    for (const AreaFigures& area : council->areas) h += members::areaPage(model, area);
  }
  h += members::surveyPage(model);
  h += members::teamsPage(model);
  h += members::glossaryPage();
  h += members::appendixPage(model);
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace hc::reports::members

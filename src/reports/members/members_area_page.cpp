// The members' report's section for one area: its rating and what changed,
// a paragraph on the council's figures (the red and amber ones each in a
// sentence, the rest named together) and a table of every figure by
// service. No chart: the table says the same, and charts would take the
// report past the eight pages members are asked to read. An area without figures
// is one sentence saying why and what would give them.
#include "reports/figure_text.h"
#include "core/html_escape.h"
#include "reports/members/members_parts.h"
#include "reports/narrative.h"

namespace hc::reports::members {
namespace {

const MetricFigure* figureOf(const ScopeFigures& scope, const metrics::MetricInfo& info) {
  for (const MetricFigure& f : scope.areas[size_t(info.area)].metrics)
    if (f.info == &info) return &f;
  return nullptr;
}

std::vector<const ScopeFigures*> councilAndServices(const ReportModel& model) {
  std::vector<const ScopeFigures*> scopes;
  if (const ScopeFigures* c = model.council()) scopes.push_back(c);
  for (const ScopeFigures* s : model.services()) scopes.push_back(s);
  return scopes;
}

std::string table(const ReportModel& model, const AreaFigures& area, const std::vector<const ScopeFigures*>& scopes) {
  bool any_suppressed = false;
  std::string h = "<table>\n<caption>" + escapeHtml(area.info->label) + ": figures by service, " +
                  escapeHtml(model.period.label) + "</caption>\n<thead><tr><th scope=\"col\">Figure</th>";
  for (const ScopeFigures* s : scopes) h += "<th scope=\"col\">" + escapeHtml(s->name) + "</th>";
  h += "</tr></thead>\n<tbody>\n";
  for (const MetricFigure& lead : area.metrics) {
    h += "<tr><th scope=\"row\"><a href=\"#" + definitionAnchor(*lead.info) + "\">" + escapeHtml(lead.info->label) +
         "</a></th>";
    for (const ScopeFigures* s : scopes) {
      const MetricFigure* f = figureOf(*s, *lead.info);
      any_suppressed = any_suppressed || f->suppressed;
      h += "<td class=\"num\">" + figureCell(*f) + "</td>";
    }
    h += "</tr>\n";
  }
  h += "</tbody>\n</table>\n";
  if (any_suppressed) h += suppressionNote(model);
  return h;
}

}  // namespace

std::string areaPage(const ReportModel& model, const AreaFigures& area) {
  std::string h = "<section class=\"area\" id=\"area-" + escapeHtml(area.info->id) + "\">\n";
  h += "<h2>" + escapeHtml(area.info->label) + "</h2>\n";
  // An area with nothing to show is one sentence, not an empty page.
  if (noFigures(area)) return h + "<p>" + escapeHtml(noFiguresSentence(model, area)) + "</p>\n</section>\n";
  h += "<p>" + ratingBadge(area.status) + " " + escapeHtml(areaStatusSentence(model, area)) + " " +
       escapeHtml(areaChangeSentence(model, area)) + "</p>\n";
  std::string said;
  for (const std::string& sentence : areaSentences(model, area)) said += (said.empty() ? "" : " ") + sentence;
  h += "<p>" + escapeHtml(said) + "</p>\n";
  const auto scopes = councilAndServices(model);
  h += table(model, area, scopes);
  h += "</section>\n";
  return h;
}

}  // namespace hc::reports::members

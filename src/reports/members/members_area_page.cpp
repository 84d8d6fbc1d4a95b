// The members' report's section for one area: its rating and what changed,
// a paragraph on the council's figures (the red and amber ones each in a
// sentence, the rest named together) and a table of every figure by
// service. No chart: the table says the same, and charts would take the
// report past the eight pages members are asked to read. An area without figures
// is one sentence saying why and what would give them.
#include "reports/figure_text.h"
#include "html/element.h"
#include "reports/members/members_parts.h"
#include "reports/narrative.h"

namespace hc::reports::members {
namespace {

using html::el;
using html::Html;

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

Html table(const ReportModel& model, const AreaFigures& area, const std::vector<const ScopeFigures*>& scopes) {
  bool any_suppressed = false;
  Html head = el("th").attr("scope", "col").text("Figure");
  for (const ScopeFigures* s : scopes) head += el("th").attr("scope", "col").text(s->name);
  Html rows = newline();
  for (const MetricFigure& lead : area.metrics) {
    Html row = el("th").attr("scope", "row").add(el("a").attr("href", "#" + definitionAnchor(*lead.info)).text(lead.info->label));
    for (const ScopeFigures* s : scopes) {
      const MetricFigure* f = figureOf(*s, *lead.info);
      any_suppressed = any_suppressed || f->suppressed;
      row += el("td").cls("num").add(figureCell(*f));
    }
    rows += el("tr").add(row) + newline();
  }
  Html h = el("table").add(newline() +
                           el("caption").text(std::string(area.info->label) + ": figures by service, " + model.period.label) +
                           newline() + el("thead").add(el("tr").add(head)) + newline() + el("tbody").add(rows) +
                           newline()) +
           newline();
  if (any_suppressed) h += suppressionNote(model);
  return h;
}

}  // namespace

Html areaPage(const ReportModel& model, const AreaFigures& area) {
  Html h = newline() + el("h2").text(area.info->label) + newline();
  const auto section = [&](const Html& content) {
    return el("section").cls("area").id("area-" + std::string(area.info->id)).add(content) + newline();
  };
  // An area with nothing to show is one sentence, not an empty page.
  if (noFigures(area)) return section(h + el("p").text(noFiguresSentence(model, area)) + newline());
  h += el("p").add(ratingBadge(area.status)).text(" " + areaStatusSentence(model, area) + " " +
                                                  areaChangeSentence(model, area)) +
       newline();
  std::string said;
  for (const std::string& sentence : areaSentences(model, area)) said += (said.empty() ? "" : " ") + sentence;
  h += el("p").text(said) + newline();
  const auto scopes = councilAndServices(model);
  h += table(model, area, scopes);
  return section(h);
}

}  // namespace hc::reports::members

// A page of the members' report for one area: its rating, a sentence per
// figure for the whole council, a chart of the area's lead figure by
// service, and a table of every figure by service.
#include "reports/figure_text.h"
#include "reports/html_escape.h"
#include "reports/members/members_parts.h"
#include "reports/narrative.h"
#include "reports/svg_bar_chart.h"

namespace hc::reports::members {
namespace {

// The figure charted for an area: its first percentage or score in
// metrics.md order (vacancy rate, unallocated rate, the survey score,
// sickness rate, visits completed). Those share a 0-100 scale members can
// read at a glance; counts and days would need an explanation per chart.
const MetricFigure* leadFigure(const AreaFigures& area) {
  for (const MetricFigure& f : area.metrics) {
    if (f.info->unit == metrics::Unit::kPercent || f.info->unit == metrics::Unit::kScore) return &f;
  }
  return area.metrics.empty() ? nullptr : &area.metrics.front();
}

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

std::string chart(const ReportModel& model, const AreaFigures& area,
                  const std::vector<const ScopeFigures*>& scopes) {
  const MetricFigure* lead = leadFigure(area);
  if (!lead) return "";
  BarChart c;
  c.id = "chart-" + std::string(area.info->id);
  c.title = std::string(lead->info->label) + " for the council and each service, " + model.period.label +
            " and the previous " + periodNoun(model.period);
  c.description = lead->info->better == metrics::Better::kHigher ? "Bar chart. Higher is better." : "Bar chart. Lower is better.";
  c.unit = lead->info->unit;
  c.current_label = model.period.label;
  c.previous_label = model.period.previous().label;
  // The DfE's England, region and neighbours' figures as reference lines.
  if (const auto& national = model.national[size_t(lead->info->metric)]) {
    c.references = comparators(*national);
    c.references_source = benchmarkSource(*national);
  }
  for (const ScopeFigures* s : scopes) {
    const MetricFigure* f = figureOf(*s, *lead->info);
    BarChartRow row;
    row.label = s->name;
    row.value = f->value;
    row.previous = f->previous;
    row.status = f->status;
    row.missing = f->suppressed ? "Not published" : "No figure";
    c.rows.push_back(row);
  }
  return "<figure>\n" + barChartSvg(c) + "\n<figcaption>" + escapeHtml(c.title) +
         ". The same figures are in the table below.</figcaption>\n</figure>\n";
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

std::string areaPage(const ReportModel& model, const AreaFigures& council_area) {
  const AreaFigures& area = council_area;
  std::string h = "<section class=\"page\" id=\"area-" + escapeHtml(area.info->id) + "\">\n";
  h += "<h2>" + escapeHtml(area.info->label) + "</h2>\n";
  h += "<p>" + ratingBadge(area.status) + " " + escapeHtml(areaStatusSentence(model, area)) + " " +
       escapeHtml(areaChangeSentence(model, area)) + "</p>\n";
  h += "<h3>What the figures say for the whole council</h3>\n<ul class=\"narrative\">\n";
  for (const MetricFigure& f : area.metrics) {
    const auto& national = model.national[size_t(f.info->metric)];
    h += "<li>" + escapeHtml(metricSentence(model, f, national ? &*national : nullptr)) + "</li>\n";
  }
  h += "</ul>\n";
  const auto scopes = councilAndServices(model);
  h += chart(model, area, scopes);
  h += table(model, area, scopes);
  h += "</section>\n";
  return h;
}

}  // namespace hc::reports::members

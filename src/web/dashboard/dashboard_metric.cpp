#include "web/dashboard/dashboard_metric.h"

#include <algorithm>

#include "metrics/signals.h"
#include "reports/benchmark_text.h"
#include "reports/figure_text.h"
#include "reports/svg_bar_chart.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/dashboard/dashboard_process_chart.h"
#include "web/http/html.h"

namespace hc::web::dashboard {
namespace {

struct Row {
  const metrics::ScopeResult* scope;
  const metrics::MetricResult* metric;
};

const metrics::MetricResult* metricOf(const metrics::ScopeResult& s, const std::string& id) {
  for (const auto& a : s.areas)
    for (const auto& m : a.metrics)
      if (m.id == id) return &m;
  return nullptr;
}

std::string limitsText(const metrics::MetricInfo& info, const metrics::Thresholds& thresholds) {
  const auto l = thresholds.limits(info.metric);
  if (!l) return "This metric has no red, amber or green limits.";
  const bool lower = info.better == metrics::Better::kLower;
  const std::string cmp = lower ? " or lower" : " or higher";
  return "Green: " + reports::formatValue(info.unit, l->green) + cmp + ". Amber: " +
         reports::formatValue(info.unit, l->amber) + cmp + ". Red: " + (lower ? "above " : "below ") +
         reports::formatValue(info.unit, l->amber) + ". " + (lower ? "Lower" : "Higher") + " is better.";
}

}  // namespace

std::string metricHtml(const metrics::HealthCheck& hc, const metrics::MetricInfo& info,
                       const metrics::Thresholds& thresholds, const DashboardQuery& q,
                       const std::vector<metrics::Period>& quarters, const metrics::MetricBenchmark* benchmark) {
  const std::string id(info.id), label(info.label);
  const std::string qs = q.queryString();
  std::vector<Row> rows;
  for (const auto* s : shownScopes(hc, q))
    if (s->level == metrics::Level::kTeam)
      if (const auto* m = metricOf(*s, id)) rows.push_back({s, m});
  // Best first; teams without a figure last, by name.
  const bool lower = info.better == metrics::Better::kLower;
  std::stable_sort(rows.begin(), rows.end(), [lower](const Row& a, const Row& b) {
    if (a.metric->value.has_value() != b.metric->value.has_value()) return a.metric->value.has_value();
    if (!a.metric->value) return a.scope->name < b.scope->name;
    return lower ? *a.metric->value < *b.metric->value : *a.metric->value > *b.metric->value;
  });

  std::string out = stylesheetLink();
  out += "<span class=\"govuk-caption-l\">" + http::escapeHtml(metrics::info(info.area).label) +
         "</span>\n<h1 class=\"govuk-heading-l\">" + http::escapeHtml(label) + ": " + http::escapeHtml(hc.period.label) +
         "</h1>\n";
  out += filtersHtml(hc, q, quarters, "/dashboard/metric/" + http::urlEncode(id));
  out += "<p class=\"govuk-body\">" + http::escapeHtml(std::string(info.definition)) + "</p>\n";
  out += "<p class=\"govuk-body\" id=\"limits\">" + http::escapeHtml(limitsText(info, thresholds)) + "</p>\n";
  const std::string compared = benchmark ? reports::benchmarkSentence(info, *benchmark) : "";
  if (!compared.empty())
    out += "<p class=\"govuk-body\" id=\"benchmark\">" + http::escapeHtml(compared) + " <a class=\"govuk-link\" href=\"" +
           http::escapeHtml("/dashboard/compare" + qs + "#compare-" + id) + "\">How the council compares</a></p>\n";

  if (!rows.empty() && rows.size() <= kMaxChartRows) {
    reports::BarChart chart;
    chart.id = "chart-" + id;
    chart.title = label + " by team, " + hc.period.label;
    chart.description = "Each team's " + label + ", best first; the table below gives the same figures.";
    chart.unit = info.unit;
    chart.current_label = hc.period.label;
    chart.previous_label = hc.period.previous().label;
    if (!compared.empty()) {
      chart.references = reports::comparators(*benchmark);
      chart.references_source = reports::benchmarkSource(*benchmark);
    }
    for (const Row& r : rows)
      chart.rows.push_back({r.scope->name, r.metric->value, r.metric->previous, r.metric->status,
                            r.metric->suppressed ? "Not shown" : "No figure"});
    out += "<h2 class=\"govuk-heading-m\">Chart</h2>\n" + barChartBox(chart);
  } else if (!rows.empty()) {
    out += "<p class=\"govuk-body\">Choose a service or locality to see a chart of up to " +
           std::to_string(kMaxChartRows) + " teams.</p>\n";
  }

  // The funnel plot beside the ranked list, for the percentages of counted
  // units (metrics.md "Signals"): which teams differ from the council by
  // more than chance.
  std::string funnel;
  const metrics::ScopeResult* council = nullptr;
  for (const auto& s : hc.scopes)
    if (s.level == metrics::Level::kCouncil) council = &s;
  const metrics::MetricResult* council_metric = council ? metricOf(*council, id) : nullptr;
  if (metrics::hasFunnel(info.metric) && council_metric && council_metric->value) {
    std::vector<FunnelPoint> points;
    for (const Row& r : rows)
      if (r.metric->value && r.metric->n > 0 && !r.metric->suppressed)
        points.push_back({r.scope->name, *r.metric->value, r.metric->n});
    const std::string plot = funnelPlotHtml("funnel-" + id, info, *council_metric->value, points);
    if (!plot.empty())
      funnel = "<div class=\"hc-funnel\"><h2 class=\"govuk-heading-m\">Funnel plot</h2>\n<p class=\"govuk-body-s\">Each team's figure "
               "against the number it rests on. Inside the dashed limits a team's difference from the council's " +
               http::escapeHtml(reports::formatValue(info.unit, *council_metric->value)) +
               " may be chance; outside the 99.8% limits (&#9670;) it is not. <a class=\"govuk-link\" "
               "href=\"/dashboard/glossary#glossary-funnel-plot\">About funnel plots</a></p>\n" + plot + "</div>\n";
  }
  out += funnel.empty() ? "" : "<div class=\"hc-charts\">\n" + funnel + "<div>\n";
  out += "<h2 class=\"govuk-heading-m\">Every team</h2>\n";
  std::string table = "<table class=\"govuk-table\" aria-describedby=\"limits\">\n<caption class=\"govuk-table__caption "
                      "govuk-table__caption--s\" id=\"spread-caption\">" + http::escapeHtml(label) + " by team, best first, " +
                      http::escapeHtml(hc.period.label) + "</caption>\n<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
                      "<th scope=\"col\" class=\"govuk-table__header\">Rank</th>"
                      "<th scope=\"col\" class=\"govuk-table__header\">Team</th>"
                      "<th scope=\"col\" class=\"govuk-table__header\">Service</th>"
                      "<th scope=\"col\" class=\"govuk-table__header\">Value</th>"
                      "<th scope=\"col\" class=\"govuk-table__header\">Status</th>"
                      "<th scope=\"col\" class=\"govuk-table__header\">n</th></tr></thead>\n<tbody class=\"govuk-table__body\">\n";
  int rank = 0;
  for (const Row& r : rows) {
    table += "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">" +
             (r.metric->value ? std::to_string(++rank) : std::string("-")) +
             "</td><th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"" +
             http::escapeHtml("/dashboard/team/" + http::urlEncode(r.scope->id) + qs + "#metric-" + id) + "\">" +
             http::escapeHtml(r.scope->name) + "</a></th><td class=\"govuk-table__cell\">" + http::escapeHtml(serviceName(hc, r.scope->service)) +
             "</td><td class=\"govuk-table__cell\">" + http::escapeHtml(figureText(info, *r.metric)) +
             "</td><td class=\"govuk-table__cell\">" + statusTag(r.metric->status) +
             "</td><td class=\"govuk-table__cell\">" + std::to_string(r.metric->n) + "</td></tr>\n";
  }
  table += "</tbody></table>\n";
  out += scrollRegion("spread-caption", table);
  if (!funnel.empty()) out += "</div></div>\n";
  out += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard" + qs) +
         "\">Back to the overview</a></p>\n";
  return out;
}

}  // namespace hc::web::dashboard

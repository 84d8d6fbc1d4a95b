#include "web/dashboard/dashboard_metric.h"

#include <algorithm>

#include "html/element.h"
#include "metrics/signals.h"
#include "reports/benchmark_text.h"
#include "reports/figure_text.h"
#include "reports/svg_bar_chart.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/dashboard/dashboard_process_chart.h"
#include "web/view/govuk_content.h"

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

html::Html metricHtml(const metrics::HealthCheck& hc, const metrics::MetricInfo& info,
                      const metrics::Thresholds& thresholds, const DashboardQuery& q,
                      const std::vector<metrics::Period>& quarters, const metrics::MetricBenchmark* benchmark) {
  using html::el;
  using html::Element;
  using html::Html;
  namespace govuk = view::govuk;
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

  Html out = view::app::stylesheetLink();
  out += govuk::heading(std::string(metrics::info(info.area).label), label + ": " + hc.period.label);
  out += filtersHtml(hc, q, quarters, "/dashboard/metric/" + html::urlEncode(id));
  out += govuk::para(std::string(info.definition));
  out += el("p").cls("govuk-body").id("limits").text(limitsText(info, thresholds)) + "\n";
  const std::string compared = benchmark ? reports::benchmarkSentence(info, *benchmark) : "";
  if (!compared.empty())
    out += el("p").cls("govuk-body").id("benchmark").text(compared + " ")
               .add(govuk::link("/dashboard/compare" + qs + "#compare-" + id, "How the council compares")) + "\n";

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
    out += govuk::headingM("Chart") + barChartBox(chart);
  } else if (!rows.empty()) {
    out += govuk::para("Choose a service or locality to see a chart of up to " + std::to_string(kMaxChartRows) +
                       " teams.");
  }

  // The funnel plot beside the ranked list, for the percentages of counted
  // units (metrics.md "Signals"): which teams differ from the council by
  // more than chance.
  Html funnel;
  const metrics::ScopeResult* council = nullptr;
  for (const auto& s : hc.scopes)
    if (s.level == metrics::Level::kCouncil) council = &s;
  const metrics::MetricResult* council_metric = council ? metricOf(*council, id) : nullptr;
  if (metrics::hasFunnel(info.metric) && council_metric && council_metric->value) {
    std::vector<FunnelPoint> points;
    for (const Row& r : rows)
      if (r.metric->value && r.metric->n > 0 && !r.metric->suppressed)
        points.push_back({r.scope->name, *r.metric->value, r.metric->n,
                          "/dashboard/team/" + html::urlEncode(r.scope->id) + qs + "#metric-" + id});
    const Html plot = funnelPlotHtml("funnel-" + id, info, *council_metric->value, points);
    if (!plot.empty())
      funnel = el("div").cls("hc-funnel").add(govuk::headingM("Funnel plot"))
                   .add(el("p").cls("govuk-body-s")
                            .text("Each team's figure against the number it rests on. Inside the dashed limits a "
                                  "team's difference from the council's " +
                                  reports::formatValue(info.unit, *council_metric->value) +
                                  " may be chance; outside the 99.8% limits (")
                            .add(Html::markup("&#9670;"))
                            .text(") it is not. Point to a mark, or Tab to it, to name its team; the table's last "
                                  "column says the same for every team. ")
                            .add(govuk::link("/dashboard/glossary#glossary-funnel-plot", "About funnel plots")))
                   .text("\n").add(plot) + "\n";
  }

  auto header = [](const char* text) { return el("th").attr("scope", "col").cls("govuk-table__header").text(text); };
  auto cell = [](const Html& content) { return el("td").cls("govuk-table__cell").add(content); };
  Element head_row = el("tr");
  head_row.cls("govuk-table__row").add(header("Rank")).add(header("Team")).add(header("Service")).add(header("Value"))
      .add(header("Status")).add(header("n"));
  // The funnel plot as a table: each team against the council's limits.
  const bool funnel_drawn = !funnel.empty();
  if (funnel_drawn) head_row.add(header("Against the council (funnel plot)"));
  auto against = [&](const Row& r) {
    if (!r.metric->value || r.metric->n <= 0 || r.metric->suppressed) return std::string("Not in the plot");
    const auto c = metrics::compareWithCouncil(r.metric->value, r.metric->n, council_metric->value, info.better);
    return !c ? std::string("Not in the plot")
           : *c == metrics::Comparison::kWorse  ? std::string("Significantly worse")
           : *c == metrics::Comparison::kBetter ? std::string("Significantly better")
                                                : std::string("Within the limits");
  };
  Element body = el("tbody");
  body.cls("govuk-table__body").text("\n");
  int rank = 0;
  for (const Row& r : rows) {
    Element tr = el("tr");
    tr.cls("govuk-table__row")
        .add(cell(Html::text(r.metric->value ? std::to_string(++rank) : std::string("-"))))
        .add(el("th").attr("scope", "row").cls("govuk-table__header")
                 .add(govuk::link("/dashboard/team/" + html::urlEncode(r.scope->id) + qs + "#metric-" + id, r.scope->name)))
        .add(cell(Html::text(serviceName(hc, r.scope->service))))
        .add(cell(Html::text(figureText(info, *r.metric)))).add(cell(statusTag(r.metric->status)))
        .add(cell(Html::text(std::to_string(r.metric->n))));
    if (funnel_drawn) tr.add(cell(Html::text(against(r))));
    body.add(tr).text("\n");
  }
  const Html table = el("table").cls("govuk-table").attr("aria-describedby", "limits").text("\n")
                         .add(el("caption").cls("govuk-table__caption govuk-table__caption--s").id("spread-caption")
                                  .text(label + " by team, best first, " + hc.period.label)).text("\n")
                         .add(el("thead").cls("govuk-table__head").add(head_row)).text("\n")
                         .add(body) + "\n";
  const Html spread = govuk::headingM("Every team") + view::app::scrollRegion("spread-caption", table);
  if (funnel.empty())
    out += spread;
  else
    out += el("div").cls("hc-charts").text("\n").add(funnel).add(el("div").text("\n").add(spread)) + "\n";
  out += govuk::para(govuk::link("/dashboard" + qs, "Back to the overview"));
  return out;
}

}  // namespace hc::web::dashboard

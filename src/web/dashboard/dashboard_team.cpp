#include "web/dashboard/dashboard_team.h"

#include "html/element.h"
#include "metrics/catalogue.h"
#include "reports/figure_text.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/dashboard/dashboard_process_chart.h"
#include "web/dashboard/dashboard_trend_chart.h"
#include "web/view/govuk_content.h"

namespace hc::web::dashboard {
namespace {

// The metric's value in each period (nullopt where the team or figure is
// missing), oldest first, with the DfE's comparators of each period's year.
std::vector<TrendPoint> trendOf(const std::vector<metrics::HealthCheck>& periods,
                                const std::vector<metrics::MetricBenchmarks>& benchmarks, const std::string& team_id,
                                size_t area, size_t metric) {
  std::vector<TrendPoint> points;
  for (size_t i = 0; i < periods.size(); ++i) {
    const metrics::HealthCheck& hc = periods[i];
    TrendPoint p{hc.period.label, std::nullopt, {}};
    if (const auto* s = findScope(hc, metrics::Level::kTeam, team_id)) {
      if (area < s->areas.size() && metric < s->areas[area].metrics.size()) {
        const metrics::MetricResult& m = s->areas[area].metrics[metric];
        p.value = m.value;
        if (i < benchmarks.size())
          if (auto b = benchmarks[i].find(m.id); b != benchmarks[i].end()) p.benchmarks = reports::comparators(b->second);
      }
    }
    points.push_back(std::move(p));
  }
  return points;
}

// A measure to see first: red, significantly worse than the council, or a
// special cause getting worse (the overview's marks). The rest of an area
// is folded away under it.
bool toSeeFirst(const metrics::MetricResult& m) {
  return !m.suppressed && (m.status == metrics::Status::kRed || m.signal.vs_council == metrics::Comparison::kWorse ||
                           m.signal.trend == metrics::Trend::kConcern);
}

// ", 2 red or signalled" for the contents list; "" when none is.
std::string seeFirstCount(const metrics::AreaResult& a) {
  size_t n = 0;
  for (const auto& m : a.metrics) n += toSeeFirst(m);
  return n ? ", " + std::to_string(n) + " red or signalled" : "";
}

// Some of an area's measures (`which`, indexes into its metrics): a table
// of their figures, each with its trend chart, and each one's history as a
// process-control chart, so a director can tell a change from noise
// (metrics.md "Signals").
html::Html measuresHtml(const std::vector<metrics::HealthCheck>& periods,
                        const std::vector<metrics::MetricBenchmarks>& benchmarks, const std::string& team_id,
                        const DashboardQuery& q, size_t ai, const std::vector<size_t>& which,
                        const std::string& caption_id, const std::string& caption) {
  using html::el;
  using html::Element;
  using html::Html;
  const metrics::HealthCheck& hc = periods.back();
  const metrics::AreaResult& area = findScope(hc, metrics::Level::kTeam, team_id)->areas[ai];
  const std::string label = metrics::areaLabel(area.id);
  const std::string qs = q.queryString();
  const std::string trend_phrase = "last " + std::to_string(periods.size()) + " periods, " +
                                   periods.front().period.label + " to " + hc.period.label;
  auto header = [](const std::string& text) {
    return el("th").attr("scope", "col").cls("govuk-table__header").text(text);
  };
  auto cell = [](const Html& content) { return el("td").cls("govuk-table__cell").add(content); };
  Element head_row = el("tr");
  head_row.cls("govuk-table__row").add(header("Metric")).add(header(hc.period.label)).add(header("Status"))
      .add(header("Last period")).add(header("n")).add(header("Trend (" + trend_phrase + ")"));
  Element body = el("tbody");
  body.cls("govuk-table__body").text("\n");
  Html charts;
  for (size_t mi : which) {
    const metrics::MetricResult& m = area.metrics[mi];
    const metrics::MetricInfo* info = metrics::findMetric(m.id);
    if (!info) continue;
    std::string previous = "No figure";
    if (m.previous) previous = reports::formatValue(info->unit, *m.previous);
    // n for every figure that rests on a count, so a director can judge
    // how much a percentage of a small team means.
    std::string n = "Not applicable";
    if (m.n > 0 || info->people_based || info->survey) n = std::to_string(m.n) + " (" + std::string(info->n_counts) + ")";
    const std::vector<TrendPoint> trend = trendOf(periods, benchmarks, team_id, ai, mi);
    body.add(el("tr").cls("govuk-table__row").id("metric-" + m.id)
                 .add(el("th").attr("scope", "row").cls("govuk-table__header")
                          .add(view::govuk::link("/dashboard/metric/" + html::urlEncode(m.id) + qs, std::string(info->label))))
                 .add(cell(Html::text(figureText(*info, m)))).add(cell(statusTag(m.status)))
                 .add(cell(Html::text(previous))).add(cell(Html::text(n)))
                 .add(cell(trendChartHtml("trend-" + m.id, std::string(info->label) + ", " + trend_phrase, info->unit, trend))))
        .text("\n");
    std::vector<HistoryPoint> history;
    bool any = false;
    for (const TrendPoint& p : trend) {
      history.push_back({p.period, p.value});
      any = any || p.value.has_value();
    }
    if (any)
      charts += el("figure").cls("hc-figure")
                    .add(el("figcaption").cls("govuk-body-s").text(info->label)).text("\n")
                    .add(processChartHtml("spc-" + m.id, *info, history)) + "\n";
  }
  const Html table = el("table").cls("govuk-table").text("\n")
                         .add(el("caption").cls("govuk-table__caption govuk-table__caption--s").id(caption_id).text(caption))
                         .text("\n").add(el("thead").cls("govuk-table__head").add(head_row)).text("\n")
                         .add(body) + "\n";
  Html out = view::app::scrollRegion(caption_id, table);
  if (!charts.empty())
    out += el("h3").cls("govuk-heading-s")
               .text(label + ": each measure over time (process-control charts: the mean, the process limits and any "
                             "special cause)") + "\n" +
           el("div").cls("hc-spc-grid").text("\n").add(charts) + "\n";
  return out;
}

}  // namespace

html::Html teamHtml(const std::vector<metrics::HealthCheck>& periods,
                    const std::vector<metrics::MetricBenchmarks>& benchmarks, const std::string& team_id,
                    const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                    const std::function<html::Html(const std::string& area_id)>& area_footer) {
  using html::el;
  using html::Element;
  using html::Html;
  namespace govuk = view::govuk;
  const metrics::HealthCheck& hc = periods.back();
  const metrics::ScopeResult* team = findScope(hc, metrics::Level::kTeam, team_id);
  if (!team) return {};
  const metrics::ScopeResult* service = findScope(hc, metrics::Level::kService, team->service);
  const std::string qs = q.queryString();

  Html out = view::app::stylesheetLink();
  out += govuk::heading((service ? service->name : team->service) + (team->locality.empty() ? "" : ", " + team->locality),
                        team->name + ": " + hc.period.label);
  out += filtersHtml(hc, q, quarters, "/dashboard/team/" + html::urlEncode(team_id));
  out += govuk::para(
      "Period: " + reports::periodPhrase(hc.period) +
      ". Figures about people show the number of people, cases or responses they rest on (n). Where the DfE "
      "publishes a measure, its trend chart has dashed lines for the England, region and statistical "
      "neighbours' figures of each period's census year (" +
      govuk::link("/dashboard/compare" + qs, "compare with other councils") + "). " +
      govuk::link("/dashboard/survey" + qs + "&team=" + html::urlEncode(team_id) + "#survey-questions",
                  "This team's staff survey results") +
      ".");
  std::vector<Html> contents;
  for (const auto& a : team->areas)
    contents.push_back(govuk::link("#area-" + a.id, metrics::areaLabel(a.id)) + ": " + statusWord(a.status) +
                       seeFirstCount(a));
  out += govuk::list(contents, /*bullets=*/false);
  out += el("p").cls("govuk-body").id("team-layout")
             .text("In each area the measures that are red or signalled (significantly worse than the council, or a "
                   "special cause getting worse) come first, with their process-control charts; the others are "
                   "folded under them.") + "\n";

  for (size_t ai = 0; ai < team->areas.size(); ++ai) {
    const metrics::AreaResult& area = team->areas[ai];
    const std::string label = metrics::areaLabel(area.id);
    Element section = el("section");
    section.id("area-" + area.id).attr("aria-labelledby", "area-" + area.id + "-heading").text("\n")
        .add(el("h2").cls("govuk-heading-m").id("area-" + area.id + "-heading").text(label + " ").add(statusTag(area.status)))
        .text("\n");
    if (area.withheld > 0)
      section.add(el("p").cls("govuk-body-s hc-withheld")
                      .text((area.measures > 0 ? "Rated on " + std::to_string(area.measures) + " of its measures; "
                                               : std::string("Not rated; ")) +
                            reports::withheldPhrase(area.withheld) + "."));
    // The red and signalled measures open, the rest folded under them, so
    // that the page leads with what needs a look.
    std::vector<size_t> first, rest;
    for (size_t mi = 0; mi < area.metrics.size(); ++mi)
      if (metrics::findMetric(area.metrics[mi].id)) (toSeeFirst(area.metrics[mi]) ? first : rest).push_back(mi);
    if (!first.empty())
      section.add(measuresHtml(periods, benchmarks, team_id, q, ai, first, "caption-" + area.id,
                               label + ": red or signalled, " + hc.period.label));
    else
      section.add(el("p").cls("govuk-body").text("No measure in this area is red or signalled.")).text("\n");
    if (!rest.empty())
      section.add(govuk::details(
          std::string(first.empty() ? "Its " : "The other ") +
              (rest.size() == 1 ? std::string("measure") : std::to_string(rest.size()) + " measures") +
              " (amber, green or no figure, no signal)",
          measuresHtml(periods, benchmarks, team_id, q, ai, rest, "caption-" + area.id + "-other",
                       label + ": " + (first.empty() ? "every measure" : "the other measures") + ", " +
                           hc.period.label)));
    if (area_footer) section.add(area_footer(area.id));
    out += section + "\n";
  }
  out += govuk::para(govuk::link("/dashboard" + qs, "Back to the overview"));
  return out;
}

}  // namespace hc::web::dashboard

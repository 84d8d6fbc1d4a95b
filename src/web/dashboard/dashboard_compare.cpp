#include "web/dashboard/dashboard_compare.h"

#include "html/element.h"
#include "metrics/catalogue.h"
#include "reports/benchmark_text.h"
#include "reports/figure_text.h"
#include "reports/svg_bar_chart.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/view/govuk_content.h"

namespace hc::web::dashboard {
namespace {

using html::el;
using html::Element;
using html::Html;
namespace govuk = view::govuk;

Html header(const std::string& text) { return el("th").attr("scope", "col").cls("govuk-table__header").text(text); }
Html cell(const Html& content) { return el("td").cls("govuk-table__cell").add(content); }
Html cell(const std::string& text) { return cell(Html::text(text)); }

// <table class="govuk-table"> with a small or medium caption, the header
// row and the body's rows (each ending in a newline).
Html tableOf(const char* caption_size, const std::string& caption_id, const std::string& caption, const Html& head_cells,
             const Html& rows) {
  return el("table").cls("govuk-table").text("\n")
             .add(el("caption").cls("govuk-table__caption").cls(caption_size).id(caption_id).text(caption)).text("\n")
             .add(el("thead").cls("govuk-table__head").add(el("tr").cls("govuk-table__row").add(head_cells))).text("\n")
             .add(el("tbody").cls("govuk-table__body").text("\n").add(rows)) + "\n";
}

std::string valueText(const metrics::MetricInfo& info, std::optional<double> v) {
  return v ? reports::formatValue(info.unit, *v) : std::string("Not published");
}

// "2 of 5", or "Not ranked" when the council's figure is not published.
std::string placeText(std::optional<int> rank, std::optional<int> size) {
  return rank && size ? std::to_string(*rank) + " of " + std::to_string(*size) : std::string("Not ranked");
}

// The council's own row carries its name, with the DfE's name for it.
std::string plainName(const national::RankedAuthority& a, const std::string& council_name) {
  return a.is_council && council_name != a.name ? council_name + " (DfE: " + a.name + ")" : a.name;
}

Html authorityName(const national::RankedAuthority& a, const std::string& council_name) {
  return a.is_council ? el("strong").text(plainName(a, council_name)) : Html::text(a.name);
}

// The children's services' own figure for the period: the DfE counts
// children's social workers only.
std::optional<double> childrensValue(const metrics::HealthCheck& hc, const std::string& id) {
  const metrics::ScopeResult* s = findScope(hc, metrics::Level::kService, kChildrensService);
  if (!s) return std::nullopt;
  for (const auto& a : s->areas)
    for (const auto& m : a.metrics)
      if (m.id == id) return m.value;
  return std::nullopt;
}

// A ranked list as a table: rank, authority, figure.
Html rankingTable(const metrics::MetricInfo& info, const std::vector<national::RankedAuthority>& list,
                  const std::string& caption_id, const std::string& caption, const std::string& council_name) {
  Html rows;
  for (const auto& a : list) {
    rows += el("tr").cls("govuk-table__row")
                .add(cell(a.rank ? std::to_string(*a.rank) : std::string("-")))
                .add(el("th").attr("scope", "row").cls("govuk-table__header").add(authorityName(a, council_name)))
                .add(cell(valueText(info, a.value)));
    rows += "\n";
  }
  return tableOf("govuk-table__caption--s", caption_id, caption, header("Rank") + header("Authority") + header("Figure"),
                 rows);
}

// The council and its neighbours as bars, England and the region as lines:
// the chart box, wide and narrow.
Html neighboursChart(const metrics::MetricInfo& info, const national::Ranking& r, const metrics::MetricBenchmark& b,
                     const std::string& council_name) {
  reports::BarChart chart;
  chart.id = "compare-chart-" + r.metric_id;
  chart.title = std::string(info.label) + ": the council and its statistical neighbours, " + std::to_string(r.year);
  chart.description = std::string("Bar chart of the DfE's published figures, best first; ") +
                      (info.better == metrics::Better::kLower ? "lower" : "higher") + " is better.";
  chart.unit = info.unit;
  chart.current_label = "DfE " + std::to_string(r.year);
  chart.rated = false;
  chart.fitted_scale = true;  // councils' rates far below 100%: bars long enough to compare
  for (const auto& a : r.neighbours)
    chart.rows.push_back({plainName(a, council_name), a.value, std::nullopt, metrics::Status::kNone, "Not published",
                          /*highlight=*/a.is_council});
  chart.references = reports::comparators(b);
  chart.references_source = reports::benchmarkSource(b);
  return barChartBox(chart);
}

// Why this health check's vacancy rate and the DfE's differ: the same
// formula (metrics.md: vacant posts over vacant and filled ones) over
// different posts, on a different day, from a different source.
std::string vacancyCounts(const metrics::HealthCheck& hc, int dfe_year) {
  return "The two vacancy rates count different things. This health check's counts the budgeted posts of the "
         "council's children's services teams on " + reports::longDate(hc.period.to) +
         " that no permanent member of staff fills, whatever the role (social workers, their managers and others), "
         "from the council's own establishment and staff records. The DfE's counts the vacant children and family "
         "social worker posts the council returned to the DfE for 30 September " + std::to_string(dfe_year) +
         ", as a share of those vacancies and its social workers in post. In both, a post an agency worker covers "
         "counts as vacant; the day, the posts counted and the source differ, so the two need not agree.";
}

Html summaryTable(const metrics::HealthCheck& hc, const std::vector<load::ComparedMeasure>& measures) {
  Html rows;
  for (const auto& m : measures) {
    if (!m.ranking) continue;
    const metrics::MetricInfo& info = *metrics::findMetric(m.metric_id);
    const metrics::MetricBenchmark& b = m.benchmark;
    rows += el("tr").cls("govuk-table__row")
                .add(el("th").attr("scope", "row").cls("govuk-table__header")
                         .add(govuk::link("#compare-" + m.metric_id, std::string(info.label))))
                .add(cell(valueText(info, childrensValue(hc, m.metric_id))))
                .add(cell(valueText(info, b.council_published))).add(cell(valueText(info, b.england)))
                .add(cell((b.region_name.empty() ? "" : b.region_name + ": ") + valueText(info, b.region)))
                .add(cell(valueText(info, b.neighbours)))
                .add(cell(placeText(b.rank_in_region, b.region_size)))
                .add(cell(placeText(b.rank_among_neighbours, b.neighbours_size)));
    rows += "\n";
  }
  return tableOf("govuk-table__caption--m", "compare-summary-caption",
                 "The council against England, its region and its statistical neighbours",
                 header("Measure") + header("Children's services, this health check " + hc.period.label) +
                     header("Council, DfE published") + header("England") + header("Region") +
                     header("Neighbours' average") + header("Rank in region") + header("Rank among neighbours"),
                 rows);
}

}  // namespace

Html compareHtml(const metrics::HealthCheck& hc, const std::vector<load::ComparedMeasure>& measures,
                 const DashboardQuery& q, const std::vector<metrics::Period>& quarters, const std::string& council_name) {
  const std::string qs = q.queryString();
  Html out = view::app::stylesheetLink();
  out += govuk::heading(reports::periodPhrase(hc.period), "Compared with other councils: " + hc.period.label);
  out += quarterLinksHtml(q, quarters, "/dashboard/compare");

  const national::Ranking* first = nullptr;
  for (const auto& m : measures)
    if (m.ranking && !first) first = &*m.ranking;
  const Html back = govuk::para(govuk::link("/dashboard" + qs, "Back to the overview"));
  if (!first) {
    const std::string why = measures.empty() ? std::string("no measure is published") : measures.front().problem;
    out += el("p").cls("govuk-body").id("compare-problem").text("There is nothing to compare with yet: " + why + ".") + "\n";
    out += govuk::para("An administrator imports the DfE's children's social work workforce indicators with " +
                       el("code").text("healthcheck benchmarks import FILE") + ", the statistical neighbours with " +
                       el("code").text("healthcheck benchmarks neighbours import FILE") +
                       ", and sets the council's authority with " +
                       el("code").text("healthcheck council set --name NAME --la CODE") + ".");
    return out + back;
  }
  out += govuk::para("The Department for Education publishes these measures for every council each year. The figures "
                     "here are the DfE's for the census year to 30 September " + std::to_string(first->year) +
                     ", the latest published by the end of " + hc.period.label +
                     ". Rank 1 is the best figure (the lowest for all of these measures); tied figures share a rank and "
                     "councils whose figure is not published are listed last, unranked. The neighbours' average is the "
                     "simple mean of the published figures.");
  out += el("p").cls("govuk-body").id("compare-childrens")
             .text("The DfE's figures are about children's social workers only, so the figure from this health check "
                   "set beside them is that of the council's children's services teams, not the whole council's "
                   "(adults' teams are left out).") + "\n";
  out += view::app::scrollRegion("compare-summary-caption", summaryTable(hc, measures));

  for (const auto& m : measures) {
    const metrics::MetricInfo& info = *metrics::findMetric(m.metric_id);
    const std::string id = "compare-" + m.metric_id;
    Element section = el("section");
    section.id(id).attr("aria-labelledby", id + "-heading").text("\n").add(govuk::headingM(std::string(info.label), id + "-heading"));
    if (!m.ranking) {
      out += section.add(govuk::para("No comparison: " + m.problem + ".")) + "\n";
      continue;
    }
    const national::Ranking& r = *m.ranking;
    const std::string sentence = reports::benchmarkSentence(info, m.benchmark);
    if (!sentence.empty()) section.add(govuk::para(sentence));
    if (m.metric_id == "vacancy_rate")
      section.add(el("p").cls("govuk-body").id("compare-vacancy_rate-counts").text(vacancyCounts(hc, r.year))).text("\n");
    if (!r.neighbours.empty()) section.add(neighboursChart(info, r, m.benchmark, council_name));
    if (!r.region.empty()) {
      section.add(govuk::headingS(r.region_name));
      section.add(view::app::scrollRegion(id + "-region",
                               rankingTable(info, r.region, id + "-region",
                                            std::string(info.label) + " in " + r.region_name + ", best first, DfE " +
                                                std::to_string(r.year),
                                            council_name)));
    }
    if (!r.neighbours.empty()) {
      section.add(govuk::headingS("Statistical neighbours"));
      section.add(view::app::scrollRegion(id + "-neighbours",
                               rankingTable(info, r.neighbours, id + "-neighbours",
                                            std::string(info.label) + ": the council and its statistical neighbours, "
                                            "best first, DfE " + std::to_string(r.year),
                                            council_name)));
    }
    section.add(govuk::para(govuk::link("/dashboard/metric/" + html::urlEncode(m.metric_id) + qs,
                                        std::string(info.label) + " by team")));
    out += section + "\n";
  }
  return out + back;
}

}  // namespace hc::web::dashboard

#include "web/dashboard/dashboard_compare.h"

#include "metrics/catalogue.h"
#include "reports/benchmark_text.h"
#include "reports/figure_text.h"
#include "reports/svg_bar_chart.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/http/html.h"

namespace hc::web::dashboard {
namespace {

const char* kHeader = "<th scope=\"col\" class=\"govuk-table__header\">";
const char* kCell = "<td class=\"govuk-table__cell\">";

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

std::string authorityName(const national::RankedAuthority& a, const std::string& council_name) {
  return a.is_council ? "<strong>" + http::escapeHtml(plainName(a, council_name)) + "</strong>" : http::escapeHtml(a.name);
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
std::string rankingTable(const metrics::MetricInfo& info, const std::vector<national::RankedAuthority>& list,
                         const std::string& caption_id, const std::string& caption, const std::string& council_name) {
  std::string t = "<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--s\" "
                  "id=\"" + http::escapeHtml(caption_id) + "\">" + http::escapeHtml(caption) +
                  "</caption>\n<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">" + kHeader +
                  "Rank</th>" + kHeader + "Authority</th>" + kHeader + "Figure</th></tr></thead>\n"
                  "<tbody class=\"govuk-table__body\">\n";
  for (const auto& a : list) {
    t += "<tr class=\"govuk-table__row\">" + std::string(kCell) +
         (a.rank ? std::to_string(*a.rank) : std::string("-")) +
         "</td><th scope=\"row\" class=\"govuk-table__header\">" + authorityName(a, council_name) + "</th>" + kCell +
         http::escapeHtml(valueText(info, a.value)) + "</td></tr>\n";
  }
  return t + "</tbody></table>\n";
}

// The council and its neighbours as bars, England and the region as lines:
// the chart box, wide and narrow.
std::string neighboursChart(const metrics::MetricInfo& info, const national::Ranking& r,
                            const metrics::MetricBenchmark& b, const std::string& council_name) {
  reports::BarChart chart;
  chart.id = "compare-chart-" + r.metric_id;
  chart.title = std::string(info.label) + ": the council and its statistical neighbours, " + std::to_string(r.year);
  chart.description = std::string("Bar chart of the DfE's published figures, best first; ") +
                      (info.better == metrics::Better::kLower ? "lower" : "higher") + " is better.";
  chart.unit = info.unit;
  chart.current_label = "DfE " + std::to_string(r.year);
  chart.rated = false;
  for (const auto& a : r.neighbours)
    chart.rows.push_back({plainName(a, council_name), a.value, std::nullopt, metrics::Status::kNone, "Not published",
                          /*highlight=*/a.is_council});
  chart.references = reports::comparators(b);
  chart.references_source = reports::benchmarkSource(b);
  return barChartBox(chart);
}

std::string summaryTable(const metrics::HealthCheck& hc, const std::vector<load::ComparedMeasure>& measures) {
  std::string t = "<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--m\" "
                  "id=\"compare-summary-caption\">The council against England, its region and its statistical "
                  "neighbours</caption>\n<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">" +
                  std::string(kHeader) + "Measure</th>" + kHeader + "Children's services, this health check " +
                  http::escapeHtml(hc.period.label) + "</th>" + kHeader + "Council, DfE published</th>" + kHeader +
                  "England</th>" + kHeader + "Region</th>" + kHeader + "Neighbours' average</th>" + kHeader +
                  "Rank in region</th>" + kHeader + "Rank among neighbours</th></tr></thead>\n"
                  "<tbody class=\"govuk-table__body\">\n";
  for (const auto& m : measures) {
    if (!m.ranking) continue;
    const metrics::MetricInfo& info = *metrics::findMetric(m.metric_id);
    const metrics::MetricBenchmark& b = m.benchmark;
    t += "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" "
         "href=\"#compare-" + http::escapeHtml(m.metric_id) + "\">" + http::escapeHtml(std::string(info.label)) + "</a></th>" +
         kCell + http::escapeHtml(valueText(info, childrensValue(hc, m.metric_id))) + "</td>" + kCell +
         http::escapeHtml(valueText(info, b.council_published)) + "</td>" + kCell + http::escapeHtml(valueText(info, b.england)) +
         "</td>" + kCell + http::escapeHtml((b.region_name.empty() ? "" : b.region_name + ": ") + valueText(info, b.region)) +
         "</td>" + kCell + http::escapeHtml(valueText(info, b.neighbours)) + "</td>" + kCell +
         http::escapeHtml(placeText(b.rank_in_region, b.region_size)) + "</td>" + kCell +
         http::escapeHtml(placeText(b.rank_among_neighbours, b.neighbours_size)) + "</td></tr>\n";
  }
  return t + "</tbody></table>\n";
}

}  // namespace

std::string compareHtml(const metrics::HealthCheck& hc, const std::vector<load::ComparedMeasure>& measures,
                        const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                        const std::string& council_name) {
  const std::string qs = q.queryString();
  std::string out = stylesheetLink();
  out += "<span class=\"govuk-caption-l\">" + http::escapeHtml(reports::periodPhrase(hc.period)) + "</span>\n"
         "<h1 class=\"govuk-heading-l\">Compared with other councils: " + http::escapeHtml(hc.period.label) + "</h1>\n";
  out += quarterLinksHtml(q, quarters, "/dashboard/compare");

  const national::Ranking* first = nullptr;
  for (const auto& m : measures)
    if (m.ranking && !first) first = &*m.ranking;
  if (!first) {
    const std::string why = measures.empty() ? std::string("no measure is published") : measures.front().problem;
    return out + "<p class=\"govuk-body\" id=\"compare-problem\">There is nothing to compare with yet: " +
           http::escapeHtml(why) + ".</p>\n<p class=\"govuk-body\">An administrator imports the DfE's children's social "
           "work workforce indicators with <code>healthcheck benchmarks import FILE</code>, the statistical "
           "neighbours with <code>healthcheck benchmarks neighbours import FILE</code>, and sets the council's "
           "authority with <code>healthcheck council set --name NAME --la CODE</code>.</p>\n"
           "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard" + qs) +
           "\">Back to the overview</a></p>\n";
  }
  out += "<p class=\"govuk-body\">The Department for Education publishes these measures for every council each "
         "year. The figures here are the DfE's for the census year to 30 September " +
         std::to_string(first->year) + ", the latest published by the end of " + http::escapeHtml(hc.period.label) +
         ". Rank 1 is the best figure (the lowest for all of these measures); tied figures share a rank and "
         "councils whose figure is not published are listed last, unranked. The neighbours' average is the "
         "simple mean of the published figures.</p>\n"
         "<p class=\"govuk-body\" id=\"compare-childrens\">The DfE's figures are about children's social workers "
         "only, so the figure from this health check set beside them is that of the council's children's services "
         "teams, not the whole council's (adults' teams are left out).</p>\n";
  out += scrollRegion("compare-summary-caption", summaryTable(hc, measures));

  for (const auto& m : measures) {
    const metrics::MetricInfo& info = *metrics::findMetric(m.metric_id);
    const std::string id = http::escapeHtml(m.metric_id);
    out += "<section id=\"compare-" + id + "\" aria-labelledby=\"compare-" + id + "-heading\">\n"
           "<h2 class=\"govuk-heading-m\" id=\"compare-" + id + "-heading\">" + http::escapeHtml(std::string(info.label)) +
           "</h2>\n";
    if (!m.ranking) {
      out += "<p class=\"govuk-body\">No comparison: " + http::escapeHtml(m.problem) + ".</p>\n</section>\n";
      continue;
    }
    const national::Ranking& r = *m.ranking;
    const std::string sentence = reports::benchmarkSentence(info, m.benchmark);
    if (!sentence.empty()) out += "<p class=\"govuk-body\">" + http::escapeHtml(sentence) + "</p>\n";
    if (!r.neighbours.empty())
      out += neighboursChart(info, r, m.benchmark, council_name);
    if (!r.region.empty()) {
      out += "<h3 class=\"govuk-heading-s\">" + http::escapeHtml(r.region_name) + "</h3>\n";
      out += scrollRegion("compare-" + m.metric_id + "-region",
                          rankingTable(info, r.region, "compare-" + m.metric_id + "-region",
                                       std::string(info.label) + " in " + r.region_name + ", best first, DfE " +
                                           std::to_string(r.year),
                                       council_name));
    }
    if (!r.neighbours.empty()) {
      out += "<h3 class=\"govuk-heading-s\">Statistical neighbours</h3>\n";
      out += scrollRegion("compare-" + m.metric_id + "-neighbours",
                          rankingTable(info, r.neighbours, "compare-" + m.metric_id + "-neighbours",
                                       std::string(info.label) + ": the council and its statistical neighbours, "
                                       "best first, DfE " + std::to_string(r.year),
                                       council_name));
    }
    out += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" +
           http::escapeHtml("/dashboard/metric/" + http::urlEncode(m.metric_id) + qs) + "\">" +
           http::escapeHtml(std::string(info.label)) + " by team</a></p>\n</section>\n";
  }
  out += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard" + qs) +
         "\">Back to the overview</a></p>\n";
  return out;
}

}  // namespace hc::web::dashboard

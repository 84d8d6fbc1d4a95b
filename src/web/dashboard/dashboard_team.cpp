#include "web/dashboard/dashboard_team.h"

#include "metrics/catalogue.h"
#include "reports/figure_text.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/dashboard/dashboard_process_chart.h"
#include "web/dashboard/dashboard_trend_chart.h"
#include "web/http/html.h"

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

}  // namespace

std::string teamHtml(const std::vector<metrics::HealthCheck>& periods,
                     const std::vector<metrics::MetricBenchmarks>& benchmarks, const std::string& team_id,
                     const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                     const std::function<std::string(const std::string& area_id)>& area_footer) {
  const metrics::HealthCheck& hc = periods.back();
  const metrics::ScopeResult* team = findScope(hc, metrics::Level::kTeam, team_id);
  if (!team) return "";
  const metrics::ScopeResult* service = findScope(hc, metrics::Level::kService, team->service);
  const std::string qs = q.queryString();
  const std::string trend_phrase = "last " + std::to_string(periods.size()) + " periods, " +
                                   periods.front().period.label + " to " + hc.period.label;

  std::string out = stylesheetLink();
  out += "<span class=\"govuk-caption-l\">" + http::escapeHtml(service ? service->name : team->service) +
         (team->locality.empty() ? "" : ", " + http::escapeHtml(team->locality)) + "</span>\n";
  out += "<h1 class=\"govuk-heading-l\">" + http::escapeHtml(team->name) + ": " + http::escapeHtml(hc.period.label) + "</h1>\n";
  out += filtersHtml(hc, q, quarters, "/dashboard/team/" + http::urlEncode(team_id));
  out += "<p class=\"govuk-body\">Period: " + http::escapeHtml(reports::periodPhrase(hc.period)) +
         ". Figures about people show the number of people, cases or responses they rest on (n). Where the DfE "
         "publishes a measure, its trend chart has dashed lines for the England, region and statistical "
         "neighbours' figures of each period's census year (<a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/dashboard/compare" + qs) + "\">compare with other councils</a>). <a class=\"govuk-link\" "
         "href=\"" + http::escapeHtml("/dashboard/survey" + qs + "&team=" + http::urlEncode(team_id) + "#survey-questions") +
         "\">This team's staff survey results</a>.</p>\n";
  out += "<ul class=\"govuk-list\">";
  for (const auto& a : team->areas)
    out += "<li><a class=\"govuk-link\" href=\"#area-" + http::escapeHtml(a.id) + "\">" + http::escapeHtml(metrics::areaLabel(a.id)) +
           "</a>: " + http::escapeHtml(statusWord(a.status)) + "</li>";
  out += "</ul>\n";

  for (size_t ai = 0; ai < team->areas.size(); ++ai) {
    const metrics::AreaResult& area = team->areas[ai];
    const std::string label = metrics::areaLabel(area.id);
    out += "<section id=\"area-" + http::escapeHtml(area.id) + "\" aria-labelledby=\"area-" + http::escapeHtml(area.id) +
           "-heading\">\n<h2 class=\"govuk-heading-m\" id=\"area-" + http::escapeHtml(area.id) + "-heading\">" +
           http::escapeHtml(label) + " " + statusTag(area.status) + "</h2>\n";
    const std::string caption_id = "caption-" + area.id;
    std::string table = "<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--s\" id=\"" +
                        http::escapeHtml(caption_id) + "\">" + http::escapeHtml(label) + ": every metric for " +
                        http::escapeHtml(hc.period.label) + "</caption>\n<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
                        "<th scope=\"col\" class=\"govuk-table__header\">Metric</th>"
                        "<th scope=\"col\" class=\"govuk-table__header\">" + http::escapeHtml(hc.period.label) + "</th>"
                        "<th scope=\"col\" class=\"govuk-table__header\">Status</th>"
                        "<th scope=\"col\" class=\"govuk-table__header\">Last period</th>"
                        "<th scope=\"col\" class=\"govuk-table__header\">n</th>"
                        "<th scope=\"col\" class=\"govuk-table__header\">Trend (" + http::escapeHtml(trend_phrase) + ")</th>"
                        "</tr></thead>\n<tbody class=\"govuk-table__body\">\n";
    for (size_t mi = 0; mi < area.metrics.size(); ++mi) {
      const metrics::MetricResult& m = area.metrics[mi];
      const metrics::MetricInfo* info = metrics::findMetric(m.id);
      if (!info) continue;
      std::string previous = "No figure";
      if (m.previous) previous = reports::formatValue(info->unit, *m.previous);
      // n for every figure that rests on a count, so a director can judge
      // how much a percentage of a small team means.
      std::string n = "Not applicable";
      if (m.n > 0 || info->people_based || info->survey)
        n = std::to_string(m.n) + " (" + std::string(info->n_counts) + ")";
      table += "<tr class=\"govuk-table__row\" id=\"metric-" + http::escapeHtml(m.id) + "\"><th scope=\"row\" "
               "class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"" +
               http::escapeHtml("/dashboard/metric/" + http::urlEncode(m.id) + qs) + "\">" + http::escapeHtml(std::string(info->label)) +
               "</a></th><td class=\"govuk-table__cell\">" + http::escapeHtml(figureText(*info, m)) +
               "</td><td class=\"govuk-table__cell\">" + statusTag(m.status) + "</td><td class=\"govuk-table__cell\">" +
               http::escapeHtml(previous) + "</td><td class=\"govuk-table__cell\">" + http::escapeHtml(n) +
               "</td><td class=\"govuk-table__cell\">" +
               trendChartHtml("trend-" + m.id, std::string(info->label) + ", " + trend_phrase, info->unit,
                              trendOf(periods, benchmarks, team_id, ai, mi)) +
               "</td></tr>\n";
    }
    table += "</tbody></table>\n";
    out += scrollRegion(caption_id, table);
    // Each measure's history as a process-control chart, so a director can
    // tell a change from noise (metrics.md "Signals").
    std::string charts;
    for (size_t mi = 0; mi < area.metrics.size(); ++mi) {
      const metrics::MetricInfo* info = metrics::findMetric(area.metrics[mi].id);
      if (!info) continue;
      std::vector<HistoryPoint> history;
      bool any = false;
      for (const TrendPoint& p : trendOf(periods, benchmarks, team_id, ai, mi)) {
        history.push_back({p.period, p.value});
        any = any || p.value.has_value();
      }
      if (!any) continue;
      charts += "<figure class=\"hc-figure\"><figcaption class=\"govuk-body-s\">" +
                http::escapeHtml(std::string(info->label)) + "</figcaption>\n" +
                processChartHtml("spc-" + area.metrics[mi].id, *info, history) + "</figure>\n";
    }
    if (!charts.empty())
      out += "<h3 class=\"govuk-heading-s\">" + http::escapeHtml(label) + ": each measure over time (process-control "
             "charts: the mean, the process limits and any special cause)</h3>\n<div class=\"hc-charts\">\n" +
             charts + "</div>\n";
    out += (area_footer ? area_footer(area.id) : "") + "</section>\n";
  }
  out += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard" + qs) +
         "\">Back to the overview</a></p>\n";
  return out;
}

}  // namespace hc::web::dashboard

#include "web/dashboard/dashboard_overview.h"

#include <set>

#include "metrics/catalogue.h"
#include "reports/figure_text.h"
#include "web/dashboard/dashboard_attention.h"
#include "web/dashboard/dashboard_format.h"
#include "web/http/html.h"

namespace hc::web::dashboard {
namespace {

std::string option(const std::string& value, const std::string& label, bool selected) {
  return "<option value=\"" + http::escapeHtml(value) + "\"" + (selected ? " selected" : "") + ">" + http::escapeHtml(label) +
         "</option>\n";
}

std::string select(const std::string& name, const std::string& label, const std::string& html) {
  return "<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"" + name + "\">" + label +
         "</label>\n<select class=\"govuk-select\" id=\"" + name + "\" name=\"" + name + "\">\n" + html +
         "</select></div>\n";
}

// The area's rating in words, its score, how many of its measures are
// red, marks for signals, and the measures behind it; coloured by class.
// The marks carry their meaning in words for screen readers.
std::string cell(const metrics::AreaResult& area, const std::string& href) {
  std::string text = "<span class=\"hc-cell__status\">" + http::escapeHtml(statusWord(area.status)) + "</span>";
  if (area.score) text += " <span class=\"hc-cell__score\">" + reports::formatNumber(*area.score, 0) + "</span>";
  if (hasWorseSignal(area))
    text += " <span class=\"hc-mark\" aria-hidden=\"true\">&#9650;</span><span class=\"govuk-visually-hidden\">, "
            "a measure significantly worse than the council</span>";
  if (hasConcern(area))
    text += " <span class=\"hc-mark\" aria-hidden=\"true\">&#9670;</span><span class=\"govuk-visually-hidden\">, "
            "a special cause: getting worse</span>";
  if (area.measures > 0)
    text += "<span class=\"hc-cell__reds\">" + std::to_string(area.red_measures) + " of " +
            std::to_string(area.measures) + " red</span>";
  const std::string why = areaReason(area);
  if (!why.empty()) text += "<span class=\"hc-cell__why\">" + http::escapeHtml(why) + "</span>";
  return std::string("<td class=\"govuk-table__cell hc-cell hc-status--") + statusKey(area.status) + "\"><a href=\"" +
         http::escapeHtml(href) + "\" class=\"govuk-link\">" + text + "</a></td>";
}

std::string row(const metrics::HealthCheck& hc, const metrics::ScopeResult& s, const DashboardQuery& q,
                const std::vector<bool>& shown_areas) {
  const std::string qs = q.queryString();
  std::string out = "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header hc-rowhead\">";
  if (s.level == metrics::Level::kTeam) {
    out += (s.rank ? "<span class=\"hc-rank\">" + std::to_string(*s.rank) + "</span> " : std::string()) +
           "<a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard/team/" + http::urlEncode(s.id) + qs) + "\">" +
           http::escapeHtml(s.name) + "</a>";
    if (const auto* service = findScope(hc, metrics::Level::kService, s.service))
      out += "<span class=\"hc-rowhead__service\">" + http::escapeHtml(service->name) + "</span>";
  } else {
    out += http::escapeHtml(s.name);
  }
  out += "</th><td class=\"govuk-table__cell hc-score\">" +
         (s.score ? reports::formatNumber(*s.score, 0) : std::string("&ndash;")) + "</td>";
  for (size_t i = 0; i < s.areas.size(); ++i) {
    if (i < shown_areas.size() && !shown_areas[i]) continue;
    const metrics::AreaResult& a = s.areas[i];
    std::string href;
    if (s.level == metrics::Level::kTeam) {
      href = "/dashboard/team/" + http::urlEncode(s.id) + qs + "#area-" + a.id;
    } else {
      // The council and services have no team page: their cell opens the
      // spread of the worst metric (the area's first metric when unrated).
      const metrics::MetricResult* m = worstMetric(a);
      const std::string metric = m ? m->id : (a.metrics.empty() ? std::string() : a.metrics.front().id);
      DashboardQuery scoped = q;
      if (s.level == metrics::Level::kService) scoped.service = s.id;
      href = "/dashboard/metric/" + http::urlEncode(metric) + scoped.queryString();
    }
    out += cell(a, href);
  }
  return out + "</tr>\n";
}

// Which areas any scope shown has a rating for; an area none has (no staff
// survey yet) is said once instead of drawn as a grey column.
std::vector<bool> ratedAreas(const std::vector<const metrics::ScopeResult*>& scopes) {
  std::vector<bool> rated(metrics::kAreaCount, false);
  for (const auto* s : scopes)
    for (size_t i = 0; i < s->areas.size() && i < rated.size(); ++i)
      if (s->areas[i].score) rated[i] = true;
  return rated;
}

std::string unratedAreasHtml(const std::vector<bool>& rated, const metrics::HealthCheck& hc) {
  std::string out;
  for (size_t i = 0; i < rated.size(); ++i) {
    if (rated[i]) continue;
    const metrics::AreaInfo& area = metrics::areas()[i];
    bool survey_only = true;
    for (const auto& m : metrics::catalogue())
      if (m.area == area.area && !m.survey) survey_only = false;
    out += "<div class=\"govuk-inset-text hc-unrated\"><strong>" + http::escapeHtml(std::string(area.label)) +
           "</strong> has no figures for any team in " + http::escapeHtml(hc.period.label) + ", so it is not rated. " +
           (survey_only ? "Its measure is the staff survey: run the survey for the period (healthcheck survey "
                          "open) or import its responses (healthcheck survey import), and the area is rated "
                          "from 5 or more answers per team."
                        : "Import the records its measures need (healthcheck import) for the period.") +
           "</div>\n";
  }
  return out;
}

}  // namespace

std::string filtersHtml(const metrics::HealthCheck& hc, const DashboardQuery& q,
                        const std::vector<metrics::Period>& quarters, const std::string& action, bool overview) {
  std::string services = option("", "All services", q.service.empty());
  std::set<std::string> localities;
  for (const auto& s : hc.scopes) {
    if (s.level == metrics::Level::kService) services += option(s.id, s.name, s.id == q.service);
    if (s.level == metrics::Level::kTeam && !s.locality.empty()) localities.insert(s.locality);
  }
  std::string places = option("", "All localities", q.locality.empty());
  for (const auto& l : localities) places += option(l, l, l == q.locality);

  std::string out = "<form method=\"get\" action=\"" + http::escapeHtml(action) + "\" class=\"hc-filters\">\n";
  out += select("service", "Service", services);
  out += select("locality", "Locality", places);
  if (overview)
    out += select("sort", "Order of teams",
                  option("", "Attention order", q.sort.empty()) + option("name", "Name", q.sort == "name") +
                      option("service", "Service", q.sort == "service"));
  out += "<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"period\">Period <span "
         "class=\"govuk-visually-hidden\" id=\"period-hint\">: a quarter (2026-Q3), month (2026-07), year (2026) or "
         "financial year (2026/27)</span></label>\n<input class=\"govuk-input govuk-input--width-10\" id=\"period\" "
         "name=\"period\" type=\"text\" spellcheck=\"false\" aria-describedby=\"period-hint\" list=\"period-list\" "
         "value=\"" + http::escapeHtml(q.period.label) + "\">\n<datalist id=\"period-list\">\n";
  for (const auto& p : quarters) out += "<option value=\"" + http::escapeHtml(p.label) + "\">\n";
  out += "</datalist></div>\n<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" "
         "data-module=\"govuk-button\">Show</button>\n</form>\n";
  // The overview puts the quarter links below its map, to keep the map high.
  return overview ? out : out + quarterLinksHtml(q, quarters, action);
}

std::string quarterLinksHtml(const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                             const std::string& action) {
  std::string out = "<nav aria-label=\"Recent quarters\"><p class=\"govuk-body\">Recent quarters: ";
  bool first = true;
  for (const auto& p : quarters) {
    if (!first) out += " | ";
    first = false;
    if (p.label == q.period.label)
      out += "<strong aria-current=\"page\">" + http::escapeHtml(p.label) + "</strong>";
    else
      out += "<a class=\"govuk-link\" href=\"" + http::escapeHtml(action + q.withPeriod(p).queryString()) + "\">" +
             http::escapeHtml(p.label) + "</a>";
  }
  return out + "</p></nav>\n";
}

std::string overviewHtml(const metrics::HealthCheck& hc, const DashboardQuery& q,
                         const std::vector<metrics::Period>& quarters) {
  const std::string qs = q.queryString();
  std::string out = stylesheetLink();
  out += "<h1 class=\"govuk-heading-l hc-title\">Health check overview: " + http::escapeHtml(hc.period.label) +
         " <span class=\"govuk-caption-m\">" + http::escapeHtml(reports::periodPhrase(hc.period, hc.records_up_to)) + "</span></h1>\n";
  out += filtersHtml(hc, q, quarters, "/dashboard", /*overview=*/true);
  if (!hc.has_data) {
    return out + "<p class=\"govuk-body\">No records fall in or before " + http::escapeHtml(hc.period.label) +
           ": there is nothing to show. Choose another period.</p>\n";
  }
  out += needsAttentionHtml(hc, q);

  const std::vector<const metrics::ScopeResult*> teams = sortedTeams(hc, q);
  std::vector<const metrics::ScopeResult*> summary;  // the council and the services shown
  for (const auto* s : shownScopes(hc, q))
    if (s->level != metrics::Level::kTeam) summary.push_back(s);
  std::vector<const metrics::ScopeResult*> all = teams;
  all.insert(all.end(), summary.begin(), summary.end());
  const std::vector<bool> rated = ratedAreas(all);

  const std::string order = q.sort == "name"      ? "by name"
                            : q.sort == "service" ? "by service, then in attention order"
                                                  : "in attention order, most in need first";
  std::string table = "<table class=\"govuk-table hc-heatmap\" aria-describedby=\"heatmap-help\">\n"
                      "<caption class=\"govuk-table__caption govuk-table__caption--s\" id=\"heatmap-caption\">"
                      "Teams " + http::escapeHtml(order) + ", " + http::escapeHtml(hc.period.label) + "</caption>\n"
                      "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
                      "<th scope=\"col\" class=\"govuk-table__header\">Rank and team</th>"
                      "<th scope=\"col\" class=\"govuk-table__header\">Score</th>";
  for (size_t i = 0; i < metrics::areas().size(); ++i)
    if (rated[i])
      table += "<th scope=\"col\" class=\"govuk-table__header\">" +
               http::escapeHtml(std::string(metrics::areas()[i].label)) + "</th>";
  table += "</tr></thead>\n<tbody class=\"govuk-table__body\">\n";
  for (const auto* t : teams) table += row(hc, *t, q, rated);
  table += "</tbody>\n";
  size_t columns = 2;
  for (bool r : rated) columns += r;
  table += "<tbody class=\"govuk-table__body\"><tr class=\"govuk-table__row\"><th scope=\"rowgroup\" colspan=\"" +
           std::to_string(columns) + "\" class=\"govuk-table__header\">The council and its services</th></tr>\n";
  for (const auto* s : summary) table += row(hc, *s, q, rated);
  table += "</tbody>\n</table>\n";
  out += scrollRegion("heatmap-caption", table);
  // The key follows the map, so that the map's first rows stay in view.
  out += "<p class=\"govuk-body-s hc-legend\" id=\"heatmap-help\">Each cell: the area's rating and score out of "
         "100, how many of its measures are red, and which measures drove the rating. <span aria-hidden=\"true\">"
         "&#9650;</span> a measure significantly worse than the council's; <span aria-hidden=\"true\">&#9670;"
         "</span> a special cause: a measure getting worse beyond chance. <a class=\"govuk-link\" "
         "href=\"/dashboard/glossary#glossary-area-score\">How to read this</a></p>\n";
  out += unratedAreasHtml(rated, hc);
  out += "<p class=\"govuk-body-s\">" + std::to_string(teams.size()) + (teams.size() == 1 ? " team" : " teams") +
         " shown.</p>\n";

  out += "<h2 class=\"govuk-heading-s\">Downloads and more</h2>\n<ul class=\"govuk-list\">\n"
         "<li>Download this view: <a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard.csv" + qs) +
         "\">CSV (every figure)</a> | <a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard.xlsx" + qs) +
         "\">Excel workbook (XLSX)</a> | <a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/report/members?period=" + http::urlEncode(hc.period.label)) +
         "\">Elected members' report (published figures)</a></li>\n<li><a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/dashboard/compare" + qs) +
         "\">Compare with other councils</a>: children's services among the region and the statistical "
         "neighbours on the DfE's published measures</li>\n<li><a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/dashboard/survey" + qs) +
         "\">Staff survey results</a>: response rates, area scores and each question's answers</li>\n</ul>\n";
  return out + quarterLinksHtml(q, quarters, "/dashboard");
}

}  // namespace hc::web::dashboard

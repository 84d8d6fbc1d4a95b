#include "web/dashboard/dashboard_overview.h"

#include <set>

#include "metrics/catalogue.h"
#include "reports/figure_text.h"
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

// One heat-map cell: a link with the status in words, coloured by class.
std::string cell(const metrics::AreaResult& area, const std::string& href) {
  return std::string("<td class=\"govuk-table__cell hc-status--") + statusKey(area.status) + "\"><a href=\"" +
         http::escapeHtml(href) + "\" class=\"govuk-link\">" + http::escapeHtml(cellText(area)) + "</a></td>";
}

std::string row(const metrics::ScopeResult& s, const DashboardQuery& q) {
  const std::string qs = q.queryString();
  std::string out = "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">";
  if (s.level == metrics::Level::kTeam)
    out += "<a class=\"govuk-link\" href=\"" + http::escapeHtml("/dashboard/team/" + urlEncode(s.id) + qs) + "\">" +
           http::escapeHtml(s.name) + "</a>";
  else
    out += http::escapeHtml(s.name);
  out += "</th>";
  for (const auto& a : s.areas) {
    std::string href;
    if (s.level == metrics::Level::kTeam) {
      href = "/dashboard/team/" + urlEncode(s.id) + qs + "#area-" + a.id;
    } else {
      // The council and services have no team page: their cell opens the
      // spread of the worst metric (the area's first metric when unrated).
      const metrics::MetricResult* m = worstMetric(a);
      const std::string metric = m ? m->id : (a.metrics.empty() ? std::string() : a.metrics.front().id);
      DashboardQuery scoped = q;
      if (s.level == metrics::Level::kService) scoped.service = s.id;
      href = "/dashboard/metric/" + urlEncode(metric) + scoped.queryString();
    }
    out += cell(a, href);
  }
  return out + "</tr>\n";
}

}  // namespace

std::string filtersHtml(const metrics::HealthCheck& hc, const DashboardQuery& q,
                        const std::vector<metrics::Period>& quarters, const std::string& action) {
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
  out += "<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"period\">Period</label>\n"
         "<div class=\"govuk-hint\" id=\"period-hint\">A quarter (2026-Q3), month (2026-07), year (2026) or "
         "financial year (2026/27)</div>\n<input class=\"govuk-input govuk-input--width-10\" id=\"period\" "
         "name=\"period\" type=\"text\" spellcheck=\"false\" aria-describedby=\"period-hint\" list=\"period-list\" "
         "value=\"" + http::escapeHtml(q.period.label) + "\">\n<datalist id=\"period-list\">\n";
  for (const auto& p : quarters) out += "<option value=\"" + http::escapeHtml(p.label) + "\">\n";
  out += "</datalist></div>\n<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" "
         "data-module=\"govuk-button\">Show</button>\n</form>\n";
  return out + quarterLinksHtml(q, quarters, action);
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
  out += "<span class=\"govuk-caption-l\">" + http::escapeHtml(reports::periodPhrase(hc.period)) + "</span>\n"
         "<h1 class=\"govuk-heading-l\">Health check overview: " + http::escapeHtml(hc.period.label) + "</h1>\n";
  out += filtersHtml(hc, q, quarters, "/dashboard");
  out += "<p class=\"govuk-body\">Download this view: <a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/dashboard.csv" + qs) + "\">CSV (every figure)</a> | <a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/dashboard.xlsx" + qs) + "\">Excel workbook (XLSX)</a> | <a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/report/members?period=" + urlEncode(hc.period.label)) +
         "\">Elected members' report (published figures)</a></p>\n";
  out += "<nav aria-label=\"Comparisons\"><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/dashboard/compare" + qs) +
         "\">Compare with other councils</a>: the council among its region and its statistical neighbours on the "
         "DfE's published measures</p>\n<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" +
         http::escapeHtml("/dashboard/survey" + qs) +
         "\">Staff survey results</a>: response rates, area scores and each question's answers</p></nav>\n";
  if (!hc.has_data) {
    return out + "<p class=\"govuk-body\">No records fall in or before " + http::escapeHtml(hc.period.label) +
           ": there is nothing to show. Choose another period.</p>\n";
  }

  out += "<h2 class=\"govuk-heading-m\">Status by area</h2>\n"
         "<p class=\"govuk-body\" id=\"heatmap-help\">Each cell gives the area's rating (red, amber or green) and, "
         "when it is red or amber, the metric that rated worst. Select a cell to see that area's figures.</p>\n";
  std::string table = "<table class=\"govuk-table hc-heatmap\" aria-describedby=\"heatmap-help\">\n"
                      "<caption class=\"govuk-table__caption govuk-table__caption--s\" id=\"heatmap-caption\">"
                      "Ratings by area for " + http::escapeHtml(hc.period.label) + "</caption>\n"
                      "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
                      "<th scope=\"col\" class=\"govuk-table__header\">Council, service or team</th>";
  for (const auto& a : metrics::areas())
    table += "<th scope=\"col\" class=\"govuk-table__header\">" + http::escapeHtml(std::string(a.label)) + "</th>";
  table += "</tr></thead>\n<tbody class=\"govuk-table__body\">\n";

  const auto scopes = shownScopes(hc, q);
  for (const auto* s : scopes)
    if (s->level != metrics::Level::kTeam) table += row(*s, q);
  table += "</tbody>\n";
  // Teams grouped by service: one <tbody> each, headed by the service.
  size_t teams = 0;
  for (const auto* service : scopes) {
    if (service->level != metrics::Level::kService) continue;
    std::string group;
    for (const auto* t : scopes)
      if (t->level == metrics::Level::kTeam && t->service == service->id) {
        group += row(*t, q);
        ++teams;
      }
    if (group.empty()) continue;
    table += "<tbody class=\"govuk-table__body\"><tr class=\"govuk-table__row\"><th scope=\"rowgroup\" colspan=\"" +
             std::to_string(metrics::kAreaCount + 1) + "\" class=\"govuk-table__header\">Teams in " +
             http::escapeHtml(service->name) + "</th></tr>\n" + group + "</tbody>\n";
  }
  table += "</table>\n";
  out += scrollRegion("heatmap-caption", table);
  out += "<p class=\"govuk-body-s\">" + std::to_string(teams) + (teams == 1 ? " team" : " teams") + " shown.</p>\n";
  return out;
}

}  // namespace hc::web::dashboard

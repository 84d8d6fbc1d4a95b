#include "web/dashboard/dashboard_overview.h"

#include <set>

#include "html/element.h"
#include "metrics/catalogue.h"
#include "reports/figure_text.h"
#include "web/dashboard/dashboard_attention.h"
#include "web/dashboard/dashboard_format.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"

namespace hc::web::dashboard {
namespace {

using html::el;
using html::Element;
using html::Html;
namespace govuk = view::govuk;

Html option(const std::string& value, const std::string& label, bool selected) {
  return el("option").attr("value", value).attrIf("selected", selected).text(label) + "\n";
}

// The filter bar's own compact select: a plain label, not the bold one of
// govuk::select, so that the bar stays one line at 1366 px.
Html select(const char* name, const char* label, const Html& options) {
  return el("div").cls("govuk-form-group")
             .add(el("label").cls("govuk-label").attr("for", name).text(label)).text("\n")
             .add(el("select").cls("govuk-select").id(name).attr("name", name).text("\n").add(options)) + "\n";
}

// A mark (a triangle or a diamond) with its meaning in words for screen readers.
Html mark(const Html& symbol, const char* meaning) {
  return " " + (el("span").cls("hc-mark").attr("aria-hidden", "true").add(symbol) +
                el("span").cls("govuk-visually-hidden").text(meaning));
}

// The area's rating in words, its score, how many of its measures are
// red, marks for signals, and the measures behind it; coloured by class.
// The marks carry their meaning in words for screen readers.
Html cell(const metrics::AreaResult& area, const std::string& href) {
  Element a = el("a");
  a.attr("href", href).cls("govuk-link").add(el("span").cls("hc-cell__status").text(statusWord(area.status)));
  if (area.score) a.text(" ").add(el("span").cls("hc-cell__score").text(reports::formatNumber(*area.score, 0)));
  if (hasWorseSignal(area)) a.add(mark(Html::markup("&#9650;"), ", a measure significantly worse than the council"));
  if (hasConcern(area)) a.add(mark(Html::markup("&#9670;"), ", a special cause: getting worse"));
  if (area.measures > 0)
    a.add(el("span").cls("hc-cell__reds")
              .text(std::to_string(area.red_measures) + " of " + std::to_string(area.measures) + " red"));
  const std::string why = areaReason(area);
  if (!why.empty()) a.add(el("span").cls("hc-cell__why").text(why));
  if (area.withheld > 0) a.add(el("span").cls("hc-cell__withheld").text(reports::withheldPhrase(area.withheld)));
  return el("td").cls("govuk-table__cell hc-cell").cls(std::string("hc-status--") + statusKey(area.status)).add(a);
}

Html row(const metrics::HealthCheck& hc, const metrics::ScopeResult& s, const DashboardQuery& q,
         const std::vector<bool>& shown_areas) {
  const std::string qs = q.queryString();
  Element head = el("th");
  head.attr("scope", "row").cls("govuk-table__header hc-rowhead");
  if (s.level == metrics::Level::kTeam) {
    if (s.rank) head.add(el("span").cls("hc-rank").text(std::to_string(*s.rank))).text(" ");
    head.add(govuk::link("/dashboard/team/" + html::urlEncode(s.id) + qs, s.name));
    if (const auto* service = findScope(hc, metrics::Level::kService, s.service))
      head.add(el("span").cls("hc-rowhead__service").text(service->name));
  } else {
    head.text(s.name);
  }
  Element score = el("td");
  score.cls("govuk-table__cell hc-score");
  if (s.score) score.text(reports::formatNumber(*s.score, 0));
  else score.add(Html::markup("&ndash;"));
  score.add(rankedScoreNote(s));
  Element tr = el("tr");
  tr.cls("govuk-table__row").add(head).add(score);
  for (size_t i = 0; i < s.areas.size(); ++i) {
    if (i < shown_areas.size() && !shown_areas[i]) continue;
    const metrics::AreaResult& a = s.areas[i];
    std::string href;
    if (s.level == metrics::Level::kTeam) {
      href = "/dashboard/team/" + html::urlEncode(s.id) + qs + "#area-" + a.id;
    } else {
      // The council and services have no team page: their cell opens the
      // spread of the measure it names (the worst; the area's first metric
      // when it names none).
      const std::vector<const metrics::MetricResult*> named = reasonMetrics(a);
      const metrics::MetricResult* m = named.empty() ? worstMetric(a) : named.front();
      const std::string metric = m ? m->id : (a.metrics.empty() ? std::string() : a.metrics.front().id);
      DashboardQuery scoped = q;
      if (s.level == metrics::Level::kService) scoped.service = s.id;
      href = "/dashboard/metric/" + html::urlEncode(metric) + scoped.queryString();
    }
    tr.add(cell(a, href));
  }
  return tr + "\n";
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

Html unratedAreasHtml(const std::vector<bool>& rated, const metrics::HealthCheck& hc) {
  Html out;
  for (size_t i = 0; i < rated.size(); ++i) {
    if (rated[i]) continue;
    const metrics::AreaInfo& area = metrics::areas()[i];
    bool survey_only = true;
    for (const auto& m : metrics::catalogue())
      if (m.area == area.area && !m.survey) survey_only = false;
    out += el("div").cls("govuk-inset-text hc-unrated").add(el("strong").text(area.label))
               .text(" has no figures for any team in " + hc.period.label + ", so it is not rated. " +
                     (survey_only ? "Its measure is the staff survey: run the survey for the period (healthcheck survey "
                                    "open) or import its responses (healthcheck survey import), and the area is rated "
                                    "from 5 or more answers per team."
                                  : "Import the records its measures need (healthcheck import) for the period."));
    out += "\n";
  }
  return out;
}

Html heatMap(const metrics::HealthCheck& hc, const DashboardQuery& q, const std::vector<const metrics::ScopeResult*>& teams,
             const std::vector<const metrics::ScopeResult*>& summary, const std::vector<bool>& rated) {
  const std::string order = q.sort == "name"      ? "by name"
                            : q.sort == "service" ? "by service, then in attention order"
                                                  : "in attention order, most in need first";
  auto header = [](const std::string& text) {
    return el("th").attr("scope", "col").cls("govuk-table__header").text(text);
  };
  Element head_row = el("tr");
  head_row.cls("govuk-table__row").add(header("Rank and team")).add(header("Score"));
  for (size_t i = 0; i < metrics::areas().size(); ++i)
    if (rated[i]) head_row.add(header(std::string(metrics::areas()[i].label)));
  Element team_rows = el("tbody");
  team_rows.cls("govuk-table__body").text("\n");
  for (const auto* t : teams) team_rows.add(row(hc, *t, q, rated));
  size_t columns = 2;
  for (bool r : rated) columns += r;
  Element summary_rows = el("tbody");
  summary_rows.cls("govuk-table__body")
      .add(el("tr").cls("govuk-table__row")
               .add(el("th").attr("scope", "rowgroup").attr("colspan", static_cast<long long>(columns))
                        .cls("govuk-table__header").text("The council and its services")))
      .text("\n");
  for (const auto* s : summary) summary_rows.add(row(hc, *s, q, rated));
  return el("table").cls("govuk-table hc-heatmap").attr("aria-describedby", "heatmap-help").text("\n")
             .add(el("caption").cls("govuk-table__caption govuk-table__caption--s").id("heatmap-caption")
                      .text("Teams " + order + ", " + hc.period.label)).text("\n")
             .add(el("thead").cls("govuk-table__head").add(head_row)).text("\n")
             .add(team_rows).text("\n").add(summary_rows).text("\n") + "\n";
}

}  // namespace

Html filtersHtml(const metrics::HealthCheck& hc, const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                 const std::string& action, bool overview) {
  Html services = option("", "All services", q.service.empty());
  std::set<std::string> localities;
  for (const auto& s : hc.scopes) {
    if (s.level == metrics::Level::kService) services += option(s.id, s.name, s.id == q.service);
    if (s.level == metrics::Level::kTeam && !s.locality.empty()) localities.insert(s.locality);
  }
  Html places = option("", "All localities", q.locality.empty());
  for (const auto& l : localities) places += option(l, l, l == q.locality);

  Element form = el("form");
  form.attr("method", "get").attr("action", action).cls("hc-filters").text("\n");
  form.add(select("service", "Service", services));
  form.add(select("locality", "Locality", places));
  if (overview)
    form.add(select("sort", "Order of teams",
                    option("", "Attention order", q.sort.empty()) + option("name", "Name", q.sort == "name") +
                        option("service", "Service", q.sort == "service")));
  Element periods = el("datalist");
  periods.id("period-list").text("\n");
  for (const auto& p : quarters) periods.add(el("option").attr("value", p.label)).text("\n");
  form.add(el("div").cls("govuk-form-group")
               .add(el("label").cls("govuk-label").attr("for", "period").text("Period ")
                        .add(el("span").cls("govuk-visually-hidden").id("period-hint")
                                 .text(": a quarter (2026-Q3), month (2026-07), year (2026) or financial year (2026/27)")))
               .text("\n")
               .add(el("input").cls("govuk-input govuk-input--width-10").id("period").attr("name", "period")
                        .attr("type", "text").attr("spellcheck", "false").attr("aria-describedby", "period-hint")
                        .attr("list", "period-list").attr("value", q.period.label))
               .text("\n").add(periods));
  form.text("\n").add(govuk::button("Show", govuk::ButtonKind::kSecondary));
  Html out = form + "\n";
  // The overview puts the quarter links below its map, to keep the map high.
  return overview ? out : out + quarterLinksHtml(q, quarters, action);
}

Html quarterLinksHtml(const DashboardQuery& q, const std::vector<metrics::Period>& quarters, const std::string& action) {
  Element p = el("p");
  p.cls("govuk-body").text("Recent quarters: ");
  bool first = true;
  for (const auto& period : quarters) {
    if (!first) p.text(" | ");
    first = false;
    if (period.label == q.period.label)
      p.add(el("strong").attr("aria-current", "page").text(period.label));
    else
      p.add(govuk::link(action + q.withPeriod(period).queryString(), period.label));
  }
  return el("nav").attr("aria-label", "Recent quarters").add(p) + "\n";
}

Html overviewHtml(const metrics::HealthCheck& hc, const DashboardQuery& q, const std::vector<metrics::Period>& quarters) {
  const std::string qs = q.queryString();
  Html out = view::app::stylesheetLink();
  out += el("h1").cls("govuk-heading-l hc-title").text("Health check overview: " + hc.period.label + " ")
             .add(el("span").cls("govuk-caption-m").text(reports::periodPhrase(hc.period, hc.records_up_to))) + "\n";
  out += filtersHtml(hc, q, quarters, "/dashboard", /*overview=*/true);
  if (!hc.has_data)
    return out + govuk::para("No records fall in or before " + hc.period.label +
                             ": there is nothing to show. Choose another period.");
  out += needsAttentionHtml(hc, q);

  const std::vector<const metrics::ScopeResult*> teams = sortedTeams(hc, q);
  std::vector<const metrics::ScopeResult*> summary;  // the council and the services shown
  for (const auto* s : shownScopes(hc, q))
    if (s->level != metrics::Level::kTeam) summary.push_back(s);
  std::vector<const metrics::ScopeResult*> all = teams;
  all.insert(all.end(), summary.begin(), summary.end());
  const std::vector<bool> rated = ratedAreas(all);

  out += view::app::scrollRegion("heatmap-caption", heatMap(hc, q, teams, summary, rated));
  // The key follows the map, so that the map's first rows stay in view.
  out += el("p").cls("govuk-body-s hc-legend").id("heatmap-help")
             .text("Each cell: the area's rating and score out of 100, how many of its measures are red, and which "
                   "measures drove the rating. ")
             .add(el("span").attr("aria-hidden", "true").add(Html::markup("&#9650;")))
             .text(" a measure significantly worse than the council's; ")
             .add(el("span").attr("aria-hidden", "true").add(Html::markup("&#9670;")))
             .text(" a special cause: a measure getting worse beyond chance. ")
             .add(govuk::link("/dashboard/glossary#glossary-area-score", "How to read this")) + "\n";
  out += rankBasisHtml(hc);
  out += unratedAreasHtml(rated, hc);
  out += el("p").cls("govuk-body-s").text(std::to_string(teams.size()) + (teams.size() == 1 ? " team" : " teams") +
                                          " shown.") + "\n";

  out += el("h2").cls("govuk-heading-s").text("Downloads and more") + "\n";
  out += el("ul").cls("govuk-list").text("\n")
             .add(el("li").text("Download this view: ").add(govuk::link("/dashboard.csv" + qs, "CSV (every figure)"))
                      .text(" | ").add(govuk::link("/dashboard.xlsx" + qs, "Excel workbook (XLSX)")).text(" | ")
                      .add(govuk::link("/report/members?period=" + html::urlEncode(hc.period.label),
                                       "Elected members' report (published figures)")))
             .text("\n")
             .add(el("li").add(govuk::link("/dashboard/compare" + qs, "Compare with other councils"))
                      .text(": children's services among the region and the statistical neighbours on the DfE's "
                            "published measures"))
             .text("\n")
             .add(el("li").add(govuk::link("/dashboard/survey" + qs, "Staff survey results"))
                      .text(": response rates, area scores and each question's answers"))
             .text("\n") + "\n";
  return out + quarterLinksHtml(q, quarters, "/dashboard");
}

}  // namespace hc::web::dashboard

// The closing pages of the members' report: ratings by team, the glossary,
// and the appendix that restates each figure's definition in plain words.
#include "reports/figure_text.h"
#include "reports/glossary.h"
#include "reports/html_escape.h"
#include "reports/members/members_parts.h"

namespace hc::reports::members {
namespace {

// The catalogue's "what n counts" says "on the last day"; members are told
// of which day.
std::string plainCounts(std::string_view n_counts) {
  std::string s(n_counts);
  const std::string d = " on the last day";
  if (size_t at = s.find(d); at != std::string::npos && at + d.size() == s.size()) {
    s.replace(at, d.size(), " on the last day of the period");
  }
  return s;
}

std::string limitsSentence(const ReportModel& model, const metrics::MetricInfo& info) {
  const auto limits = model.thresholds.limits(info.metric);
  if (!limits) return "";
  const std::string green = formatValue(info.unit, limits->green), amber = formatValue(info.unit, limits->amber);
  if (info.better == metrics::Better::kLower) {
    return "Rated green at " + green + " or less, amber at " + amber + " or less, and red above " + amber + ".";
  }
  return "Rated green at " + green + " or more, amber at " + amber + " or more, and red below " + amber + ".";
}

std::string smallNumbersSentence(const ReportModel& model, const metrics::MetricInfo& info) {
  const std::string group = std::to_string(model.min_group_size);
  if (info.survey) return "Not shown anywhere when fewer than " + group + " staff answered the survey.";
  if (info.people_based) return "Not published when it rests on fewer than " + group + " people.";
  return "";
}

}  // namespace

std::string teamsPage(const ReportModel& model) {
  const auto teams = model.teams();
  if (teams.empty()) return "";
  std::string h = "<section class=\"page\" id=\"teams\">\n<h2>Ratings by team</h2>\n"
                  "<p>Each team's rating in each area, worked out the same way as the council's. A team's "
                  "figures are in the health-check workbook.</p>\n";
  h += "<table class=\"long\">\n<thead><tr><th scope=\"col\">Team</th><th scope=\"col\">Service</th>";
  for (const metrics::AreaInfo& a : metrics::areas()) h += "<th scope=\"col\">" + escapeHtml(a.label) + "</th>";
  h += "</tr></thead>\n<tbody>\n";
  for (const ScopeFigures* t : teams) {
    std::string service = t->service;
    for (const ScopeFigures* s : model.services())
      if (s->id == t->service) service = s->name;
    h += "<tr><th scope=\"row\">" + escapeHtml(t->name) + "</th><td>" + escapeHtml(service) + "</td>";
    for (const AreaFigures& area : t->areas) h += "<td>" + ratingBadge(area.status) + "</td>";
    h += "</tr>\n";
  }
  h += "</tbody>\n</table>\n</section>\n";
  return h;
}

std::string glossaryPage() {
  std::string h = "<section class=\"page\" id=\"glossary\">\n<h2>Glossary</h2>\n<dl>\n";
  for (const GlossaryEntry& e : glossary()) {
    h += "<dt>" + escapeHtml(e.term) + "</dt><dd>" + escapeHtml(e.explanation) + "</dd>\n";
  }
  h += "</dl>\n</section>\n";
  return h;
}

std::string appendixPage(const ReportModel& model) {
  std::string h = "<section class=\"page\" id=\"appendix\">\n<h2>Appendix: how each figure is worked out</h2>\n"
                  "<p>Every figure is worked out from the council's own records for the period " +
                  escapeHtml(periodPhrase(model.period)) +
                  ". Figures for a service or for the council are worked out from all the records of its teams "
                  "together, not by averaging the teams' figures.</p>\n";
  for (const metrics::AreaInfo& area : metrics::areas()) {
    h += "<h3>" + escapeHtml(area.label) + "</h3>\n";
    for (const metrics::MetricInfo& m : metrics::catalogue()) {
      if (m.area != area.area) continue;
      h += "<div class=\"definition\" id=\"" + definitionAnchor(m) + "\">\n<h4>" + escapeHtml(m.label) + "</h4>\n";
      h += "<p>" + escapeHtml(m.definition) + "</p>\n";
      h += "<p class=\"note\">It counts " + escapeHtml(plainCounts(m.n_counts)) + ". " +
           (m.better == metrics::Better::kLower ? "Lower is better. " : "Higher is better. ") +
           escapeHtml(limitsSentence(model, m));
      if (const std::string small = smallNumbersSentence(model, m); !small.empty()) h += " " + escapeHtml(small);
      h += "</p>\n</div>\n";
    }
  }
  h += "</section>\n";
  return h;
}

}  // namespace hc::reports::members

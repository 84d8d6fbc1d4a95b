// The closing pages of the members' report: ratings by team, the glossary,
// and the appendix that restates each figure's definition in plain words.
#include "reports/figure_text.h"
#include "reports/glossary.h"
#include "html/element.h"
#include "reports/members/members_parts.h"

namespace hc::reports::members {
namespace {

using html::el;
using html::Html;

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
    return "Green at " + green + " or less, red above " + amber + ".";
  }
  return "Green at " + green + " or more, red below " + amber + ".";
}

std::string smallNumbersSentence(const ReportModel& model, const metrics::MetricInfo& info) {
  const std::string group = std::to_string(model.min_group_size);
  if (info.survey) return "Not shown anywhere when fewer than " + group + " staff answered the survey.";
  if (info.people_based) return "Not published when it rests on fewer than " + group + " people.";
  return "";
}

}  // namespace

Html teamsPage(const ReportModel& model) {
  const auto teams = model.teams();
  if (teams.empty()) return Html();
  Html head = el("th").attr("scope", "col").text("Team") + el("th").attr("scope", "col").text("Service");
  for (const metrics::AreaInfo& a : metrics::areas()) head += el("th").attr("scope", "col").text(a.label);
  Html rows = newline();
  for (const ScopeFigures* t : teams) {
    std::string service = t->service;
    for (const ScopeFigures* s : model.services())
      if (s->id == t->service) service = s->name;
    Html row = el("th").attr("scope", "row").text(t->name) + el("td").text(service);
    for (const AreaFigures& area : t->areas) {
      Html rating = ratingBadge(area.status);
      if (area.withheld > 0) rating += " " + el("span").cls("note").text(std::to_string(area.withheld) + " not published");
      row += el("td").add(rating);
    }
    rows += el("tr").add(row) + newline();
  }
  const Html table = el("table").cls("long").add(newline() + el("thead").add(el("tr").add(head)) + newline() +
                                                 el("tbody").add(rows) + newline());
  // The heading, its lines and the table travel together: a heading is
  // never left at a page's foot.
  return el("section").cls("flow").id("teams").add(
             newline() + el("div").cls("keep").add(newline() + el("h2").text("Ratings by team") + newline() +
             el("p").text("Each team's rating in each area, worked out the same way as the council's from the "
                          "published figures. Where some of an area's measures are not published (small numbers: they "
                          "rest on so few people that they could identify them), the cell says how many, and the "
                          "rating rests on the others: a measure not published counts neither for nor against a "
                          "team.") +
             newline() + table + newline()) + newline()) +
         newline();
}

Html glossaryPage() {
  Html entries = newline();
  for (const GlossaryEntry& e : glossary()) entries += el("dt").text(e.term) + el("dd").text(e.explanation) + newline();
  return el("section").cls("flow").id("glossary").add(newline() + el("h2").text("Glossary") + newline() +
                                                      el("dl").cls("columns").add(entries) + newline()) +
         newline();
}

Html appendixPage(const ReportModel& model) {
  Html columns = newline();
  for (const metrics::AreaInfo& area : metrics::areas()) {
    columns += el("h3").text(area.label) + newline();
    for (const metrics::MetricInfo& m : metrics::catalogue()) {
      if (m.area != area.area) continue;
      // Heading and text run on in one paragraph (see the stylesheet): 32
      // definitions would otherwise take two pages of a short report.
      std::string note = "It counts " + plainCounts(m.n_counts) + ". " +
                         (m.better == metrics::Better::kLower ? "Lower is better. " : "Higher is better. ") +
                         limitsSentence(model, m);
      if (const std::string small = smallNumbersSentence(model, m); !small.empty()) note += " " + small;
      const Html definition = el("p").text(std::string(m.definition) + " ").add(el("span").cls("note").text(note));
      columns += el("div").cls("definition").id(definitionAnchor(m)).add(
                     newline() + el("h4").text(m.label) + newline() + definition + newline()) +
                 newline();
    }
  }
  return el("section").cls("flow").id("appendix").add(
             newline() + el("h2").text("Appendix: how each figure is worked out") + newline() +
             el("p").text("Every figure is worked out from the council's own records for the period " +
                          periodPhrase(model.period) +
                          ". Figures for a service or for the council are worked out from all the records of its "
                          "teams together, not by averaging the teams' figures.") +
             newline() + el("div").cls("columns").add(columns) + newline()) +
         newline();
}

}  // namespace hc::reports::members

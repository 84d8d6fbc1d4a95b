#include "web/dashboard/dashboard_attention.h"

#include <algorithm>
#include <cctype>

#include "metrics/catalogue.h"
#include "reports/figure_text.h"
#include "web/dashboard/dashboard_format.h"
#include "html/element.h"

namespace hc::web::dashboard {
namespace {

using metrics::Comparison;
using metrics::Status;
using metrics::Trend;

std::string lowerFirst(std::string_view s) {
  std::string out(s);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

const metrics::MetricResult* councilMetric(const metrics::HealthCheck& hc, const std::string& id) {
  for (const auto& s : hc.scopes)
    if (s.level == metrics::Level::kCouncil)
      for (const auto& a : s.areas)
        for (const auto& m : a.metrics)
          if (m.id == id) return &m;
  return nullptr;
}

}  // namespace

bool hasWorseSignal(const metrics::AreaResult& area) {
  for (const auto& m : area.metrics)
    if (m.signal.vs_council == Comparison::kWorse) return true;
  return false;
}

bool hasConcern(const metrics::AreaResult& area) {
  for (const auto& m : area.metrics)
    if (m.signal.trend == Trend::kConcern) return true;
  return false;
}

std::vector<const metrics::ScopeResult*> sortedTeams(const metrics::HealthCheck& hc, const DashboardQuery& q) {
  std::vector<const metrics::ScopeResult*> teams;
  for (const auto& s : hc.scopes)
    if (s.level == metrics::Level::kTeam && q.shows(s)) teams.push_back(&s);
  auto attention = [](const metrics::ScopeResult* a, const metrics::ScopeResult* b) {
    if (a->rank.has_value() != b->rank.has_value()) return a->rank.has_value();
    if (a->rank && *a->rank != *b->rank) return *a->rank < *b->rank;
    return a->name < b->name;
  };
  if (q.sort == "name") {
    std::stable_sort(teams.begin(), teams.end(),
                     [](const auto* a, const auto* b) { return a->name < b->name; });
  } else if (q.sort == "service") {
    std::stable_sort(teams.begin(), teams.end(), [&](const auto* a, const auto* b) {
      const std::string sa = serviceName(hc, a->service), sb = serviceName(hc, b->service);
      return sa != sb ? sa < sb : attention(a, b);
    });
  } else {
    std::stable_sort(teams.begin(), teams.end(), attention);
  }
  return teams;
}

std::vector<std::string> teamReasons(const metrics::HealthCheck& hc, const metrics::ScopeResult& team,
                                     size_t limit) {
  std::vector<std::string> worse, concerns, reds;
  // Areas from the lowest score up, so the red figures named first are
  // those of the areas pulling the team down most.
  std::vector<const metrics::AreaResult*> areas;
  for (const auto& a : team.areas) areas.push_back(&a);
  std::stable_sort(areas.begin(), areas.end(), [](const auto* a, const auto* b) {
    return a->score.value_or(101) < b->score.value_or(101);
  });
  for (const auto* a : areas) {
    for (const auto& m : a->metrics) {
      const metrics::MetricInfo* info = metrics::findMetric(m.id);
      if (!info || !m.value || m.suppressed) continue;
      const std::string label(info->label), value = reports::formatValue(info->unit, *m.value);
      if (m.signal.vs_council == Comparison::kWorse) {
        const metrics::MetricResult* c = councilMetric(hc, m.id);
        worse.push_back(label + " " + value + ", significantly worse than the council's" +
                        (c && c->value ? " " + reports::formatValue(info->unit, *c->value) : std::string()));
      } else if (m.signal.trend == Trend::kConcern) {
        concerns.push_back(label + " " + value + ": getting worse beyond what chance explains (special cause)");
      } else if (m.status == Status::kRed) {
        reds.push_back(label + " red at " + value);
      }
    }
  }
  std::vector<std::string> out;
  for (auto* list : {&worse, &concerns, &reds})
    for (auto& r : *list)
      if (out.size() < limit) out.push_back(std::move(r));
  return out;
}

std::vector<const metrics::MetricResult*> reasonMetrics(const metrics::AreaResult& area) {
  std::vector<const metrics::MetricResult*> named;
  if (area.status != Status::kRed && area.status != Status::kAmber) return named;
  for (Status wanted : {Status::kRed, Status::kAmber}) {
    for (const auto& m : area.metrics)
      if (m.status == wanted && m.value && !m.suppressed && metrics::findMetric(m.id)) named.push_back(&m);
    if (!named.empty()) break;
  }
  return named;
}

std::string areaReason(const metrics::AreaResult& area) {
  std::vector<std::string> names;
  for (const auto* m : reasonMetrics(area)) names.push_back(lowerFirst(metrics::findMetric(m->id)->label));
  if (names.empty()) return "";
  std::string out = names[0];
  if (names.size() == 2) out += " and " + names[1];
  if (names.size() > 2) out += ", " + names[1] + " and " + std::to_string(names.size() - 2) + " more";
  return out;
}

namespace {

bool scoreDiffersFromRanked(const metrics::ScopeResult& s) {
  return s.score && s.ranked_score &&
         reports::formatNumber(*s.score, 0) != reports::formatNumber(*s.ranked_score, 0);
}

}  // namespace

html::Html rankedScoreNote(const metrics::ScopeResult& team) {
  if (!scoreDiffersFromRanked(team)) return {};
  return html::el("span").cls("hc-score__ranked").text("ranked on " + reports::formatNumber(*team.ranked_score, 0));
}

html::Html rankBasisHtml(const metrics::HealthCheck& hc) {
  bool differs = false;
  for (const auto& s : hc.scopes) differs = differs || (s.level == metrics::Level::kTeam && scoreDiffersFromRanked(s));
  std::string said =
      "How teams are ranked: on the figures published to elected members, in the same order for every viewer. A "
      "measure not published (small numbers) counts neither for nor against a team, so no hidden figure moves a "
      "team up or down, and the rank cannot tell what it is.";
  if (differs)
    said += " Your view shows figures members do not see, so some scores here differ from the published score "
            "the team is ranked on, which is shown beside them (\"ranked on\").";
  return html::el("p").cls("govuk-body-s hc-rank-basis").id("rank-basis").text(said) + "\n";
}

html::Html needsAttentionHtml(const metrics::HealthCheck& hc, const DashboardQuery& q) {
  using html::el;
  DashboardQuery by_attention = q;
  by_attention.sort.clear();
  const std::string qs = q.queryString();
  html::Element list = el("ul");
  list.cls("govuk-list govuk-list--bullet hc-attention__list").text("\n");
  size_t listed = 0, more = 0;
  constexpr size_t kMaxListed = 6;  // a short list: the map below has the rest
  for (const metrics::ScopeResult* t : sortedTeams(hc, by_attention)) {
    if (!t->rank) continue;
    if (*t->rank > 3 && t->worse_signals == 0) continue;
    if (listed == kMaxListed) {
      ++more;
      continue;
    }
    ++listed;
    const std::vector<std::string> reasons = teamReasons(hc, *t, 3);
    html::Element item = el("li");
    item.add(el("a").cls("govuk-link").attr("href", "/dashboard/team/" + html::urlEncode(t->id) + qs).text(t->name))
        .text(" ")
        .add(el("span").cls("hc-attention__meta")
                 .text("(" + serviceName(hc, t->service) + "; rank " + std::to_string(*t->rank) +
                       (t->score ? ", score " + reports::formatNumber(*t->score, 0) : std::string()) + ")"));
    if (!reasons.empty()) {
      std::string said = ": ";
      for (size_t i = 0; i < reasons.size(); ++i) said += (i ? "; " : "") + reasons[i];
      item.text(said + ".");
    }
    list.add(item).text("\n");
  }
  if (listed == 0) return {};
  html::Element section = el("section");
  section.cls("hc-attention").attr("aria-labelledby", "attention-heading").text("\n")
      .add(el("h2").cls("govuk-heading-s").id("attention-heading").text("Needs attention")).text("\n")
      .add(list).text("\n");
  if (more)
    section.add(el("p").cls("govuk-body-s")
                    .text(std::to_string(more) + (more == 1 ? " more team has" : " more teams have") +
                          " a figure significantly worse than the council's (marked in the map).")).text("\n");
  return section + "\n";
}

}  // namespace hc::web::dashboard

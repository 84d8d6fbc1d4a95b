#include "metrics/shown_figures.h"

#include <map>

#include "metrics/catalogue.h"
#include "metrics/internal/suppression.h"

namespace hc::metrics {
namespace {

// Where metric `id` sits in a scope: (area, position), from the catalogue.
struct Slot {
  size_t area;
  size_t index;
};

std::vector<Slot> slots() {
  std::vector<Slot> out(catalogue().size());
  std::vector<size_t> per_area(kAreaCount, 0);
  for (const MetricInfo& m : catalogue()) out[size_t(m.metric)] = {size_t(m.area), per_area[size_t(m.area)]++};
  return out;
}

// Each scope's parent in the sums: teams in their service, services in
// the council.
std::vector<int> parents(const HealthCheck& hc) {
  std::map<std::string, int> services;
  for (size_t s = 0; s < hc.scopes.size(); ++s)
    if (hc.scopes[s].level == Level::kService) services[hc.scopes[s].id] = int(s);
  std::vector<int> out(hc.scopes.size(), -1);
  for (size_t s = 0; s < hc.scopes.size(); ++s) {
    const ScopeResult& scope = hc.scopes[s];
    if (scope.level == Level::kService) out[s] = 0;
    if (scope.level == Level::kTeam) {
      auto it = services.find(scope.service);
      out[s] = it == services.end() ? 0 : it->second;
    }
  }
  return out;
}

}  // namespace

HealthCheck figuresShownTo(const HealthCheck& computed, const SeesAsComputed& sees, int min_group_size) {
  HealthCheck out = computed;
  if (out.scopes.empty()) return out;
  const std::vector<Slot> where = slots();
  internal::FigureTree now, then;
  now.parent = then.parent = parents(out);
  const size_t scopes = out.scopes.size();
  now.seen.resize(scopes);
  for (size_t s = 0; s < scopes; ++s) now.seen[s] = sees(out.scopes[s]);
  then.seen = now.seen;
  now.figures.resize(scopes), then.figures.resize(scopes), now.people.resize(scopes), then.people.resize(scopes);
  auto at = [&](size_t s, Metric m) -> MetricResult& {
    const Slot slot = where[size_t(m)];
    return out.scopes[s].areas[slot.area].metrics[slot.index];
  };
  for (const MetricInfo& info : catalogue()) {
    if (!info.people_based || info.survey) continue;
    for (size_t s = 0; s < scopes; ++s) {
      const MetricResult& r = at(s, info.metric);
      const MetricResult& sick = at(s, Metric::kSicknessRate);
      now.figures[s] = {r.value, r.n, r.base};
      then.figures[s] = {r.previous, r.previous_n, r.previous_base};
      now.people[s] = internal::peopleOf(info.metric, r.n, sick.n, min_group_size);
      then.people[s] = internal::peopleOf(info.metric, r.previous_n, sick.previous_n, min_group_size);
    }
    const std::vector<bool> hidden_now = internal::protectFigures(now, info.metric, min_group_size);
    const std::vector<bool> hidden_then = internal::protectFigures(then, info.metric, min_group_size);
    for (size_t s = 0; s < scopes; ++s) {
      MetricResult& r = at(s, info.metric);
      // A comparison with a hidden council figure, or a trend through a
      // hidden previous one, would tell something about it.
      if (hidden_now[0]) r.signal.vs_council.reset();
      if (hidden_now[s] || hidden_then[s])
        r.previous.reset(), r.previous_base.reset(), r.change.reset(), r.signal.trend.reset();
      if (!hidden_now[s]) continue;
      r.value.reset();
      r.base.reset();
      r.status = Status::kNone;
      r.suppressed = true;
    }
  }
  // Ratings and counts from the figures shown; the order of attention
  // stays the published one, the same for every viewer (a manager's own
  // team is not ranked on figures the other teams' are not).
  scoreHealthCheck(out);
  for (size_t s = 0; s < scopes; ++s) {
    out.scopes[s].rank = computed.scopes[s].rank;
    out.scopes[s].ranked_score = computed.scopes[s].ranked_score;
  }
  return out;
}

}  // namespace hc::metrics

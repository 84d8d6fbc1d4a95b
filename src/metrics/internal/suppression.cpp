#include "metrics/internal/suppression.h"

namespace hc::metrics::internal {
namespace {

// Among `members` (scope indices in id order), if exactly one is hidden,
// hides the visible one with a value and the smallest n; the first in id
// order wins a tie.
void complement(const std::vector<int>& members, const FigureTable& figures, Metric m, std::vector<bool>& flags) {
  auto flag = [&](int sc) { return flags[size_t(sc) * kMetricCount + size_t(m)]; };
  int hidden = 0;
  for (int sc : members) hidden += flag(sc) ? 1 : 0;
  if (hidden != 1) return;
  int next = -1;
  for (int sc : members) {
    const Figure& f = figures.at(sc, m);
    if (flag(sc) || f.n == 0) continue;
    if (next < 0 || f.n < figures.at(next, m).n) next = sc;
  }
  if (next >= 0) flags[size_t(next) * kMetricCount + size_t(m)] = true;
}

}  // namespace

std::vector<bool> suppressedFigures(const ScopeLayout& layout, const FigureTable& figures,
                                    const HealthCheckOptions& options) {
  std::vector<bool> flags(size_t(layout.scopeCount()) * kMetricCount, false);
  std::vector<int> services;
  for (int s = layout.firstServiceScope(); s < layout.endServiceScope(); ++s) services.push_back(s);

  for (const MetricInfo& info : catalogue()) {
    if (!info.people_based || !(info.survey || options.published)) continue;
    for (int sc = 0; sc < layout.scopeCount(); ++sc) {
      const int64_t n = figures.at(sc, info.metric).n;
      if (n > 0 && n < options.min_group_size) flags[size_t(sc) * kMetricCount + size_t(info.metric)] = true;
    }
    for (int s : services) {
      std::vector<int> teams;
      for (int t = layout.scope(s).first_team; t < layout.scope(s).end_team; ++t) teams.push_back(layout.teamScope(t));
      complement(teams, figures, info.metric, flags);
    }
    complement(services, figures, info.metric, flags);
  }
  return flags;
}

}  // namespace hc::metrics::internal

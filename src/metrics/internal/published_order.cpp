#include "metrics/internal/published_order.h"

#include "metrics/catalogue.h"

namespace hc::metrics::internal {

void rankAsPublished(HealthCheck& hc, const std::vector<bool>& published_hidden) {
  if (hc.scopes.empty() || published_hidden.size() < hc.scopes.size() * kMetricCount) return;
  // Each area's metrics in catalogue order, as the scopes hold them.
  std::vector<std::vector<Metric>> in_area(kAreaCount);
  for (const MetricInfo& m : catalogue()) in_area[size_t(m.area)].push_back(m.metric);
  auto hidden = [&](size_t scope, Metric m) { return bool(published_hidden[scope * kMetricCount + size_t(m)]); };

  HealthCheck shown = hc;
  for (size_t s = 0; s < shown.scopes.size(); ++s) {
    for (size_t a = 0; a < shown.scopes[s].areas.size() && a < in_area.size(); ++a) {
      std::vector<MetricResult>& metrics = shown.scopes[s].areas[a].metrics;
      for (size_t i = 0; i < metrics.size() && i < in_area[a].size(); ++i) {
        MetricResult& r = metrics[i];
        // As published: no comparison with a hidden council figure.
        if (hidden(0, in_area[a][i])) r.signal.vs_council.reset();
        if (!hidden(s, in_area[a][i])) continue;
        r.value.reset();
        r.status = Status::kNone;
        r.suppressed = true;
      }
    }
  }
  scoreHealthCheck(shown);
  for (size_t s = 0; s < hc.scopes.size(); ++s) {
    if (hc.scopes[s].level != Level::kTeam) continue;
    hc.scopes[s].rank = shown.scopes[s].rank;
    hc.scopes[s].ranked_score = shown.scopes[s].ranked_score;
  }
}

}  // namespace hc::metrics::internal

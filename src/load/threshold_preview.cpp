#include "load/threshold_preview.h"

#include "load/health_check_loader.h"
#include "load/trend_loader.h"

namespace hc::load {

std::vector<std::string> ThresholdPreview::teams() const {
  std::vector<std::string> out;
  for (const RatingChange& c : changes)
    if (out.empty() || out.back() != c.team_name) out.push_back(c.team_name);
  return out;
}

ThresholdPreview previewThresholds(store::Database& db, const FigureSettings& current,
                                   const metrics::Thresholds& proposed) {
  ThresholdPreview preview;
  preview.period = latestCompletePeriod(db, metrics::Period::Kind::kQuarter);
  if (!preview.period) return preview;
  const metrics::HealthCheckOptions options = current.applyTo(metrics::HealthCheckOptions{});
  const TrendWindow window = TrendWindow::load(db, *preview.period, 1, options);
  const metrics::HealthCheck now = window.compute(*preview.period, current.thresholds, options);
  const metrics::HealthCheck then = window.compute(*preview.period, proposed, options);
  // The same records and options give the same scopes in the same order.
  for (size_t s = 0; s < now.scopes.size() && s < then.scopes.size(); ++s) {
    const metrics::ScopeResult& a = now.scopes[s];
    const metrics::ScopeResult& b = then.scopes[s];
    if (a.level != metrics::Level::kTeam) continue;
    for (size_t i = 0; i < a.areas.size() && i < b.areas.size(); ++i) {
      // An area no metric rates (no survey yet) has no colour to change.
      if (a.areas[i].status == metrics::Status::kNone && b.areas[i].status == metrics::Status::kNone) continue;
      ++preview.team_ratings;
      if (a.areas[i].status != b.areas[i].status)
        preview.changes.push_back({a.id, a.name, a.areas[i].id, a.areas[i].status, b.areas[i].status});
    }
  }
  return preview;
}

}  // namespace hc::load

#include "load/trend_loader.h"

#include <algorithm>
#include <stdexcept>

#include "load/metrics_data.h"
#include "store/schema.h"

namespace hc::load {

TrendWindow TrendWindow::load(const std::string& db_url, const metrics::Period& last, int count) {
  if (count < 1) throw std::invalid_argument("TrendWindow::load: count must be at least 1");
  TrendWindow window;
  window.periods_.push_back(last);
  while (int(window.periods_.size()) < count) window.periods_.push_back(window.periods_.back().previous());
  std::reverse(window.periods_.begin(), window.periods_.end());

  auto db = store::openDatabase(db_url);
  store::migrate(*db);
  window.data_ = loadMetricsData(*db, window.periods_.front().previous().from, last.to);
  return window;
}

metrics::HealthCheck TrendWindow::compute(const metrics::Period& period, const metrics::Thresholds& thresholds,
                                          const metrics::HealthCheckOptions& options) const {
  // Another period could need records the window did not load.
  const bool inside = std::any_of(periods_.begin(), periods_.end(),
                                  [&](const metrics::Period& p) { return p.label == period.label; });
  if (!inside) throw std::invalid_argument("TrendWindow::compute: " + period.label + " is outside the window");
  return metrics::computeHealthCheck(data_, period, thresholds, options);
}

std::vector<metrics::HealthCheck> TrendWindow::computeTrend(const metrics::Thresholds& thresholds,
                                                            const metrics::HealthCheckOptions& options,
                                                            bool every_team) const {
  std::vector<metrics::HealthCheck> trend = metrics::computeHealthChecks(data_, periods_, thresholds, options);
  if (every_team) return trend;
  for (size_t k = 0; k + 1 < trend.size(); ++k) {
    auto& scopes = trend[k].scopes;
    scopes.erase(std::remove_if(scopes.begin(), scopes.end(),
                                [](const metrics::ScopeResult& s) { return s.level == metrics::Level::kTeam; }),
                 scopes.end());
  }
  return trend;
}

}  // namespace hc::load

#include "load/trend_loader.h"

#include <algorithm>
#include <stdexcept>

#include "store/record_dates.h"
#include "store/schema.h"

namespace hc::load {
namespace {

constexpr size_t kLookBack = size_t(metrics::kTrendPeriods) - 1;

}  // namespace

TrendWindow TrendWindow::load(const std::string& db_url, const metrics::Period& last, int count,
                              const metrics::HealthCheckOptions& options) {
  auto db = store::openDatabase(db_url);
  store::migrate(*db);
  return load(*db, last, count, options);
}

TrendWindow TrendWindow::load(store::Database& db, const metrics::Period& last, int count,
                              const metrics::HealthCheckOptions& options) {
  if (count < 1) throw std::invalid_argument("TrendWindow::load: count must be at least 1");
  TrendWindow window;
  window.periods_.push_back(last);
  while (int(window.periods_.size()) < count) window.periods_.push_back(window.periods_.back().previous());
  std::reverse(window.periods_.begin(), window.periods_.end());

  std::vector<metrics::Period> run = metrics::trendRun(window.periods_.front());
  run.insert(run.end(), window.periods_.begin() + 1, window.periods_.end());
  window.figures_ = loadRunFigures(db, run, kLookBack - 1, options);
  window.records_up_to_ = store::lastRecordDate(db);
  return window;
}

metrics::HealthCheck TrendWindow::compute(const metrics::Period& period, const metrics::Thresholds& thresholds,
                                          const metrics::HealthCheckOptions& options) const {
  const auto at = std::find_if(periods_.begin(), periods_.end(),
                               [&](const metrics::Period& p) { return p.label == period.label; });
  // Another period would need figures the window did not load.
  if (at == periods_.end())
    throw std::invalid_argument("TrendWindow::compute: " + period.label + " is outside the window");
  const size_t k = kLookBack + size_t(at - periods_.begin());
  metrics::HealthCheck hc =
      std::move(metrics::assembleHealthChecks(figures_.teams, figures_.periods, k, k + 1, thresholds, options).front());
  hc.records_up_to = records_up_to_;
  return hc;
}

std::vector<metrics::HealthCheck> TrendWindow::computeTrend(const metrics::Thresholds& thresholds,
                                                            const metrics::HealthCheckOptions& options,
                                                            bool every_team) const {
  std::vector<metrics::HealthCheck> trend = metrics::assembleHealthChecks(
      figures_.teams, figures_.periods, kLookBack, figures_.periods.size(), thresholds, options);
  for (metrics::HealthCheck& hc : trend) hc.records_up_to = records_up_to_;
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

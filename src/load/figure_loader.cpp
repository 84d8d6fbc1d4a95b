#include "load/figure_loader.h"

#include <utility>

#include "load/trend_loader.h"

namespace hc::load {

FigureLoader::FigureLoader(std::string db_url, metrics::Thresholds thresholds, metrics::HealthCheckOptions options)
    : db_url_(std::move(db_url)), thresholds_(std::move(thresholds)), options_(std::move(options)) {}

metrics::HealthCheckOptions FigureLoader::optionsFor(bool published) const {
  metrics::HealthCheckOptions o = options_;
  o.published = published;
  return o;
}

std::vector<metrics::HealthCheck> FigureLoader::trend(const metrics::Period& last, int count, bool published) const {
  // A team page's trend shows every team's past.
  return TrendWindow::load(db_url_, last, count, options_)
      .computeTrend(thresholds_, optionsFor(published), /*every_team=*/true);
}

metrics::HealthCheck FigureLoader::period(const metrics::Period& period, bool published) const {
  return TrendWindow::load(db_url_, period, 1, options_).compute(period, thresholds_, optionsFor(published));
}

}  // namespace hc::load

#include "cli/dashboard_sources.h"

#include "load/trend_loader.h"

namespace hc::cli {

web::dashboard::DashboardOptions dashboardSources(const std::string& db_url, const metrics::Thresholds& thresholds,
                                       const metrics::HealthCheckOptions& options) {
  web::dashboard::DashboardOptions d;
  d.thresholds = thresholds;
  d.min_group_size = options.min_group_size;
  metrics::HealthCheckOptions unpublished = options;
  unpublished.published = false;
  d.load_trend = [db_url, thresholds, unpublished](const metrics::Period& last, int count, bool published) {
    metrics::HealthCheckOptions figures = unpublished;
    figures.published = published;
    // One load, then every period computed once: a team page's trend
    // shows every team's past.
    return load::TrendWindow::load(db_url, last, count).computeTrend(thresholds, figures, /*every_team=*/true);
  };
  metrics::HealthCheckOptions published = options;
  published.published = true;
  d.load_published = [db_url, thresholds, published](const metrics::Period& period) {
    return load::TrendWindow::load(db_url, period, 1).compute(period, thresholds, published);
  };
  return d;
}

}  // namespace hc::cli

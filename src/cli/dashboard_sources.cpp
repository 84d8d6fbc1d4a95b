#include "cli/dashboard_sources.h"

#include <future>

#include "cli/trend_loader.h"

namespace hc::cli {

web::DashboardOptions dashboardSources(const std::string& db_url, const metrics::Thresholds& thresholds,
                                       const metrics::HealthCheckOptions& options) {
  web::DashboardOptions d;
  d.thresholds = thresholds;
  d.min_group_size = options.min_group_size;
  metrics::HealthCheckOptions unpublished = options;
  unpublished.published = false;
  d.load_trend = [db_url, thresholds, unpublished](const metrics::Period& last, int count) {
    const TrendWindow window = TrendWindow::load(db_url, last, count);
    // One load, then the periods computed side by side: compute() is safe
    // on several threads and a cold national page waits on all of them.
    std::vector<std::future<metrics::HealthCheck>> running;
    for (const metrics::Period& p : window.periods())
      running.push_back(std::async(std::launch::async, [&window, &thresholds, &unpublished, p] {
        return window.compute(p, thresholds, unpublished);
      }));
    std::vector<metrics::HealthCheck> out;
    for (auto& f : running) out.push_back(f.get());
    return out;
  };
  metrics::HealthCheckOptions published = options;
  published.published = true;
  d.load_published = [db_url, thresholds, published](const metrics::Period& period) {
    return TrendWindow::load(db_url, period, 1).compute(period, thresholds, published);
  };
  return d;
}

}  // namespace hc::cli

#include "load/health_check_loader.h"

#include "load/metrics_data.h"
#include "national/council_setting.h"
#include "store/schema.h"

namespace hc::load {

metrics::HealthCheck loadHealthCheck(const HealthCheckRequest& request) {
  const metrics::Period& period = request.period;
  const metrics::Thresholds thresholds = request.thresholds_path.empty()
                                             ? metrics::Thresholds::defaults()
                                             : metrics::Thresholds::load(request.thresholds_path);

  auto db = store::openDatabase(request.db_url);
  store::migrate(*db);
  metrics::HealthCheckOptions options = request.options;
  const std::string name = national::loadCouncil(*db).name;  // the council scope's name
  if (!name.empty()) options.council_name = name;
  // The trend needs the previous period too; one load covers both.
  Dataset data = loadMetricsData(*db, period.previous().from, period.to);
  return metrics::computeHealthCheck(data, period, thresholds, options);
}

}  // namespace hc::load

// Loading a health check from a database: the records of the period and the
// one before it (for the trend), the bank holidays, the thresholds, and the
// engine's computation, for the metrics command. The council scope is named
// after the council's stored setting (national/council_setting.h) when it has
// a name.
//
// Thread-safety: loadHealthCheck opens its own connection; concurrent calls
// are safe.
#ifndef HC_LOAD_HEALTH_CHECK_LOADER_H_
#define HC_LOAD_HEALTH_CHECK_LOADER_H_

#include <string>

#include "metrics/health_check.h"

namespace hc::load {

struct HealthCheckRequest {
  std::string db_url;
  metrics::Period period;       // parsed by the caller: "2025-Q3"
  std::string thresholds_path;  // empty: the shipped defaults
  metrics::HealthCheckOptions options;
};

// Throws std::runtime_error for a bad thresholds file (naming file and
// line), DatabaseError for the database.
metrics::HealthCheck loadHealthCheck(const HealthCheckRequest& request);

}  // namespace hc::load

#endif  // HC_LOAD_HEALTH_CHECK_LOADER_H_

// Loading a health check from a database: the records of the period and the
// one before it (for the trend), the bank holidays, the thresholds, and the
// engine's computation. Shared by the metrics command and, later, the
// server and the reports.
//
// Thread-safety: loadHealthCheck opens its own connection; concurrent calls
// are safe.
#ifndef HC_CLI_HEALTH_CHECK_LOADER_H_
#define HC_CLI_HEALTH_CHECK_LOADER_H_

#include <string>

#include "metrics/health_check.h"

namespace hc::cli {

struct HealthCheckRequest {
  std::string db_url;
  std::string period;           // "2025-Q3"
  std::string thresholds_path;  // empty: the shipped defaults
  metrics::HealthCheckOptions options;
};

// Throws UsageError for a bad period, std::runtime_error for a bad
// thresholds file (naming file and line), DatabaseError for the database.
metrics::HealthCheck loadHealthCheck(const HealthCheckRequest& request);

}  // namespace hc::cli

#endif  // HC_CLI_HEALTH_CHECK_LOADER_H_

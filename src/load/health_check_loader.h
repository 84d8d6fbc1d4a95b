// Loading a health check from a database, for the metrics command: the
// figures of the period and the periods before it (for the trend), the
// thresholds, and the engine's assembly of them. The council scope is named
// after the council's stored setting (national/council_setting.h) when it has
// a name.
//
// Thread-safety: loadHealthCheck opens its own connection; concurrent calls
// are safe.
#ifndef HC_LOAD_HEALTH_CHECK_LOADER_H_
#define HC_LOAD_HEALTH_CHECK_LOADER_H_

#include <optional>
#include <string>

#include "metrics/health_check.h"
#include "metrics/period.h"
#include "metrics/thresholds.h"
#include "store/database.h"

namespace hc::load {

struct HealthCheckRequest {
  std::string db_url;
  metrics::Period period;       // parsed by the caller: "2025-Q3"
  // nullopt: the database's (load/figure_settings.h), else the shipped defaults
  std::optional<metrics::Thresholds> thresholds;
  metrics::HealthCheckOptions options;
};

// The health check of the period, from the figures of it and of the
// metrics::kTrendPeriods - 1 periods before it (its trend signals look
// back that far), stored or computed from the records
// (load/stored_figures.h). Throws DatabaseError.
metrics::HealthCheck loadHealthCheck(const HealthCheckRequest& request);

// The latest period of `kind` whose last day the database's records reach
// (metrics.md "Periods with no data"); nullopt when it holds no records.
// Example: after importing the demo council, kQuarter gives 2026-Q3.
std::optional<metrics::Period> latestCompletePeriod(store::Database& db, metrics::Period::Kind kind);

// nullopt when the records reach `period`'s last day; otherwise why its
// figures cannot be given, naming the latest complete period of its kind
// and where the last day comes from:
// "2027-Q1 ends on 2027-03-31, after the last day the imported records
// cover (2026-09-30), so its figures would be incomplete. The latest
// complete quarter is 2026-Q3. If the exports were taken later than
// 2026-09-30, say when: healthcheck import --extracted YYYY-MM-DD FILE|DIR."
// With an extract date the parenthesis reads "(2026-09-30, the latest
// extract date, given with exports/staff.csv)" and the advice is left out.
std::optional<std::string> periodAfterRecords(store::Database& db, const metrics::Period& period);

}  // namespace hc::load

#endif  // HC_LOAD_HEALTH_CHECK_LOADER_H_

// Loading a run of consecutive periods from a database at once: the
// figures of the whole window and of each period's look-back are read (or
// computed and stored, load/stored_figures.h) in one go, then the engine
// assembles each period from them. The workbook's trend (the last 8
// periods) and the members' report (published figures of the last one)
// share one load instead of reading the database nine times.
//
// Example:
//   TrendWindow window = TrendWindow::load(db_url, *Period::parse("2025-Q3"), 8, options);
//   std::vector<HealthCheck> trend = window.computeTrend(thresholds, options);
//
// Thread-safety: load() opens its own connection. A loaded window is
// immutable; compute() may run on several threads at once.
#ifndef HC_LOAD_TREND_LOADER_H_
#define HC_LOAD_TREND_LOADER_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/records.h"
#include "metrics/health_check.h"
#include "load/stored_figures.h"
#include "metrics/period_figures.h"
#include "store/database.h"

namespace hc::load {

class TrendWindow {
 public:
  // The `count` (>= 1) periods of `last`'s kind ending with `last`, oldest
  // first, with the figures of each and of the metrics::kTrendPeriods - 1
  // periods before the first (the previous value, the trend signals'
  // look-back). The figures rest on options.caseload_limit; compute()
  // applies the rest of the options it is given. Throws DatabaseError.
  static TrendWindow load(const std::string& db_url, const metrics::Period& last, int count,
                          const metrics::HealthCheckOptions& options);
  // The same over the caller's connection.
  static TrendWindow load(store::Database& db, const metrics::Period& last, int count,
                          const metrics::HealthCheckOptions& options);

  const std::vector<metrics::Period>& periods() const { return periods_; }
  const metrics::Period& last() const { return periods_.back(); }
  // Some figures had to be computed from the records (none were stored).
  bool computed() const { return figures_.computed; }

  // The last day the records cover, as each health check's records_up_to.
  const std::optional<Date>& recordsUpTo() const { return records_up_to_; }

  // The health check of `period`, which must be one of periods().
  metrics::HealthCheck compute(const metrics::Period& period, const metrics::Thresholds& thresholds,
                               const metrics::HealthCheckOptions& options) const;
  // compute() of every period, oldest first, for a trend. Unless
  // `every_team`, the earlier periods keep only the council and services
  // (a workbook's trend of thousands of teams is read by nobody, and
  // dropping them holds memory to about one period's worth); the last
  // period is whole.
  std::vector<metrics::HealthCheck> computeTrend(const metrics::Thresholds& thresholds,
                                                 const metrics::HealthCheckOptions& options,
                                                 bool every_team = false) const;

 private:
  std::vector<metrics::Period> periods_;
  RunFigures figures_;  // kTrendPeriods - 1 look-back periods, then periods_
  std::optional<Date> records_up_to_;
};

}  // namespace hc::load

#endif  // HC_LOAD_TREND_LOADER_H_

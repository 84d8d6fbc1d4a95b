// Loading a run of consecutive periods from a database at once: the records
// of the whole window are read in one go, then the engine computes each
// period from them. The workbook's trend (the last 8 periods) and the
// members' report (published figures of the last one) share one load
// instead of reading the database nine times.
//
// Example:
//   TrendWindow window = TrendWindow::load(db_url, *Period::parse("2025-Q3"), 8);
//   std::vector<HealthCheck> trend = window.computeTrend(thresholds, options);
//
// Thread-safety: load() opens its own connection. A loaded window is
// immutable; compute() may run on several threads at once.
#ifndef HC_LOAD_TREND_LOADER_H_
#define HC_LOAD_TREND_LOADER_H_

#include <string>
#include <vector>

#include "core/records.h"
#include "metrics/health_check.h"

namespace hc::load {

class TrendWindow {
 public:
  // The `count` (>= 1) periods of `last`'s kind ending with `last`, oldest
  // first, and every record that can affect them or their previous period
  // (each period's trend needs the one before). Throws DatabaseError.
  static TrendWindow load(const std::string& db_url, const metrics::Period& last, int count);

  const std::vector<metrics::Period>& periods() const { return periods_; }
  const metrics::Period& last() const { return periods_.back(); }

  // The health check of `period`, which must be one of periods().
  metrics::HealthCheck compute(const metrics::Period& period, const metrics::Thresholds& thresholds,
                               const metrics::HealthCheckOptions& options) const;
  // compute() of every period, oldest first, for a trend, each period
  // computed once. Unless `every_team`, the earlier periods keep only the
  // council and services (a workbook's trend of thousands of teams is read
  // by nobody, and dropping them holds memory to about one period's
  // worth); the last period is whole.
  std::vector<metrics::HealthCheck> computeTrend(const metrics::Thresholds& thresholds,
                                                 const metrics::HealthCheckOptions& options,
                                                 bool every_team = false) const;

 private:
  std::vector<metrics::Period> periods_;
  Dataset data_;
};

}  // namespace hc::load

#endif  // HC_LOAD_TREND_LOADER_H_

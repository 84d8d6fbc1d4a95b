// FigureLoader: health checks computed from one database, with thresholds
// and options fixed at construction: what the directors' dashboard shows.
// Each call opens its own connection (TrendWindow::load), so the web
// server's pool is never held for the seconds a national load takes.
//
// Example:
//   FigureLoader figures(db_url, metrics::Thresholds::defaults(), options);
//   std::vector<HealthCheck> trend = figures.trend(*Period::parse("2025-Q3"), 8, false);
//
// Thread-safety: immutable after construction; calls may run on any thread
// at once.
#ifndef HC_LOAD_FIGURE_LOADER_H_
#define HC_LOAD_FIGURE_LOADER_H_

#include <string>
#include <vector>

#include "metrics/health_check.h"
#include "metrics/thresholds.h"

namespace hc::load {

class FigureLoader {
 public:
  // `options.published` is ignored: every call says which figures it wants.
  FigureLoader(std::string db_url, metrics::Thresholds thresholds, metrics::HealthCheckOptions options);

  // The `count` periods of `last`'s kind ending with `last`, oldest first,
  // every scope (teams too), unpublished or with the small-numbers rule
  // applied when `published`. One load, each period computed once. Throws
  // DatabaseError.
  std::vector<metrics::HealthCheck> trend(const metrics::Period& last, int count, bool published) const;

  // The health check of one period (and its trend from the one before).
  metrics::HealthCheck period(const metrics::Period& period, bool published) const;

  const metrics::Thresholds& thresholds() const { return thresholds_; }
  const metrics::HealthCheckOptions& options() const { return options_; }

 private:
  metrics::HealthCheckOptions optionsFor(bool published) const;

  std::string db_url_;
  metrics::Thresholds thresholds_;
  metrics::HealthCheckOptions options_;
};

}  // namespace hc::load

#endif  // HC_LOAD_FIGURE_LOADER_H_

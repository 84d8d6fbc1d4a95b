// PeriodFigures: the raw figures of one period computed from the records,
// with what the trend signals need to know of the records beside them.
// The engine works in two steps: computePeriodFigures() does the costly
// part (a pass over every record per period); assembleHealthChecks()
// (health_check.h) turns a run of them into health checks with status,
// trend, signals, suppression and scores in a few milliseconds. A caller
// that keeps the figures of earlier periods (load/stored_figures.h) only
// pays for the first step once per import.
//
// Example:
//   std::vector<Period> run = trendRun(*Period::parse("2025-Q3"));
//   std::vector<PeriodFigures> figures = computePeriodFigures(data, run, 11, {});
//   HealthCheck hc = assembleHealthChecks(data.teams, figures, 11, 12, thresholds, {}).front();
//
// Thread-safety: pure functions; computePeriodFigures uses a second thread
// of its own.
#ifndef HC_METRICS_PERIOD_FIGURES_H_
#define HC_METRICS_PERIOD_FIGURES_H_

#include <optional>
#include <vector>

#include "core/records.h"
#include "metrics/figure_table.h"
#include "metrics/health_check.h"
#include "metrics/period.h"

namespace hc::metrics {

struct PeriodFigures {
  Period period;
  // The records cover the period: it begins less than a month before their
  // first record of activity (firstActivityDate, coverage.h). A trend
  // counts only covered periods' figures.
  bool covered = false;
  // Some record falls on or before the period's last day (HealthCheck::has_data).
  bool has_data = false;
  // None where the period was not computed: it is neither covered nor
  // among those asked for in full.
  std::optional<FigureTable> table;
};

// The figures of each of `periods` (any periods of one kind, each once),
// from `data`, which must hold the records of all of them (see
// computeHealthChecks). Periods from index `first_in_full` on always get a
// table; earlier ones only when covered: an uncovered period only ever
// serves as a trend's look-back, where it counts for nothing.
std::vector<PeriodFigures> computePeriodFigures(const Dataset& data, const std::vector<Period>& periods,
                                                size_t first_in_full, const HealthCheckOptions& options);

// The number of scopes the engine lays out for `teams` (the council, the
// services they belong to, the teams): a FigureTable's scopeCount().
int scopeCountFor(const std::vector<Team>& teams);

// The health checks of run[first_assembled, end_assembled), oldest first, from the
// figures of a run of consecutive periods (each the previous() of the
// next): status, previous value and change, suppression (options.published
// and the small-numbers rule), signals over the run's look-back and the
// scores, as computeHealthChecks gives them. `teams` are those the figures
// were computed for. Throws std::invalid_argument for a run that is not
// consecutive, a first_assembled of 0 or a range outside the run, an
// assembled period or its previous without a table, or tables of another
// number of scopes.
std::vector<HealthCheck> assembleHealthChecks(const std::vector<Team>& teams, const std::vector<PeriodFigures>& run,
                                              size_t first_assembled, size_t end_assembled, const Thresholds& thresholds,
                                              const HealthCheckOptions& options);

}  // namespace hc::metrics

#endif  // HC_METRICS_PERIOD_FIGURES_H_

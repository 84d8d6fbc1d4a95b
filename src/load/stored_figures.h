// The figures of a run of periods, from what the database keeps where it
// can: a period the engine has computed since the last import is read back
// (store/stored_figures.h) rather than computed again from every record.
// Computing a quarter needs its previous quarter and, for the trend
// signals, the ten before that: at national scale a load of two years of
// records and a pass over them per quarter, some fifteen seconds; reading
// the stored figures of the twelve takes well under one. The import stores
// the latest quarters' figures as it finishes (storeLatestFigures), so the
// first request after it is quick too.
//
// Example:
//   std::vector<Period> run = metrics::trendRun(*Period::parse("2025-Q3"));
//   RunFigures figures = loadRunFigures(db, run, run.size() - 2, options);
//   HealthCheck hc = metrics::assembleHealthChecks(figures.teams, figures.periods, run.size() - 1,
//                                                  run.size(), thresholds, options).front();
//
// Thread-safety: uses the caller's Database (and, when it must load the
// records, a second connection of its own); concurrent calls with
// separate connections are safe: two that compute the same period store
// the same bytes.
#ifndef HC_LOAD_STORED_FIGURES_H_
#define HC_LOAD_STORED_FIGURES_H_

#include <optional>
#include <string>
#include <vector>

#include "core/records.h"
#include "metrics/period_figures.h"
#include "store/database.h"

namespace hc::load {

struct RunFigures {
  std::vector<Team> teams;                     // the scopes the tables are laid out for
  std::vector<metrics::PeriodFigures> periods;  // the run's, oldest first
  bool computed = false;                       // some were computed from the records
};

// The figures of `run` (periods of one kind, oldest first), each from
// the stored figures when the database holds them for its current records
// and options.caseload_limit, otherwise all computed together from one
// load of the records (metrics::computePeriodFigures, with
// `first_in_full`) and stored for next time. A connection that may not
// write still gets its figures; they are only not kept. Throws
// DatabaseError for a failed read.
RunFigures loadRunFigures(store::Database& db, const std::vector<metrics::Period>& run, size_t first_in_full,
                          const metrics::HealthCheckOptions& options);

// After an import: computes and stores the figures of the latest complete
// quarter and of the metrics::kTrendPeriods - 1 before it, each with its
// look-back (the dashboard's team trend; the metrics command's and the
// workbook's runs lie within it), unless they are stored already. Returns
// the quarter, or nullopt when the database holds no records. Throws
// DatabaseError.
std::optional<metrics::Period> storeLatestFigures(store::Database& db, const metrics::HealthCheckOptions& options);

// The latest period whose figures are stored for the current records and
// this program ("2026-Q3"): how far the dashboard's figures are ready;
// nullopt when they are computed when first asked for. Throws DatabaseError.
std::optional<std::string> latestReadyPeriod(store::Database& db);

// The options text stored figures are keyed by: what, of the options,
// computePeriodFigures reads. Example: "caseload_limit=20".
std::string figureOptionsKey(const metrics::HealthCheckOptions& options);

}  // namespace hc::load

#endif  // HC_LOAD_STORED_FIGURES_H_

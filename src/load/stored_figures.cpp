#include "load/stored_figures.h"

#include <cstdio>

#include "load/health_check_loader.h"
#include "load/metrics_data.h"
#include "load/trend_loader.h"
#include "metrics/figure_codec.h"
#include "store/dataset_loader.h"
#include "store/stored_figures.h"

namespace hc::load {
namespace {

// The version figures are stored at: the records' and this program's, so
// that a program whose formulas differ does not read another's figures.
std::string figureVersion(store::Database& db) { return store::dataVersion(db) + ", program " HC_VERSION; }

}  // namespace

std::string figureOptionsKey(const metrics::HealthCheckOptions& options) {
  char limit[32];
  std::snprintf(limit, sizeof limit, "%.17g", options.caseload_limit);
  return std::string("caseload_limit=") + limit;
}

RunFigures loadRunFigures(store::Database& db, const std::vector<metrics::Period>& run, size_t first_in_full,
                          const metrics::HealthCheckOptions& options) {
  RunFigures out;
  if (run.empty()) return out;
  // Read first: figures computed from records newer than this version are
  // then stored under a version already past, never under the new one.
  const std::string version = figureVersion(db);
  const std::string key = figureOptionsKey(options);
  out.teams = store::loadTeams(db);

  const int scopes = metrics::scopeCountFor(out.teams);
  bool all_stored = true;
  for (size_t k = 0; k < run.size() && all_stored; ++k) {
    std::optional<metrics::PeriodFigures> f;
    if (const auto bytes = store::readStoredFigures(db, run[k].label, key, version)) f = metrics::decodeFigures(*bytes);
    // Stored without a table (not covered then) but wanted in full now;
    // or laid out for other teams: compute again.
    const bool usable = f && f->period.label == run[k].label && (f->table || k < first_in_full) &&
                        (!f->table || f->table->scopeCount() == scopes);
    if (!usable) all_stored = false;
    else out.periods.push_back(std::move(*f));
  }
  if (all_stored) return out;

  // One load of the whole run's records: the periods share its index.
  out.periods.clear();
  out.computed = true;
  const Dataset data = loadMetricsData(db, run.front().from, run.back().to);
  out.periods = metrics::computePeriodFigures(data, run, first_in_full, options);
  out.teams = data.teams;
  try {
    store::Transaction transaction(db);
    for (const metrics::PeriodFigures& f : out.periods)
      store::writeStoredFigures(db, f.period.label, key, version, metrics::encodeFigures(f));
    transaction.commit();
  } catch (const store::DatabaseError&) {
    // A read-only connection, or a writer holding the database: the
    // figures are right, only not kept; the next load computes them again.
  }
  return out;
}

std::optional<std::string> latestReadyPeriod(store::Database& db) {
  return store::latestStoredPeriod(db, figureVersion(db));
}

std::optional<metrics::Period> storeLatestFigures(store::Database& db, const metrics::HealthCheckOptions& options) {
  const std::optional<metrics::Period> latest = latestCompletePeriod(db, metrics::Period::Kind::kQuarter);
  if (!latest) return std::nullopt;
  // The longest run any view of the quarter reads: the team page's trend
  // of kTrendPeriods quarters, each with its look-back. The metrics
  // command's and the workbook's runs lie within it.
  TrendWindow::load(db, *latest, metrics::kTrendPeriods, options);
  return latest;
}

}  // namespace hc::load

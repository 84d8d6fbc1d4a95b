// FigureLoader: what the directors' dashboard and the reports show, from
// one database, with thresholds and options fixed at construction: health
// checks computed by the engine, the DfE's comparators beside them and the
// staff survey results. Each call opens its own connection and closes it
// (TrendWindow::load for figures), so the web server's pool, which is for
// per-request state (sign-in, actions, audit), is never held for the
// seconds a national load takes, and nothing is handed up from web or cli.
//
// Example:
//   FigureLoader figures(db_url, metrics::Thresholds::defaults(), options);
//   std::vector<HealthCheck> trend = figures.trend(*Period::parse("2025-Q3"), 8, false);
//   metrics::MetricBenchmarks dfe = figures.benchmarks(trend.back().period);
//
// Thread-safety: immutable after construction; calls may run on any thread
// at once (each on its own connection). Calls throw DatabaseError.
#ifndef HC_LOAD_FIGURE_LOADER_H_
#define HC_LOAD_FIGURE_LOADER_H_

#include <string>
#include <vector>

#include "load/benchmark_loader.h"
#include "metrics/benchmark.h"
#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "surveys/period_surveys.h"
#include "surveys/survey_catalogue.h"

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

  // The DfE's comparators per metric for the census year matching
  // `period` (national::loadMetricBenchmarks); empty when none is imported.
  metrics::MetricBenchmarks benchmarks(const metrics::Period& period) const;
  // The same for each period of a trend, on one connection
  // (load::trendBenchmarks).
  std::vector<metrics::MetricBenchmarks> trendBenchmarks(const std::vector<metrics::Period>& periods) const;
  // Every published measure with the council's ranking (load::compareMeasures).
  std::vector<ComparedMeasure> comparison(const metrics::Period& period) const;

  // The period's staff survey runs with their results, groups smaller than
  // the options' min_group_size suppressed; `published` drops the comments
  // (members' report). `wording` may be null: questions are named by id.
  surveys::PeriodSurveys staffSurveys(const metrics::Period& period, bool published,
                                      const surveys::SurveyCatalogue* wording) const;

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

#include "load/figure_loader.h"

#include <utility>

#include "load/trend_loader.h"
#include "national/metric_benchmarks.h"
#include "store/database.h"

namespace hc::load {

FigureLoader::FigureLoader(std::string db_url, metrics::Thresholds thresholds, metrics::HealthCheckOptions options)
    : db_url_(std::move(db_url)), thresholds_(std::move(thresholds)), options_(std::move(options)) {}

metrics::HealthCheckOptions FigureLoader::optionsFor(bool published) const {
  metrics::HealthCheckOptions o = options_;
  o.published = published;
  return o;
}

std::vector<metrics::HealthCheck> FigureLoader::trend(const metrics::Period& last, int count, bool published) const {
  // A team page's trend shows every team's past.
  return TrendWindow::load(db_url_, last, count, options_)
      .computeTrend(thresholds_, optionsFor(published), /*every_team=*/true);
}

metrics::HealthCheck FigureLoader::period(const metrics::Period& period, bool published) const {
  return TrendWindow::load(db_url_, period, 1, options_).compute(period, thresholds_, optionsFor(published));
}

metrics::MetricBenchmarks FigureLoader::benchmarks(const metrics::Period& period) const {
  return national::loadMetricBenchmarks(*store::openDatabase(db_url_), period);
}

std::vector<metrics::MetricBenchmarks> FigureLoader::trendBenchmarks(
    const std::vector<metrics::Period>& periods) const {
  return load::trendBenchmarks(*store::openDatabase(db_url_), periods);
}

std::vector<ComparedMeasure> FigureLoader::comparison(const metrics::Period& period) const {
  return compareMeasures(*store::openDatabase(db_url_), period);
}

surveys::PeriodSurveys FigureLoader::staffSurveys(const metrics::Period& period, bool published,
                                                 const surveys::SurveyCatalogue* wording) const {
  surveys::ResultsOptions options;
  options.min_group_size = options_.min_group_size;
  options.published = published;
  return surveys::loadPeriodSurveys(*store::openDatabase(db_url_), period.from, period.to, options, wording);
}

}  // namespace hc::load

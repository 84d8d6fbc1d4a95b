#include "national/metric_benchmarks.h"

namespace hc::national {

metrics::MetricBenchmarks toMetricBenchmarks(const Benchmarks& benchmarks) {
  metrics::MetricBenchmarks out;
  for (const auto& [id, b] : benchmarks) out[id] = metrics::MetricBenchmark{b.england, b.region, b.neighbours, b.year};
  return out;
}

metrics::MetricBenchmarks loadMetricBenchmarks(store::Database& db, const metrics::Period& period) {
  return toMetricBenchmarks(loadBenchmarks(db, period));
}

}  // namespace hc::national

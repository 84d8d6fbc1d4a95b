#include "national/metric_benchmarks.h"

namespace hc::national {

metrics::MetricBenchmarks toMetricBenchmarks(const Benchmarks& benchmarks) {
  metrics::MetricBenchmarks out;
  for (const auto& [id, b] : benchmarks) {
    metrics::MetricBenchmark& m = out[id];
    m.england = b.england;
    m.region = b.region;
    m.neighbours = b.neighbours;
    m.year = b.year;
    m.region_name = b.region_name;
    m.neighbours_median = b.neighbours_median;
    m.neighbours_published = b.neighbours_published;
    m.council_published = b.council_published;
    m.rank_in_region = b.rank_in_region;
    m.region_size = b.region_size;
    m.rank_among_neighbours = b.rank_among_neighbours;
    m.neighbours_size = b.neighbours_size;
  }
  return out;
}

metrics::MetricBenchmarks loadMetricBenchmarks(store::Database& db, const metrics::Period& period) {
  return toMetricBenchmarks(loadBenchmarks(db, period));
}

}  // namespace hc::national

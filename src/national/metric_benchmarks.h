// The comparison model (comparison.h) reduced to what `healthcheck metrics
// --format json` writes per metric: England, region, neighbours and year.
//
// Thread-safety: reads the caller's Database on the caller's thread.
#ifndef HC_NATIONAL_METRIC_BENCHMARKS_H_
#define HC_NATIONAL_METRIC_BENCHMARKS_H_

#include "metrics/output.h"
#include "metrics/period.h"
#include "national/comparison.h"
#include "store/database.h"

namespace hc::national {

metrics::MetricBenchmarks toMetricBenchmarks(const Benchmarks& benchmarks);

// loadBenchmarks() for the JSON output; empty when no DfE figures are
// imported (the JSON is then exactly metrics.md's).
metrics::MetricBenchmarks loadMetricBenchmarks(store::Database& db, const metrics::Period& period);

}  // namespace hc::national

#endif  // HC_NATIONAL_METRIC_BENCHMARKS_H_

// The DfE's published comparators as the dashboard and the reports show
// them: per metric for each period of a trend (each period against the
// census year of its own), and every published measure with the council's
// ranking for the comparison page. Per metric for one period is
// national::loadMetricBenchmarks.
//
// Example:
//   std::vector<MetricBenchmarks> b = trendBenchmarks(db, {2025-Q2, 2025-Q3});
//   // b[0]: the DfE's year to 30 September 2024; b[1]: to 30 September 2025.
//
// Thread-safety: uses the caller's Database on the caller's thread; the
// results are plain values.
#ifndef HC_LOAD_BENCHMARK_LOADER_H_
#define HC_LOAD_BENCHMARK_LOADER_H_

#include <optional>
#include <string>
#include <vector>

#include "metrics/benchmark.h"
#include "metrics/period.h"
#include "national/comparison.h"
#include "store/database.h"

namespace hc::load {

// One published measure: its ranking and its summary (England, region,
// neighbours, the council's ranks), or why there is none.
struct ComparedMeasure {
  std::string metric_id;  // "vacancy_rate"
  std::optional<national::Ranking> ranking;
  metrics::MetricBenchmark benchmark;  // with a ranking: its summary
  std::string problem;  // when !ranking: "no imported DfE year ends by ..."
};

// national::loadMetricBenchmarks of each of `periods`, in their order,
// reading each matching DfE year once (8 quarters fall in 2 or 3 census
// years); empty for a period no DfE year matches.
std::vector<metrics::MetricBenchmarks> trendBenchmarks(store::Database& db,
                                                       const std::vector<metrics::Period>& periods);

// One entry per published measure, in metrics.md order (national::
// publishedEquivalents()), for the census year matching `period`.
std::vector<ComparedMeasure> compareMeasures(store::Database& db, const metrics::Period& period);

}  // namespace hc::load

#endif  // HC_LOAD_BENCHMARK_LOADER_H_

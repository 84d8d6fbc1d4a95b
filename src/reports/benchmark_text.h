// The DfE's comparators of a figure (metrics/benchmark.h) in words and as
// chart reference lines, shared by the members' report, the workbook and
// the dashboard so that every output names them the same way:
//
//   comparators():      {"England", 14.2}, {"North East", 8.9},
//                       {"Statistical neighbours' average", 14.0}
//   benchmarkSentence(): "The England rate was 14.2%, the North East rate
//                       was 8.9% and the statistical neighbours' average
//                       was 14.0% (DfE, year to 30 September 2025)."
//
// A figure the DfE does not publish is left out, never shown as zero.
//
// Thread-safety: pure functions.
#ifndef HC_REPORTS_BENCHMARK_TEXT_H_
#define HC_REPORTS_BENCHMARK_TEXT_H_

#include <string>
#include <vector>

#include "metrics/benchmark.h"
#include "metrics/catalogue.h"

namespace hc::reports {

// One comparator of a figure: a name and its published value.
struct Comparator {
  enum class Kind { kEngland, kRegion, kNeighbours };
  Kind kind = Kind::kEngland;
  std::string name;  // "England", "North East", "Statistical neighbours' average"
  double value = 0;
};

// England, the region and the neighbours' mean, in that order, each only
// when published.
std::vector<Comparator> comparators(const metrics::MetricBenchmark& benchmark);

// "DfE, year to 30 September 2025": where the comparators come from.
std::string benchmarkSource(const metrics::MetricBenchmark& benchmark);

// The sentence above; "rate" for percentages and "figure" for other units.
// Empty when nothing is published.
std::string benchmarkSentence(const metrics::MetricInfo& info, const metrics::MetricBenchmark& benchmark);

}  // namespace hc::reports

#endif  // HC_REPORTS_BENCHMARK_TEXT_H_

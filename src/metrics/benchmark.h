// A metric's published comparators as plain values: the DfE's England,
// region and statistical-neighbour figures for the census year matching a
// period, and where the council stands among its region and neighbours.
// src/national/comparison.h computes them from the imported figures; the
// metrics JSON, the members' report, the workbook and the dashboard only
// display them, so they depend on this type and not on the database.
//
// Thread-safety: plain values.
#ifndef HC_METRICS_BENCHMARK_H_
#define HC_METRICS_BENCHMARK_H_

#include <map>
#include <optional>
#include <string>

namespace hc::metrics {

struct MetricBenchmark {
  std::optional<double> england, region, neighbours;
  int year = 0;  // the DfE's census year (time_period): 2025 = year to 30 September 2025
  // Beyond the JSON's four fields (metrics.md), for reports and pages:
  std::string region_name;                   // "North East"; empty when not known
  std::optional<double> neighbours_median;   // median of the neighbours' published values
  int neighbours_published = 0;              // neighbours the mean and median rest on
  std::optional<double> council_published;   // the DfE's own figure for this council
  std::optional<int> rank_in_region, region_size;             // 1 = best, of those with a figure
  std::optional<int> rank_among_neighbours, neighbours_size;  // the council and its neighbours
};
using MetricBenchmarks = std::map<std::string, MetricBenchmark>;  // by metric id

}  // namespace hc::metrics

#endif  // HC_METRICS_BENCHMARK_H_

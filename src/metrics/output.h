// A HealthCheck as JSON (metrics.md "Output"), CSV (one row per scope and
// metric) and a text table for the terminal.
//
// Example:
//   std::cout << toJson(hc);
//   writeCsv(file, hc);
//   writeText(std::cout, hc);
//
// Thread-safety: pure functions of their arguments.
#ifndef HC_METRICS_OUTPUT_H_
#define HC_METRICS_OUTPUT_H_

#include <map>
#include <optional>
#include <ostream>
#include <string>

#include "metrics/benchmark.h"
#include "metrics/health_check.h"

namespace hc::metrics {

// {"period": {"label", "from", "to"}, "scopes": [{"level", "id", "name",
// "score", "rank", "areas": {area: {"status", "score", "measures",
// "metrics": {id: {"value", "status", "previous", "change", "n",
// "suppressed", "signal": {"vs_council", "trend"}}}}}}]}. Numbers are unrounded,
// in the shortest form that reads back exactly; absent values are null; a
// status is "red", "amber", "green" or null.
//
// With benchmarks, a metric whose id has one also gets "benchmark":
// {"england", "region", "neighbours", "year"}: the DfE's published figures
// for the matching year (metrics/benchmark.h; src/national/comparison.h
// loads them). Metrics
// without one, and every metric when the map is empty, are written exactly
// as above.
std::string toJson(const HealthCheck& hc, const MetricBenchmarks& benchmarks = {});
void writeJson(std::ostream& out, const HealthCheck& hc, const MetricBenchmarks& benchmarks = {});

// Header period,level,scope_id,scope_name,area,metric,value,status,
// previous,change,n,suppressed,vs_council,trend,area_status,area_score,
// area_measures,scope_score,scope_rank; one row per scope and metric (the
// area's and scope's figures repeated on each of their rows). Empty cells
// for absent values. RFC 4180 quoting. A text cell that a spreadsheet
// would take for a formula (starting = + - @, tab or carriage return) gets
// a leading apostrophe: "=SUM(A1)" is written '=SUM(A1). Numeric cells are
// never altered, so a negative change stays a number. Lines end in "\n".
void writeCsv(std::ostream& out, const HealthCheck& hc);

// The figures for people: one block per scope (with its score and, for a
// team, its attention rank), one line per area (status, score, "from 4 of
// 7 measures"), one line per metric with its value rounded for display
// ("12.3%"), status, previous value, change, n and any signal ("worse than
// the council", "special cause: concern"). Without data: "No records fall in or before 2031-Q1: nothing to
// report".
void writeText(std::ostream& out, const HealthCheck& hc);

// "council", "service" or "team".
const char* levelName(Level level);

}  // namespace hc::metrics

#endif  // HC_METRICS_OUTPUT_H_

// The DfE's comparators for the dashboard's pages, read from the database
// through the pool: per metric for a period (the team and metric pages'
// reference lines, the members' report's sentences) and the rankings of
// the comparison page. Read on each request, not cached: a few small
// queries of the imported DfE tables, which change only with an import.
//
// Thread-safety: safe from any thread; each call borrows its own
// connection and discards it after a database error (then rethrown).
#ifndef HC_WEB_DASHBOARD_DASHBOARD_BENCHMARKS_H_
#define HC_WEB_DASHBOARD_DASHBOARD_BENCHMARKS_H_

#include <vector>

#include "metrics/benchmark.h"
#include "metrics/period.h"
#include "web/dashboard/dashboard_compare.h"
#include "web/http/database_pool.h"

namespace hc::web::dashboard {

// Empty when no DfE year matches the period (nothing imported).
metrics::MetricBenchmarks loadPeriodBenchmarks(http::DatabasePool& pool, const metrics::Period& period);
// The same for each of `periods` (a trend), on one connection, reading each
// matching DfE year once: 8 quarters fall in 2 or 3 census years.
std::vector<metrics::MetricBenchmarks> loadTrendBenchmarks(http::DatabasePool& pool,
                                                           const std::vector<metrics::Period>& periods);

// One entry per published measure, in metrics.md order.
std::vector<dashboard::ComparedMeasure> loadComparison(http::DatabasePool& pool, const metrics::Period& period);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_BENCHMARKS_H_

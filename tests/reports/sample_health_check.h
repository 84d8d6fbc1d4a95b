// Hand-built health checks for the report tests: a council, two services
// and four teams (three with hostile names), every catalogue metric present
// and empty, then a few figures set by the tests.
#ifndef HC_TESTS_REPORTS_SAMPLE_HEALTH_CHECK_H_
#define HC_TESTS_REPORTS_SAMPLE_HEALTH_CHECK_H_

#include <optional>
#include <string>

#include "metrics/benchmark.h"
#include "metrics/health_check.h"

namespace hc::reports::testing {

inline const char kHostileName[] = "=HYPERLINK(\"http://x\",\"y\")";
inline const char kScriptName[] = "<script>alert('x')</script> & Co";

// Every metric of the catalogue in every area, no values.
metrics::ScopeResult emptyScope(metrics::Level level, std::string id, std::string name, std::string service = "");

// Scopes: council "Northshire <Council>"; services "children", "adults";
// teams T01 (kScriptName, children), T02 (kHostileName, children),
// T03 "+cmd" (adults), T04 "@SUM(A1)" (adults). Period 2025-Q3. The
// figures tests check are set by sampleFigures().
metrics::HealthCheck sampleHealthCheck(const std::string& period = "2025-Q3");

// The figure `metric_id` of scope `scope_id`; fails the test if absent.
metrics::MetricResult& figure(metrics::HealthCheck& hc, const std::string& scope_id, const std::string& metric_id);

void set(metrics::HealthCheck& hc, const std::string& scope_id, const std::string& metric_id,
         std::optional<double> value, std::optional<double> previous, metrics::Status status, int64_t n);

// The DfE's vacancy-rate comparators of tests/national/comparison_test.cpp
// (Darlington, 2025): England 14.2, North East 8.9, neighbours' mean 14.0
// and median 12.0 of 3, the council's own published 10.0, 2nd of 5 in the
// region and 1st of 4 among its neighbours.
metrics::MetricBenchmark sampleBenchmark();

}  // namespace hc::reports::testing

#endif  // HC_TESTS_REPORTS_SAMPLE_HEALTH_CHECK_H_

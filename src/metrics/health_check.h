// The health check: every metric of metrics.md for the council, each
// service and each team over one period, with status, trend and small-number
// protection. Pure computation over a Dataset: no database, no HTTP.
//
// Example:
//   auto period = *hc::metrics::Period::parse("2025-Q3");
//   auto thresholds = hc::metrics::Thresholds::defaults();
//   hc::metrics::HealthCheck hc =
//       hc::metrics::computeHealthCheck(dataset, period, thresholds, {});
//   for (const auto& scope : hc.scopes) ...
//
// Thread-safety: computeHealthCheck(s) only read their arguments;
// concurrent calls are safe. Each call uses a second thread of its own.
#ifndef HC_METRICS_HEALTH_CHECK_H_
#define HC_METRICS_HEALTH_CHECK_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/records.h"
#include "metrics/period.h"
#include "metrics/thresholds.h"

namespace hc::metrics {

enum class Level { kCouncil, kService, kTeam };
enum class Status { kNone, kRed, kAmber, kGreen };  // kNone: no value, no status

struct MetricResult {
  std::string id;                  // "vacancy_rate"
  std::optional<double> value;     // unrounded; nullopt = null (or suppressed)
  int64_t n = 0;                   // people, cases, visits or responses it rests on
  Status status = Status::kNone;
  std::optional<double> previous;  // same metric, previous period
  int64_t previous_n = 0;          // the n of the previous period's figure
  std::optional<double> change;    // value - previous, when both exist
  bool suppressed = false;         // hidden by the small-numbers rule
};

struct AreaResult {
  std::string id;                  // "workload", "allocation", "tools", "wellbeing", "delivery"
  Status status = Status::kNone;   // worst status among metrics with a value
  std::vector<MetricResult> metrics;  // in metrics.md order
};

struct ScopeResult {
  Level level = Level::kCouncil;
  std::string id;    // "council", "children", or a team_id
  std::string name;  // "Children's services", a team's name
  std::string service;   // for teams: their service id; empty otherwise
  std::string locality;  // for teams
  std::vector<AreaResult> areas;  // in metrics.md order
};

struct HealthCheckOptions {
  double caseload_limit = 20;  // caseload_over_limit's limit, cases per FTE
  int min_group_size = 5;      // survey and people-based suppression
  bool published = false;      // apply the small-numbers rule (elected members, public)
  std::string council_name = "Council";
};

struct HealthCheck {
  Period period;
  bool has_data = false;  // false: no record falls in or before the period
  std::vector<ScopeResult> scopes;  // council, then services, then teams
};

HealthCheck computeHealthCheck(const Dataset& data, const Period& period, const Thresholds& thresholds,
                               const HealthCheckOptions& options);

// The health checks of consecutive periods, oldest first (each the
// previous() of the next; std::invalid_argument otherwise), as
// computeHealthCheck would give them one by one, but each period computed
// once and every string resolved once: a trend of 8 quarters costs about
// what 5 single health checks would. `data` must hold the records of the
// whole run and of the period before its first.
//
// Example:
//   auto q2 = *Period::parse("2025-Q2"), q3 = *Period::parse("2025-Q3");
//   std::vector<HealthCheck> trend = computeHealthChecks(dataset, {q2, q3}, thresholds, {});
std::vector<HealthCheck> computeHealthChecks(const Dataset& data, const std::vector<Period>& periods,
                                             const Thresholds& thresholds, const HealthCheckOptions& options);

// "red", "amber", "green", or "" for kNone.
const char* statusName(Status s);

}  // namespace hc::metrics

#endif  // HC_METRICS_HEALTH_CHECK_H_

// The health check: every metric of metrics.md for the council, each
// service and each team over one period, with status, trend, signals, area
// scores, the teams' order of attention and small-number protection. Pure
// computation over a Dataset: no database, no HTTP.
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

// metrics.md "Signals". Against the council: the team's or service's value
// lies beyond the 99.8% funnel limit on the worse or the better side, or
// within the limits (kNone).
enum class Comparison { kNone, kWorse, kBetter };
// Over time: a special cause pointing the worse way (kConcern), the better
// way (kImprovement), or none.
enum class Trend { kNone, kConcern, kImprovement };

// A metric's two signals; nullopt is the JSON's null (no test possible: see
// metrics.md, and always null for a suppressed figure).
struct Signal {
  std::optional<Comparison> vs_council;
  std::optional<Trend> trend;
};

struct MetricResult {
  std::string id;                  // "vacancy_rate"
  std::optional<double> value;     // unrounded; nullopt = null (or suppressed)
  int64_t n = 0;                   // people, cases, visits or responses it rests on
  Status status = Status::kNone;
  std::optional<double> previous;  // same metric, previous period
  int64_t previous_n = 0;          // the n of the previous period's figure
  std::optional<double> change;    // value - previous, when both exist
  bool suppressed = false;         // hidden by the small-numbers rule
  Signal signal;                   // against the council and over time
  // Never output: what the value is a share of where not n (Figure::base),
  // for the small-numbers rule; cleared where the figure is hidden.
  std::optional<double> base;
  std::optional<double> previous_base;
};

struct AreaResult {
  std::string id;                  // "workload", "allocation", "tools", "wellbeing", "delivery"
  // metrics.md "Area scores": the mean of the points (green 100, amber 50,
  // red 0) of the metrics shown with a status; status green at 75 or more,
  // amber at 50 or more, red below. No such metric: no score, kNone.
  std::optional<double> score;
  Status status = Status::kNone;
  int measures = 0;       // metrics the score rests on ("based on 4 of 7 measures")
  int red_measures = 0;   // of those, how many are red
  int worse_signals = 0;  // metrics shown whose signal.vs_council is kWorse
  int concern_signals = 0;  // metrics shown whose signal.trend is kConcern
  // Metrics whose figure this view does not show (small numbers): the
  // rating rests on the others ("2 measures not published: small numbers").
  int withheld = 0;
  std::vector<MetricResult> metrics;  // in metrics.md order
};

struct ScopeResult {
  Level level = Level::kCouncil;
  std::string id;    // "council", "children", or a team_id
  std::string name;  // "Children's services", a team's name
  std::string service;   // for teams: their service id; empty otherwise
  std::string locality;  // for teams
  std::vector<AreaResult> areas;  // in metrics.md order
  std::optional<double> score;    // mean of the area scores; none without any
  // Teams only: attention order, 1 = most in need (lowest score, then more
  // "worse than the council" signals, then team_id). nullopt for the
  // council, services and a team without a score.
  std::optional<int> rank;
  // Teams: the score the rank rests on. The order of attention is one for
  // every viewer, made from the published figures (a withheld figure
  // counts neither for nor against a team, and no rank can tell what
  // suppression hides), so a director's or a manager's `score` may differ
  // from it. Equal to `score` in a published view.
  std::optional<double> ranked_score;
  int worse_signals = 0;  // sum of the areas' worse_signals
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
  // The last day the records cover (store::lastRecordDate), for "records
  // up to 30 September 2025" where a page names the period. Set by the
  // load layer (load/trend_loader.h); the engine alone leaves it nullopt.
  std::optional<Date> records_up_to;
};

// The periods a metric's trend signal looks at: metrics.md's "up to 12
// periods of the same kind ending with the period".
inline constexpr int kTrendPeriods = 12;

// One period's health check: computeHealthChecks(data, {period}, ...)[0].
HealthCheck computeHealthCheck(const Dataset& data, const Period& period, const Thresholds& thresholds,
                               const HealthCheckOptions& options);

// The kTrendPeriods periods of `last`'s kind ending with it, oldest first:
// trendRun(2025-Q3) = 2022-Q4 .. 2025-Q3.
std::vector<Period> trendRun(const Period& last);

// Fills in every score that rests on what the health check shows: each
// metric with a value that is not suppressed keeps its status and signal
// (a suppressed metric's status and signal are cleared), each area's
// score, status, measures, red_measures and signal counts, each scope's
// score and worse_signals, and the teams' rank among the teams present.
// Call it after hiding figures for a viewer (published view, a manager's
// mixed view) so that no rating, count or order rests on a hidden figure;
// computeHealthCheck(s) call it themselves.
//
// Example: an area whose metrics shown are green, amber, red and one
// without a status scores (100 + 50 + 0) / 3 = 50: amber, measures 3.
// computeHealthCheck(s) with published false then put the published
// figures' ranks back (see ScopeResult::ranked_score); so does
// figuresShownTo.
void scoreHealthCheck(HealthCheck& hc);

// The health checks of consecutive periods, oldest first (each the
// previous() of the next; std::invalid_argument otherwise), as
// computeHealthCheck would give them one by one, but each period computed
// once and every string resolved once: a trend of 8 quarters costs about
// what 5 single health checks would. Each runs scoreHealthCheck.
//
// `data` must hold the records of the whole run and of the period before
// its first. The trend signals look back over the kTrendPeriods periods
// ending with each period, as far as `data` covers them: periods that
// begin a month or more before its first record of activity
// (firstActivityDate, metrics/coverage.h) count as having no values and
// cost nothing. So for the full signals of one period, load the records
// from trendRun(period).front().from; with less, fewer values back the
// signal (and below 8 it is null).
//
// Example:
std::vector<HealthCheck> computeHealthChecks(const Dataset& data, const std::vector<Period>& periods,
                                             const Thresholds& thresholds, const HealthCheckOptions& options);

// "red", "amber", "green", or "" for kNone.
const char* statusName(Status s);
// "worse", "better", "none".
const char* comparisonName(Comparison c);
// "concern", "improvement", "none".
const char* trendName(Trend t);

}  // namespace hc::metrics

#endif  // HC_METRICS_HEALTH_CHECK_H_

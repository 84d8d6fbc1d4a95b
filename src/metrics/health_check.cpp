// computeHealthCheck(s): the periods' figures, then suppression, status,
// trend, signals and the scope results, then the scores.
#include "metrics/health_check.h"

#include <algorithm>
#include <stdexcept>

#include "metrics/internal/context.h"
#include "metrics/internal/published_order.h"
#include "metrics/internal/suppression.h"
#include "metrics/period_figures.h"
#include "metrics/signals.h"
#include "metrics/status.h"

namespace hc::metrics {
namespace {

// One period's figures with their suppression, as published or not.
struct ShownFigures {
  const FigureTable* figures = nullptr;  // null: not computed
  std::vector<bool> hidden;
  bool covered = false;

  // The figure as shown: nullopt where there is none or it is hidden.
  std::optional<double> shown(int scope, Metric m) const {
    if (!figures || hidden[size_t(scope) * kMetricCount + size_t(m)]) return std::nullopt;
    return figures->at(scope, m).value;
  }
};

// A run of consecutive periods, oldest first, as shown.
struct Run {
  const std::vector<PeriodFigures>& periods;
  std::vector<ShownFigures> shown;
};

// The scope's values of metric m over the kTrendPeriods periods of the run
// ending with period k, oldest first; uncovered periods count as no value.
std::vector<std::optional<double>> history(const Run& run, size_t k, int scope, Metric m) {
  const size_t first = k + 1 >= size_t(kTrendPeriods) ? k + 1 - size_t(kTrendPeriods) : 0;
  std::vector<std::optional<double>> values;
  values.reserve(k + 1 - first);
  for (size_t j = first; j <= k; ++j)
    values.push_back(run.shown[j].covered || j == k ? run.shown[j].shown(scope, m) : std::nullopt);
  return values;
}

// Period k of the run as a HealthCheck; k >= 1 (its previous period is k - 1).
HealthCheck assemble(const internal::ScopeLayout& layout, const Run& run, size_t k, const Thresholds& thresholds) {
  // Each area's number of metrics, so that its results are allocated once:
  // 160,000 of them for a national council.
  int metricsIn[kAreaCount] = {};
  for (const MetricInfo& m : catalogue()) ++metricsIn[int(m.area)];
  const ShownFigures* now = run.shown[k].figures ? &run.shown[k] : nullptr;
  const ShownFigures* then = run.shown[k - 1].figures ? &run.shown[k - 1] : nullptr;
  HealthCheck result;
  result.period = run.periods[k].period;
  result.has_data = run.periods[k].has_data;

  result.scopes.reserve(size_t(layout.scopeCount()));
  for (int sc = 0; sc < layout.scopeCount(); ++sc) {
    const internal::ScopeDef& def = layout.scope(sc);
    ScopeResult scope;
    scope.level = def.level;
    scope.id = def.id;
    scope.name = def.name;
    if (def.team) {
      scope.service = std::string(name(def.team->service));
      scope.locality = def.team->locality;
    }
    scope.areas.reserve(areas().size());
    for (const AreaInfo& area : areas()) {
      AreaResult a;
      a.id = std::string(area.id);
      a.metrics.reserve(size_t(metricsIn[int(area.area)]));
      for (const MetricInfo& m : catalogue()) {
        if (m.area != area.area) continue;
        MetricResult r;
        r.id = std::string(m.id);
        if (now) {
          r.n = now->figures->at(sc, m.metric).n;
          r.suppressed = now->hidden[size_t(sc) * kMetricCount + size_t(m.metric)];
          r.value = now->shown(sc, m.metric);
          if (!r.suppressed) r.base = now->figures->at(sc, m.metric).base;
        }
        // A hidden figure's trend would give it away: no previous either.
        if (!r.suppressed && then) r.previous = then->shown(sc, m.metric);
        if (r.previous) r.previous_base = then->figures->at(sc, m.metric).base;
        if (then) r.previous_n = then->figures->at(sc, m.metric).n;
        if (r.value && r.previous) r.change = *r.value - *r.previous;
        if (r.value) {
          r.status = rate(m.metric, *r.value, thresholds);
          if (def.level != Level::kCouncil && hasFunnel(m.metric))
            r.signal.vs_council = compareWithCouncil(r.value, r.n, now->shown(0, m.metric), m.better);
          if (const auto chart = processChart(history(run, k, sc, m.metric), m.better, valueRange(m.metric)))
            r.signal.trend = chart->trend;
        }
        a.metrics.push_back(std::move(r));
      }
      scope.areas.push_back(std::move(a));
    }
    result.scopes.push_back(std::move(scope));
  }
  scoreHealthCheck(result);
  return result;
}

}  // namespace

std::vector<Period> trendRun(const Period& last) {
  std::vector<Period> run{last};
  while (int(run.size()) < kTrendPeriods) run.push_back(run.back().previous());
  std::reverse(run.begin(), run.end());
  return run;
}

HealthCheck computeHealthCheck(const Dataset& data, const Period& period, const Thresholds& thresholds,
                               const HealthCheckOptions& options) {
  return std::move(computeHealthChecks(data, {period}, thresholds, options).front());
}

std::vector<HealthCheck> computeHealthChecks(const Dataset& data, const std::vector<Period>& periods,
                                             const Thresholds& thresholds, const HealthCheckOptions& options) {
  if (periods.empty()) return {};
  for (size_t k = 1; k < periods.size(); ++k)
    if (periods[k].previous().label != periods[k - 1].label)
      throw std::invalid_argument("computeHealthChecks: " + periods[k - 1].label + " is not the period before " +
                                  periods[k].label);
  // Every period and the kTrendPeriods - 1 before the first (its previous
  // value, its trend's look-back), each once, over one index: strings are
  // resolved once for all of them.
  std::vector<Period> all = trendRun(periods.front());
  all.insert(all.end(), periods.begin() + 1, periods.end());
  const size_t first_assembled = size_t(kTrendPeriods) - 1;
  const std::vector<PeriodFigures> figures = computePeriodFigures(data, all, first_assembled - 1, options);
  return assembleHealthChecks(data.teams, figures, first_assembled, figures.size(), thresholds, options);
}

std::vector<HealthCheck> assembleHealthChecks(const std::vector<Team>& teams, const std::vector<PeriodFigures>& run,
                                              size_t first_assembled, size_t end_assembled,
                                              const Thresholds& thresholds, const HealthCheckOptions& options) {
  if (first_assembled < 1 || first_assembled > end_assembled || end_assembled > run.size())
    throw std::invalid_argument("assembleHealthChecks: periods to assemble outside the run, or without one before");
  for (size_t k = 1; k < run.size(); ++k)
    if (run[k].period.previous().label != run[k - 1].period.label)
      throw std::invalid_argument("assembleHealthChecks: " + run[k - 1].period.label + " is not the period before " +
                                  run[k].period.label);
  const internal::ScopeLayout layout(teams, options.council_name);
  Run shown{run, {}};
  shown.shown.resize(run.size());
  // Only the look-back of the periods assembled is read.
  const size_t first_read =
      first_assembled + 1 >= size_t(kTrendPeriods) ? first_assembled + 1 - size_t(kTrendPeriods) : 0;
  for (size_t k = first_read; k < end_assembled; ++k) {
    ShownFigures& s = shown.shown[k];
    s.covered = run[k].covered;
    if (!run[k].table) {
      if (k + 1 >= first_assembled)
        throw std::invalid_argument("assembleHealthChecks: " + run[k].period.label + " has no figures");
      continue;
    }
    if (run[k].table->scopeCount() != layout.scopeCount())
      throw std::invalid_argument("assembleHealthChecks: the figures of " + run[k].period.label +
                                  " are for other teams");
    s.figures = &*run[k].table;
    s.hidden = internal::suppressedFigures(layout, *s.figures, options);
  }
  std::vector<HealthCheck> out;
  out.reserve(end_assembled - first_assembled);
  HealthCheckOptions as_published = options;
  as_published.published = true;
  for (size_t k = first_assembled; k < end_assembled; ++k) {
    out.push_back(assemble(layout, shown, k, thresholds));
    // One order of attention for every viewer: the published figures'.
    if (!options.published && shown.shown[k].figures)
      internal::rankAsPublished(out.back(), internal::suppressedFigures(layout, *shown.shown[k].figures, as_published));
  }
  return out;
}

}  // namespace hc::metrics

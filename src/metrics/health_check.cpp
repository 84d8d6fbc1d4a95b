// computeHealthCheck(s): the periods' figures, then suppression, status,
// trend, signals and the scope results, then the scores.
#include "metrics/health_check.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <stdexcept>

#include "metrics/coverage.h"
#include "metrics/internal/context.h"
#include "metrics/internal/suppression.h"
#include "metrics/signals.h"
#include "metrics/status.h"

namespace hc::metrics {
namespace {

using internal::Figure;
using internal::FigureTable;

// One period's figures with their suppression, as published or not.
struct PeriodFigures {
  FigureTable figures;
  std::vector<bool> hidden;

  // The figure as shown: nullopt where there is none or it is hidden.
  std::optional<double> shown(int scope, Metric m) const {
    if (hidden[size_t(scope) * kMetricCount + size_t(m)]) return std::nullopt;
    return figures.at(scope, m).value;
  }
};

// A run of consecutive periods, oldest first, with the figures of those
// that are computed (nullopt for periods the data does not cover, which a
// trend skips).
struct Run {
  std::vector<Period> periods;
  std::vector<std::optional<PeriodFigures>> figures;
};

// The scope's values of metric m over the kTrendPeriods periods of the run
// ending with period k, oldest first.
std::vector<std::optional<double>> history(const Run& run, size_t k, int scope, Metric m) {
  const size_t first = k + 1 >= size_t(kTrendPeriods) ? k + 1 - size_t(kTrendPeriods) : 0;
  std::vector<std::optional<double>> values;
  values.reserve(k + 1 - first);
  for (size_t j = first; j <= k; ++j)
    values.push_back(run.figures[j] ? run.figures[j]->shown(scope, m) : std::nullopt);
  return values;
}

// Period k of the run as a HealthCheck; k >= 1 (its previous period is k - 1).
HealthCheck assemble(const internal::DataIndex& index, const Run& run, size_t k, const Thresholds& thresholds) {
  const PeriodFigures* now = run.figures[k] ? &*run.figures[k] : nullptr;
  const PeriodFigures* then = run.figures[k - 1] ? &*run.figures[k - 1] : nullptr;
  HealthCheck result;
  result.period = run.periods[k];
  result.has_data = internal::hasDataOnOrBefore(index.data, result.period.to);

  const internal::ScopeLayout& layout = index.layout;
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
    for (const AreaInfo& area : areas()) {
      AreaResult a;
      a.id = std::string(area.id);
      for (const MetricInfo& m : catalogue()) {
        if (m.area != area.area) continue;
        MetricResult r;
        r.id = std::string(m.id);
        if (now) {
          r.n = now->figures.at(sc, m.metric).n;
          r.suppressed = now->hidden[size_t(sc) * kMetricCount + size_t(m.metric)];
          r.value = now->shown(sc, m.metric);
        }
        // A hidden figure's trend would give it away: no previous either.
        if (!r.suppressed && then) r.previous = then->shown(sc, m.metric);
        if (r.value && r.previous) r.change = *r.value - *r.previous;
        if (r.value) {
          r.status = rate(m.metric, *r.value, thresholds);
          if (def.level != Level::kCouncil && hasFunnel(m.metric))
            r.signal.vs_council = compareWithCouncil(r.value, r.n, now->shown(0, m.metric), m.better);
          if (const auto chart = processChart(history(run, k, sc, m.metric), m.better)) r.signal.trend = chart->trend;
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

// The health checks of run periods `first_assembled` (>= 1) onwards; the
// earlier ones are history (the previous period, the trend's look-back).
std::vector<HealthCheck> computeRun(const Dataset& data, std::vector<Period> periods, size_t first_assembled,
                                    const Thresholds& thresholds, const HealthCheckOptions& options) {
  Run run;
  run.periods = std::move(periods);
  run.figures.resize(run.periods.size());
  const internal::DataIndex index(data, options.council_name, run.periods.front().from, run.periods.back().to);

  // A period is computed when assembled, when it is the previous of one,
  // or when the data covers it (a trend skips the others).
  const std::optional<Date> first_activity = firstActivityDate(data);
  std::vector<size_t> wanted;
  for (size_t k = 0; k < run.periods.size(); ++k) {
    const bool covered = first_activity && *first_activity < run.periods[k].from.plusMonths(1);
    if (covered || k + 1 >= first_assembled) wanted.push_back(k);
  }

  // The periods are independent: two workers take them in turn.
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t w; (w = next.fetch_add(1)) < wanted.size();) {
      const Period& period = run.periods[wanted[w]];
      FigureTable f = internal::computeFigures(index, period, options);
      std::vector<bool> hidden = internal::suppressedFigures(index.layout, f, options);
      run.figures[wanted[w]].emplace(PeriodFigures{std::move(f), std::move(hidden)});
    }
  };
  std::future<void> helper = std::async(std::launch::async, work);
  work();
  helper.get();

  std::vector<HealthCheck> out;
  out.reserve(run.periods.size() - first_assembled);
  for (size_t k = first_assembled; k < run.periods.size(); ++k) out.push_back(assemble(index, run, k, thresholds));
  return out;
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
  std::vector<Period> run = trendRun(period);
  const size_t last = run.size() - 1;
  return std::move(computeRun(data, std::move(run), last, thresholds, options).front());
}

std::vector<HealthCheck> computeHealthChecks(const Dataset& data, const std::vector<Period>& periods,
                                             const Thresholds& thresholds, const HealthCheckOptions& options) {
  if (periods.empty()) return {};
  for (size_t k = 1; k < periods.size(); ++k)
    if (periods[k].previous().label != periods[k - 1].label)
      throw std::invalid_argument("computeHealthChecks: " + periods[k - 1].label + " is not the period before " +
                                  periods[k].label);
  // Every period and the one before the first (for its previous value),
  // each once, over one index: strings are resolved once for all of them.
  std::vector<Period> all{periods.front().previous()};
  all.insert(all.end(), periods.begin(), periods.end());
  return computeRun(data, std::move(all), 1, thresholds, options);
}

}  // namespace hc::metrics

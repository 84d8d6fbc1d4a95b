// computeHealthCheck(s): the periods' figures, then suppression, status,
// trend and the scope results.
#include "metrics/health_check.h"

#include <atomic>
#include <future>
#include <stdexcept>

#include "metrics/internal/context.h"
#include "metrics/internal/suppression.h"
#include "metrics/status.h"

namespace hc::metrics {
namespace {

using internal::Figure;
using internal::FigureTable;

// A figure as published: nullopt where there is none or it is hidden.
std::optional<double> shown(const FigureTable& figures, const std::vector<bool>& hidden, int scope, Metric m) {
  if (hidden[size_t(scope) * kMetricCount + size_t(m)]) return std::nullopt;
  return figures.at(scope, m).value;
}

// One period's figures with their suppression, as published or not.
struct PeriodFigures {
  FigureTable figures;
  std::vector<bool> hidden;
};

HealthCheck assemble(const internal::DataIndex& index, const Period& period, const PeriodFigures& now_p,
                     const PeriodFigures& then_p, const Thresholds& thresholds) {
  const FigureTable& now = now_p.figures;
  const FigureTable& then = then_p.figures;
  const std::vector<bool>& hidden_now = now_p.hidden;
  const std::vector<bool>& hidden_then = then_p.hidden;
  HealthCheck result;
  result.period = period;
  result.has_data = internal::hasDataOnOrBefore(index.data, period.to);

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
        r.n = now.at(sc, m.metric).n;
        r.suppressed = hidden_now[size_t(sc) * kMetricCount + size_t(m.metric)];
        r.value = shown(now, hidden_now, sc, m.metric);
        // A hidden figure's trend would give it away: no previous either.
        if (!r.suppressed) r.previous = shown(then, hidden_then, sc, m.metric);
        r.previous_n = then.at(sc, m.metric).n;
        if (r.value && r.previous) r.change = *r.value - *r.previous;
        if (r.value) r.status = rate(m.metric, *r.value, thresholds);
        a.status = worse(a.status, r.status);
        a.metrics.push_back(std::move(r));
      }
      scope.areas.push_back(std::move(a));
    }
    result.scopes.push_back(std::move(scope));
  }
  return result;
}

}  // namespace

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
  // Every period and the one before the first (for its trend), each once,
  // over one index: strings are resolved once for all of them.
  std::vector<Period> all{periods.front().previous()};
  all.insert(all.end(), periods.begin(), periods.end());
  const internal::DataIndex index(data, options.council_name, all.front().from, all.back().to);

  // The periods are independent: two workers take them in turn.
  std::vector<std::optional<PeriodFigures>> figures(all.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < all.size();) {
      FigureTable f = internal::computeFigures(index, all[k], options);
      std::vector<bool> hidden = internal::suppressedFigures(index.layout, f, options);
      figures[k].emplace(PeriodFigures{std::move(f), std::move(hidden)});
    }
  };
  std::future<void> helper = std::async(std::launch::async, work);
  work();
  helper.get();

  std::vector<HealthCheck> out;
  out.reserve(periods.size());
  for (size_t k = 1; k < all.size(); ++k) out.push_back(assemble(index, all[k], *figures[k], *figures[k - 1], thresholds));
  return out;
}

}  // namespace hc::metrics

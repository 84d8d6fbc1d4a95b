// computeHealthCheck: both periods' figures, then suppression, status,
// trend and the scope results.
#include "metrics/health_check.h"

#include <future>

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

}  // namespace

HealthCheck computeHealthCheck(const Dataset& data, const Period& period, const Thresholds& thresholds,
                               const HealthCheckOptions& options) {
  HealthCheck result;
  result.period = period;
  result.has_data = internal::hasDataOnOrBefore(data, period.to);

  // One index for both periods: strings are resolved once.
  const Period before = period.previous();
  const internal::DataIndex index(data, options.council_name, before.from, period.to);
  // The two periods are independent: the previous one on a second core.
  std::future<FigureTable> then_pending =
      std::async(std::launch::async, [&] { return internal::computeFigures(index, before, options); });
  const FigureTable now = internal::computeFigures(index, period, options);
  const FigureTable then = then_pending.get();
  const std::vector<bool> hidden_now = internal::suppressedFigures(index.layout, now, options);
  const std::vector<bool> hidden_then = internal::suppressedFigures(index.layout, then, options);

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

}  // namespace hc::metrics

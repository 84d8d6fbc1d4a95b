#include "disclosure_checker.h"

#include <cmath>
#include <map>

namespace hc::metrics::testing {

std::vector<Recovered> recoverHidden(const std::vector<SeenFigure>& figures) {
  const size_t count = figures.size();
  // Known totals (value x n); an absent figure (n = 0 or no value, not
  // hidden) is a known 0.
  std::vector<std::optional<double>> known(count);
  for (size_t i = 0; i < count; ++i) {
    const SeenFigure& f = figures[i];
    if (!f.hidden) known[i] = f.value && f.n > 0 ? *f.value * double(f.n) : 0.0;
  }
  std::map<int, std::vector<size_t>> sums;  // parent -> children
  for (size_t i = 0; i < count; ++i)
    if (figures[i].parent >= 0) sums[figures[i].parent].push_back(i);
  const double tol = 1e-6;
  for (bool learned = true; learned;) {
    learned = false;
    for (const auto& [top, parts] : sums) {
      std::vector<size_t> unknown;
      double known_parts = 0, unknown_n = 0;
      for (size_t c : parts) {
        if (known[c]) known_parts += *known[c];
        else unknown.push_back(c), unknown_n += double(figures[c].n);
      }
      const bool top_known = known[size_t(top)].has_value();
      if (!top_known && unknown.empty()) {  // a hidden service, all its teams shown
        known[size_t(top)] = known_parts;
        learned = true;
      } else if (top_known && unknown.size() == 1) {  // one hidden team
        known[unknown[0]] = *known[size_t(top)] - known_parts;
        learned = true;
      } else if (top_known && unknown.size() > 1) {
        const double rest = *known[size_t(top)] - known_parts;
        const bool none = rest <= tol * (1 + unknown_n), all = rest >= 100 * unknown_n - tol * (1 + unknown_n);
        if (none || all) {
          for (size_t c : unknown) known[c] = all ? 100 * double(figures[c].n) : 0.0;
          learned = true;
        }
      }
    }
  }
  std::vector<Recovered> out;
  for (size_t i = 0; i < count; ++i)
    if (figures[i].hidden && known[i] && figures[i].n > 0)
      out.push_back({figures[i].scope, *known[i] / double(figures[i].n)});
  return out;
}

std::vector<SeenFigure> seenFigures(const HealthCheck& shown, const std::string& metric) {
  std::map<std::string, int> services;
  std::vector<SeenFigure> out;
  for (const ScopeResult& scope : shown.scopes) {
    SeenFigure f;
    f.scope = scope.id;
    if (scope.level == Level::kService) {
      f.parent = 0;
      services[scope.id] = int(out.size());
    }
    if (scope.level == Level::kTeam) f.parent = services.at(scope.service);
    for (const AreaResult& area : scope.areas)
      for (const MetricResult& m : area.metrics) {
        if (m.id != metric) continue;
        f.value = m.value;
        f.n = m.n;
        f.hidden = m.suppressed;
      }
    out.push_back(f);
  }
  return out;
}

}  // namespace hc::metrics::testing

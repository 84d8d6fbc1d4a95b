#include "disclosure_checker.h"

#include <cmath>
#include <map>

namespace hc::metrics::testing {
namespace {

using Known = std::vector<std::optional<double>>;

constexpr double kTol = 1e-6;

bool near(double a, double b, double scale) { return std::fabs(a - b) <= kTol * (1 + std::fabs(scale)); }

// One sum top = sum(parts) of totals or bases: learns the one unknown.
bool subtract(Known& k, int top, const std::vector<size_t>& parts) {
  double sum = 0;
  std::vector<size_t> unknown;
  for (size_t c : parts) {
    if (k[c]) sum += *k[c];
    else unknown.push_back(c);
  }
  if (!k[size_t(top)] && unknown.empty()) return k[size_t(top)] = sum, true;
  if (k[size_t(top)] && unknown.size() == 1) return k[unknown[0]] = *k[size_t(top)] - sum, true;
  return false;
}

}  // namespace

std::vector<Recovered> recoverHidden(const std::vector<SeenFigure>& figures) {
  const size_t count = figures.size();
  // Known totals (value x base) and bases; an absent figure (n = 0 or no
  // value, not hidden) is a known 0 of a known base.
  Known total(count), base(count), share(count);
  for (size_t i = 0; i < count; ++i) {
    const SeenFigure& f = figures[i];
    if (f.share_of_n) base[i] = double(f.n);
    if (f.hidden) continue;
    if (!f.share_of_n) base[i] = f.base.value_or(0.0);
    total[i] = f.value && f.n > 0 ? *f.value * *base[i] : 0.0;
  }
  // Every sum: each scope over its parts, and the top over every figure
  // two levels below it (the council over all the teams).
  std::map<int, std::vector<size_t>> sums;
  for (size_t i = 0; i < count; ++i)
    if (figures[i].parent >= 0) sums[figures[i].parent].push_back(i);
  std::map<int, std::vector<size_t>> deep;
  for (size_t i = 0; i < count; ++i) {
    const int p = figures[i].parent;
    if (p >= 0 && figures[size_t(p)].parent >= 0) deep[figures[size_t(p)].parent].push_back(i);
  }
  for (auto& [top, parts] : deep) sums.emplace(-2 - top, parts);  // keyed apart; top recovered below
  auto topOf = [](int key) { return key <= -2 ? -2 - key : key; };
  for (bool learned = true; learned;) {
    learned = false;
    for (const auto& [key, parts] : sums) {
      const int top = topOf(key);
      learned |= subtract(total, top, parts);
      learned |= subtract(base, top, parts);
      if (!total[size_t(top)]) continue;
      double rest = *total[size_t(top)], rest_base = base[size_t(top)].value_or(NAN);
      std::vector<size_t> unknown;
      bool anything_new = false;
      for (size_t c : parts) {
        if (total[c]) rest -= *total[c], rest_base -= base[c].value_or(NAN);
        else unknown.push_back(c), anything_new |= !share[c];
      }
      if (!anything_new) continue;
      const double scale = std::isnan(rest_base) ? std::fabs(rest) : 100 * std::fabs(rest_base);
      const bool none = near(rest, 0, scale);
      const bool all = !std::isnan(rest_base) && near(rest, 100 * rest_base, scale);
      if (!none && !all) continue;
      for (size_t c : unknown) {
        share[c] = none ? 0.0 : 100.0;
        if (none) total[c] = 0.0;
        else if (base[c]) total[c] = 100 * *base[c];
      }
      learned = true;
    }
  }
  std::vector<Recovered> out;
  for (size_t i = 0; i < count; ++i) {
    if (!figures[i].hidden || figures[i].n <= 0) continue;
    if (share[i]) out.push_back({figures[i].scope, *share[i]});
    else if (total[i] && base[i] && *base[i] > 0) out.push_back({figures[i].scope, *total[i] / *base[i]});
    else if (total[i] && near(*total[i], 0, 0)) out.push_back({figures[i].scope, 0});
  }
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
    // Sickness is a share of FTE x working days, stress of the FTE-days
    // lost: neither a count the viewer sees.
    f.share_of_n = metric != "sickness_rate" && metric != "stress_share";
    for (const AreaResult& area : scope.areas)
      for (const MetricResult& m : area.metrics) {
        if (m.id != metric) continue;
        f.value = m.value;
        f.n = m.n;
        f.hidden = m.suppressed;
        f.base = m.base;
      }
    out.push_back(f);
  }
  return out;
}

}  // namespace hc::metrics::testing

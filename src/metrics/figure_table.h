// FigureTable: one period's raw figures, every metric of every scope,
// before status, trend and suppression: what the engine computes from the
// records and what a database keeps of them (store/stored_figures.h), so
// that a trend's earlier periods are read back rather than computed again.
// Scopes are numbered as the engine lays them out: the council, the
// services, then the teams in team_id order (metrics/internal/scopes.h).
//
// Thread-safety: a plain value.
#ifndef HC_METRICS_FIGURE_TABLE_H_
#define HC_METRICS_FIGURE_TABLE_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "metrics/catalogue.h"

namespace hc::metrics {

// One metric's raw figure for one scope.
struct Figure {
  std::optional<double> value;
  int64_t n = 0;
  // What the value is a share of, where that is not its n people: the
  // FTE x working days behind sickness_rate, the FTE-days lost behind
  // stress_share. value x base adds up from teams to the council, which
  // is what the small-numbers rule reasons with (internal/suppression.h).
  std::optional<double> base;

  bool operator==(const Figure& o) const { return value == o.value && n == o.n && base == o.base; }
  // value x baseOf() is the total that sums: a share of people sums over n.
  double baseOf() const { return base ? *base : double(n); }
};

class FigureTable {
 public:
  explicit FigureTable(int scopes) : scopes_(scopes), figures_(size_t(scopes) * kMetricCount) {}
  int scopeCount() const { return scopes_; }
  Figure& at(int scope, Metric m) { return figures_[size_t(scope) * kMetricCount + size_t(m)]; }
  const Figure& at(int scope, Metric m) const { return figures_[size_t(scope) * kMetricCount + size_t(m)]; }

  void set(int scope, Metric m, std::optional<double> value, int64_t n) { at(scope, m) = {value, n, std::nullopt}; }
  // numerator / denominator x scale, null where the denominator is zero
  // (metrics.md: "a ratio whose denominator is zero ... is null").
  void setRatio(int scope, Metric m, double numerator, double denominator, double scale, int64_t n) {
    // Scaled before the division: 1 of 10 is 10% exactly, where
    // 1 / 10 * 100 is 10.000000000000002.
    at(scope, m) = {denominator != 0 ? std::optional<double>(numerator * scale / denominator) : std::nullopt, n,
                    std::nullopt};
  }
  // The same for a share of something other than its n people: `base` is
  // kept (Figure::base).
  void setShare(int scope, Metric m, double numerator, double base, double scale, int64_t n) {
    setRatio(scope, m, numerator, base, scale, n);
    at(scope, m).base = base;
  }

  bool operator==(const FigureTable& o) const { return scopes_ == o.scopes_ && figures_ == o.figures_; }

 private:
  int scopes_;
  std::vector<Figure> figures_;
};

}  // namespace hc::metrics

#endif  // HC_METRICS_FIGURE_TABLE_H_

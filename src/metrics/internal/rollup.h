// Rolling figures up from teams to services and the council. A level's
// figure is computed from its members' records, so what rolls up is never
// a team's figure but its raw ingredients: sums and counts (ScopeSums), or
// the values themselves for medians and maxima (ScopeValues).
//
// Thread-safety: plain values; not for concurrent mutation.
#ifndef HC_METRICS_INTERNAL_ROLLUP_H_
#define HC_METRICS_INTERNAL_ROLLUP_H_

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "metrics/internal/scopes.h"

namespace hc::metrics::internal {

// `columns` running sums per scope. Add to teams, then rollUp() once:
//   ScopeSums s(layout, 2);
//   s.add(team, 0, fte);  ...;  s.rollUp();
//   double council_fte = s.get(0, 0);
class ScopeSums {
 public:
  ScopeSums(const ScopeLayout& layout, int columns);
  void add(int team, int column, double v) { row(layout_->teamScope(team))[column] += v; }
  // Fills the service and council rows from the team rows.
  void rollUp();
  double get(int scope, int column) const { return sums_[size_t(scope) * size_t(columns_) + size_t(column)]; }

 private:
  double* row(int scope) { return &sums_[size_t(scope) * size_t(columns_)]; }
  const ScopeLayout* layout_;
  int columns_;
  std::vector<double> sums_;
};

// Values tagged with their team, then regrouped so that every scope's
// values are one contiguous range (see ScopeLayout). Read it once: with one
// of forEachScope(), medians() or maxima().
class ScopeValues {
 public:
  explicit ScopeValues(const ScopeLayout& layout) : layout_(&layout) {}
  void add(int team, double v) { tagged_.emplace_back(team, v); }

  // Calls fn(scope, first, last) for every scope with a mutable range
  // [first, last) of its values: teams first, then services, then the
  // council, so fn may reorder a range (nth_element) without spoiling the
  // ranges still to come.
  template <typename Fn>
  void forEachScope(Fn fn);

  // Median (mean of the two middle values for an even count) and count
  // per scope; nullopt for a scope with no values.
  std::vector<std::pair<std::optional<double>, int64_t>> medians();
  std::vector<std::pair<std::optional<double>, int64_t>> maxima();

 private:
  void group();
  const ScopeLayout* layout_;
  std::vector<std::pair<int, double>> tagged_;
  std::vector<double> values_;      // grouped by team
  std::vector<size_t> team_start_;  // team t's values: [team_start_[t], team_start_[t + 1])
};

template <typename Fn>
void ScopeValues::forEachScope(Fn fn) {
  group();
  double* base = values_.data();
  const int teams = layout_->teamCount();
  for (int t = 0; t < teams; ++t) fn(layout_->teamScope(t), base + team_start_[size_t(t)], base + team_start_[size_t(t) + 1]);
  for (int s = layout_->firstServiceScope(); s < layout_->endServiceScope(); ++s) {
    const ScopeDef& def = layout_->scope(s);
    fn(s, base + team_start_[size_t(def.first_team)], base + team_start_[size_t(def.end_team)]);
  }
  fn(0, base, base + values_.size());
}

// The median of [first, last), reordering it; nullopt when empty.
std::optional<double> medianInPlace(double* first, double* last);

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_ROLLUP_H_

#include "metrics/internal/rollup.h"

#include <algorithm>

namespace hc::metrics::internal {

ScopeSums::ScopeSums(const ScopeLayout& layout, int columns)
    : layout_(&layout), columns_(columns), sums_(size_t(layout.scopeCount()) * size_t(columns), 0.0) {}

void ScopeSums::rollUp() {
  double* council = row(0);
  for (int s = layout_->firstServiceScope(); s < layout_->endServiceScope(); ++s) {
    const ScopeDef& def = layout_->scope(s);
    double* service = row(s);
    std::fill(service, service + columns_, 0.0);
    for (int t = def.first_team; t < def.end_team; ++t) {
      const double* team = row(layout_->teamScope(t));
      for (int c = 0; c < columns_; ++c) service[c] += team[c];
    }
  }
  std::fill(council, council + columns_, 0.0);
  for (int s = layout_->firstServiceScope(); s < layout_->endServiceScope(); ++s) {
    const double* service = row(s);
    for (int c = 0; c < columns_; ++c) council[c] += service[c];
  }
}

void ScopeValues::group() {
  // A counting sort by team: linear, and stable.
  const size_t teams = size_t(layout_->teamCount());
  team_start_.assign(teams + 1, 0);
  for (const auto& [team, v] : tagged_) ++team_start_[size_t(team) + 1];
  for (size_t t = 0; t < teams; ++t) team_start_[t + 1] += team_start_[t];
  values_.resize(tagged_.size());
  std::vector<size_t> next(team_start_.begin(), team_start_.end() - 1);
  for (const auto& [team, v] : tagged_) values_[next[size_t(team)]++] = v;
  tagged_.clear();
  tagged_.shrink_to_fit();
}

std::optional<double> medianInPlace(double* first, double* last) {
  const size_t n = size_t(last - first);
  if (n == 0) return std::nullopt;
  double* mid = first + n / 2;
  std::nth_element(first, mid, last);
  if (n % 2 == 1) return *mid;
  // The lower middle is the largest of the lower half, which nth_element
  // has left in front of mid.
  const double lower = *std::max_element(first, mid);
  return (lower + *mid) / 2;
}

std::vector<std::pair<std::optional<double>, int64_t>> ScopeValues::medians() {
  std::vector<std::pair<std::optional<double>, int64_t>> out(size_t(layout_->scopeCount()));
  forEachScope([&](int s, double* first, double* last) { out[size_t(s)] = {medianInPlace(first, last), last - first}; });
  return out;
}

std::vector<std::pair<std::optional<double>, int64_t>> ScopeValues::maxima() {
  std::vector<std::pair<std::optional<double>, int64_t>> out(size_t(layout_->scopeCount()));
  forEachScope([&](int s, double* first, double* last) {
    if (first != last) out[size_t(s)] = {*std::max_element(first, last), last - first};
  });
  return out;
}

}  // namespace hc::metrics::internal

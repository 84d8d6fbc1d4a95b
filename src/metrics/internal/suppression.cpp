#include "metrics/internal/suppression.h"

#include <cmath>

#include "metrics/catalogue.h"
#include "metrics/internal/figure_bounds.h"

namespace hc::metrics::internal {
namespace {

// The highest value a people-based figure can take: shares and survey
// scores both run 0..100.
constexpr double kHighest = 100;

class Protector {
 public:
  Protector(const FigureTree& tree, int min_group_size)
      : tree_(tree), hidden_(tree.parent.size(), false), children_(tree.parent.size()) {
    for (size_t s = 0; s < tree.parent.size(); ++s)
      if (tree.parent[s] >= 0) children_[size_t(tree.parent[s])].push_back(int(s));
    // A figure made only of figures the viewer sees as computed is theirs
    // too (a service whose teams they all manage): seen. Children come
    // after their parent in scope order, so a pass from the end settles it.
    seen_ = tree.seen;
    for (size_t s = seen_.size(); s-- > 0;) {
      bool any = false, all = true;
      for (int c : children_[s])
        if (has(c)) any = true, all = all && seen_[size_t(c)];
      if (any && all) seen_[s] = true;
    }
    for (size_t s = 0; s < hidden_.size(); ++s)
      hidden_[s] = has(int(s)) && !seen_[s] && tree.people[s] > 0 && tree.people[s] < min_group_size;
  }

  // Hides more until no hidden figure can be worked out, one fix per sum
  // per round (fixes in different sums do not interfere).
  std::vector<bool> run() {
    for (size_t round = 0; round <= hidden_.size(); ++round) {
      const std::vector<int> exposed = workedOut();
      if (exposed.empty()) break;
      std::vector<bool> sum_fixed(hidden_.size() + 1, false);
      bool any = false;
      for (int s : exposed) {
        const size_t sum = size_t(tree_.parent[size_t(s)] + 1);  // 0: the top's own
        if (sum_fixed[sum]) continue;
        const int more = fix(s);
        if (more < 0) continue;
        hidden_[size_t(more)] = true;
        sum_fixed[sum] = any = true;
      }
      if (!any) break;  // nothing left that may be hidden
    }
    return hidden_;
  }

 private:
  bool has(int s) const { return tree_.figures[size_t(s)].value && tree_.figures[size_t(s)].n > 0; }
  double n(int s) const { return double(tree_.figures[size_t(s)].n); }
  bool mayHide(int s) const { return has(s) && !hidden_[size_t(s)] && !seen_[size_t(s)]; }
  bool interior(int s) const {
    const double v = *tree_.figures[size_t(s)].value;
    return v > 1e-9 && v < kHighest - 1e-9;
  }

  // Hidden figures whose range has closed, deepest first.
  std::vector<int> workedOut() const {
    std::vector<TotalRange> ranges(hidden_.size());
    std::vector<bool> sums(hidden_.size());
    for (size_t s = 0; s < ranges.size(); ++s) {
      sums[s] = has(int(s));
      if (!sums[s]) continue;
      const double total = *tree_.figures[s].value * n(int(s));
      ranges[s] = hidden_[s] ? TotalRange{0, kHighest * n(int(s))} : TotalRange{total, total};
    }
    ranges = workableRanges(tree_.parent, sums, std::move(ranges));
    std::vector<int> out;
    for (size_t s = hidden_.size(); s-- > 0;) {
      if (!hidden_[s]) continue;
      const TotalRange& r = ranges[s];
      if (r.high - r.low <= 1e-6 * (1 + kHighest * n(int(s)))) out.push_back(int(s));
    }
    return out;
  }

  // The scope among `candidates` that may be hidden and passes `extra`,
  // with the smallest n; the first in scope order on a tie; -1 if none.
  template <typename Extra>
  int smallest(const std::vector<int>& candidates, Extra extra) const {
    int best = -1;
    for (int c : candidates)
      if (mayHide(c) && extra(c) && (best < 0 || n(c) < n(best))) best = c;
    return best;
  }

  // The figure to hide next because hidden `s` can be worked out.
  int fix(int s) const {
    const int parent = tree_.parent[size_t(s)];
    std::vector<int> siblings;
    bool sibling_hidden = parent >= 0 && hidden_[size_t(parent)];
    if (parent >= 0)
      for (int c : children_[size_t(parent)])
        if (c != s) {
          siblings.push_back(c);
          sibling_hidden |= has(c) && hidden_[size_t(c)];
        }
    auto any = [](int) { return true; };
    auto inside = [this](int c) { return interior(c); };
    // Alone in its sum: the next-smallest sibling, else the parent.
    if (parent >= 0 && !sibling_hidden) {
      if (int c = smallest(siblings, any); c >= 0) return c;
      if (mayHide(parent)) return parent;
    }
    // Its children all shown: the smallest of them.
    const std::vector<int>& kids = children_[size_t(s)];
    bool kid_hidden = false;
    for (int k : kids) kid_hidden |= has(k) && hidden_[size_t(k)];
    if (!kid_hidden)
      if (int k = smallest(kids, any); k >= 0) return k;
    // An all-or-nothing remainder: the parent, else a sibling whose value
    // breaks the all-or-nothing, else any.
    if (parent >= 0 && mayHide(parent)) return parent;
    if (int c = smallest(siblings, inside); c >= 0) return c;
    if (int c = smallest(siblings, any); c >= 0) return c;
    if (int k = smallest(kids, any); k >= 0) return k;
    std::vector<int> all(hidden_.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = int(i);
    return smallest(all, any);
  }

  const FigureTree& tree_;
  std::vector<bool> seen_;
  std::vector<bool> hidden_;
  std::vector<std::vector<int>> children_;
};

}  // namespace

int64_t peopleOf(Metric m, int64_t n, int64_t sickness_n, int min_group_size) {
  if (m != Metric::kStressShare) return n;
  return sickness_n > 0 && sickness_n < min_group_size ? sickness_n : n;
}

std::vector<bool> protectFigures(const FigureTree& tree, Metric, int min_group_size) {
  return Protector(tree, min_group_size).run();
}

std::vector<bool> suppressedFigures(const ScopeLayout& layout, const FigureTable& figures,
                                    const HealthCheckOptions& options) {
  const size_t scopes = size_t(layout.scopeCount());
  std::vector<bool> flags(scopes * kMetricCount, false);
  FigureTree tree;
  tree.parent.assign(scopes, 0);
  tree.parent[0] = -1;
  for (int t = 0; t < layout.teamCount(); ++t) tree.parent[size_t(layout.teamScope(t))] = layout.serviceScopeOfTeam(t);
  tree.seen.assign(scopes, false);
  tree.figures.resize(scopes);
  tree.people.resize(scopes);
  for (const MetricInfo& info : catalogue()) {
    if (!info.people_based || !(info.survey || options.published)) continue;
    for (size_t sc = 0; sc < scopes; ++sc) {
      tree.figures[sc] = figures.at(int(sc), info.metric);
      tree.people[sc] = peopleOf(info.metric, tree.figures[sc].n, figures.at(int(sc), Metric::kSicknessRate).n,
                                 options.min_group_size);
    }
    const std::vector<bool> hidden = protectFigures(tree, info.metric, options.min_group_size);
    for (size_t sc = 0; sc < scopes; ++sc) flags[sc * kMetricCount + size_t(info.metric)] = hidden[sc];
  }
  return flags;
}

}  // namespace hc::metrics::internal

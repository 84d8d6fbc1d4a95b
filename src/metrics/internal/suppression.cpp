#include "metrics/internal/suppression.h"

#include <algorithm>
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
      bool some = false, every = true;
      for (int c : children_[s])
        if (has(c)) some = true, every = every && seen_[size_t(c)];
      if (some && every) seen_[s] = true;
    }
    for (size_t s = 0; s < hidden_.size(); ++s)
      hidden_[s] = has(int(s)) && !seen_[s] && tree.people[s] > 0 && tree.people[s] < min_group_size;
  }

  // Hides more until no hidden figure can be worked out, one complement
  // per sum per round (complements in different sums do not interfere).
  std::vector<bool> run() {
    for (size_t round = 0; round <= hidden_.size(); ++round) {
      std::vector<int> exposed = workedOut();
      if (exposed.empty()) break;
      // A figure hidden with all its parts shown first: once one part is
      // hidden beside it, the sum it is part of may need nothing more.
      std::stable_partition(exposed.begin(), exposed.end(), [this](int s) { return partsAllShown(s); });
      std::vector<bool> sum_fixed(hidden_.size() + 1, false);
      bool any = false;
      for (int s : exposed) {
        const size_t sum = size_t(tree_.parent[size_t(s)] + 1);  // 0: the top's own
        if (sum_fixed[sum]) continue;
        const int more = complementFor(s);
        if (more < 0) continue;
        hidden_[size_t(more)] = true;
        sum_fixed[sum] = any = true;
      }
      // Worked out through more than one sum at once (two services hidden
      // whose hidden teams are all 0% between them): the nearest figure.
      if (!any) {
        const int more = lastResort(exposed.front());
        if (more < 0) break;  // nothing left that may be hidden
        hidden_[size_t(more)] = true;
      }
    }
    return hidden_;
  }

 private:
  bool has(int s) const { return tree_.figures[size_t(s)].value && tree_.figures[size_t(s)].n > 0; }
  double n(int s) const { return double(tree_.figures[size_t(s)].n); }
  double base(int s) const { return tree_.figures[size_t(s)].baseOf(); }
  double value(int s) const { return *tree_.figures[size_t(s)].value; }
  bool none(int s) const { return value(s) <= 1e-9; }
  bool all(int s) const { return value(s) >= kHighest - 1e-9; }
  bool isCouncil(int s) const { return tree_.parent[size_t(s)] < 0; }
  bool mayHide(int s) const { return has(s) && !hidden_[size_t(s)] && !seen_[size_t(s)]; }
  // The council's figure only where it is 0% or 100% (hiding it can then
  // be the only protection: every part is 0% or 100% too).
  bool mayComplement(int s) const { return mayHide(s) && (!isCouncil(s) || none(s) || all(s)); }

  // Hidden figures whose range has closed, deepest first.
  std::vector<int> workedOut() const {
    std::vector<TotalRange> ranges(hidden_.size());
    std::vector<bool> sums(hidden_.size());
    for (size_t s = 0; s < ranges.size(); ++s) {
      sums[s] = has(int(s));
      if (!sums[s]) continue;
      const double total = value(int(s)) * base(int(s));
      ranges[s] = hidden_[s] ? TotalRange{0, kHighest * base(int(s))} : TotalRange{total, total};
    }
    ranges = workableRanges(tree_.parent, sums, std::move(ranges));
    std::vector<int> out;
    for (size_t s = hidden_.size(); s-- > 0;) {
      if (!hidden_[s]) continue;
      const TotalRange& r = ranges[s];
      if (r.high - r.low <= 1e-6 * (1 + kHighest * base(int(s)))) out.push_back(int(s));
    }
    return out;
  }

  // s has parts with figures, and none of them is hidden: s is their sum.
  bool partsAllShown(int s) const {
    bool some = false;
    for (int k : children_[size_t(s)]) {
      if (has(k) && hidden_[size_t(k)]) return false;
      some |= has(k);
    }
    return some;
  }

  // Whether the hidden figures among `scopes` are all 0% between them, and
  // whether all 100%: what a remainder of 0 (or of everything) would tell.
  struct Extremes {
    bool none = true, all = true;
  };
  Extremes extremesOf(const std::vector<int>& scopes) const {
    Extremes e;
    for (int c : scopes)
      if (has(c) && hidden_[size_t(c)]) e.none = e.none && none(c), e.all = e.all && all(c);
    return e;
  }
  // Hiding c beside them leaves no all-or-nothing remainder.
  bool breaks(const Extremes& e, int c) const { return !(e.none && none(c)) && !(e.all && all(c)); }

  // The complement among `candidates` losing least (fewest people; the
  // first in scope order on a tie) that passes `extra`; -1 if none.
  template <typename Extra>
  int cheapest(const std::vector<int>& candidates, Extra extra) const {
    int best = -1;
    for (int c : candidates)
      if (mayComplement(c) && extra(c) && (best < 0 || n(c) < n(best))) best = c;
    return best;
  }

  // The figure to hide next because hidden `s` can be worked out from its
  // own sums, or -1 where it is worked out only through its parent (whose
  // own complement protects it). A figure of the same sum (a team beside a
  // team) comes before the sum's own (the service), and one that leaves
  // the hidden no all-or-nothing remainder before one that does.
  int complementFor(int s) const {
    // Its parts all shown (a service hidden to protect another): the
    // smallest of them.
    if (partsAllShown(s)) return cheapest(children_[size_t(s)], [](int) { return true; });
    const int parent = tree_.parent[size_t(s)];
    if (parent < 0 || hidden_[size_t(parent)]) return -1;
    // Alone in a shown sum, or hidden beside others at 0% (or 100%) like
    // it: a sibling whose figure breaks that, else the sum's own figure.
    const std::vector<int>& family = children_[size_t(parent)];
    const Extremes e = extremesOf(family);
    if (int c = cheapest(family, [&](int c) { return breaks(e, c); }); c >= 0) return c;
    return mayComplement(parent) ? parent : -1;
  }

  // What to hide when no sum alone explains why `s` is worked out.
  int lastResort(int s) const {
    auto any = [](int) { return true; };
    const int parent = tree_.parent[size_t(s)];
    if (parent >= 0) {
      if (mayComplement(parent)) return parent;
      if (int c = cheapest(children_[size_t(parent)], any); c >= 0) return c;
    }
    if (int k = cheapest(children_[size_t(s)], any); k >= 0) return k;
    std::vector<int> everything(hidden_.size());
    for (size_t i = 0; i < everything.size(); ++i) everything[i] = int(i);
    if (int c = cheapest(everything, any); c >= 0) return c;
    // The guarantee comes first: the council's figure, as the last resort
    // (a manager who sees all of a one-service council but one team).
    return mayHide(0) ? 0 : -1;
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

// Complements chosen at least cost (metrics.md "Small numbers": "Publication
// must also hide no more than it must"): over one metric's table of teams,
// services and council, a team beside the hidden one before the service,
// never the council's figure while it lies between 0% and 100%, and the
// sums worked with as what each figure really sums (sickness: FTE-days).
#include <gtest/gtest.h>

#include <algorithm>

#include "metrics/internal/suppression.h"

namespace hc::metrics::internal {
namespace {

// One row of a table: its parent (-1: the council), its value, its n, and
// its base where that is not n.
struct Row {
  int parent;
  double value;
  int64_t n;
  std::optional<double> base = std::nullopt;
};

// Services' and the council's figures are summed from the teams' here, so
// that every table is consistent: rows give teams; services are listed
// with a placeholder value.
FigureTree table(std::vector<Row> rows) {
  std::vector<double> total(rows.size(), 0), base(rows.size(), 0);
  std::vector<int64_t> n(rows.size(), 0);
  for (size_t s = rows.size(); s-- > 0;) {
    const Row& r = rows[s];
    const bool leaf = std::none_of(rows.begin(), rows.end(), [&](const Row& c) { return c.parent == int(s); });
    if (leaf) total[s] = r.value * r.base.value_or(double(r.n)), base[s] = r.base.value_or(double(r.n)), n[s] = r.n;
    if (r.parent >= 0) {
      total[size_t(r.parent)] += total[s], base[size_t(r.parent)] += base[s], n[size_t(r.parent)] += n[s];
    }
  }
  FigureTree t;
  for (size_t s = 0; s < rows.size(); ++s) {
    const bool of_base = rows[s].base.has_value();
    t.parent.push_back(rows[s].parent);
    t.figures.push_back({total[s] / base[s], n[s], of_base ? std::optional<double>(base[s]) : std::nullopt});
    t.people.push_back(n[s]);
    t.seen.push_back(false);
  }
  return t;
}

std::vector<int> hiddenOf(const FigureTree& t) {
  const std::vector<bool> hidden = protectFigures(t, Metric::kCaseloadOverLimit, 5);
  std::vector<int> out;
  for (size_t s = 0; s < hidden.size(); ++s)
    if (hidden[s]) out.push_back(int(s));
  return out;
}

TEST(LeastCostSuppressionTest, ZeroBesideAZeroTeamTakesAnotherTeamNotTheService) {
  // Team 2 (3 people) at 0% needs a complement; team 3 (6) is cheapest but
  // at 0% too, which would leave both 0% between them, so team 4 (8, 50%)
  // goes instead of the service.
  const FigureTree t = table({{-1, 0, 0}, {0, 0, 0}, {1, 0, 3}, {1, 0, 6}, {1, 50, 8}, {1, 0, 20}, {1, 25, 12}});
  EXPECT_EQ(hiddenOf(t), (std::vector<int>{2, 4}));
}

TEST(LeastCostSuppressionTest, CouncilBetweenZeroAndAHundredIsNeverHidden) {
  // A service of 3 people: it and its team are hidden; the cheapest other
  // service (children, 13) protects it, and one of children's teams
  // protects children. The council's figure stays.
  const FigureTree t = table({{-1, 0, 0},
                              {0, 0, 0}, {0, 0, 0}, {0, 0, 0},  // children, adults, other
                              {1, 50, 6}, {1, 20, 7},            // children's teams
                              {2, 100.0 / 3, 3},                 // adults' one team
                              {3, 40, 20}, {3, 60, 25}});
  const std::vector<int> hidden = hiddenOf(t);
  EXPECT_EQ(hidden, (std::vector<int>{1, 2, 4, 6}));
}

TEST(LeastCostSuppressionTest, CouncilAtZeroIsHiddenWhereNothingElseProtects) {
  // Nobody anywhere: every figure is 0%, so a hidden team's 0% follows
  // from any shown total above it.
  const FigureTree t = table({{-1, 0, 0}, {0, 0, 0}, {1, 0, 3}, {1, 0, 6}, {1, 0, 8}});
  EXPECT_EQ(hiddenOf(t), (std::vector<int>{0, 1, 2}));
}

TEST(LeastCostSuppressionTest, SicknessSumsItsFteDaysSoOneComplementIsEnough) {
  // Sickness as FTE-days lost over FTE x 63 working days: value x n does
  // not add up, value x base does. One small team, one complement; the
  // service and the council stay shown.
  auto team = [](double rate, int64_t heads, double fte) { return Row{1, rate, heads, fte * 63}; };
  const FigureTree t = table({{-1, 0, 0, 0.0}, {0, 0, 0, 0.0}, team(8.1, 4, 3.2), team(2.5, 7, 6.4),
                              team(4.0, 9, 8.8), team(1.2, 6, 5.0), team(6.3, 11, 9.1)});
  EXPECT_EQ(hiddenOf(t), (std::vector<int>{2, 5}));
}

}  // namespace
}  // namespace hc::metrics::internal

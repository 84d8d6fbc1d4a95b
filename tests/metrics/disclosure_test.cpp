// No hidden figure can be worked out from what a viewer is shown
// (metrics.md "Small numbers"): the subtraction checker
// (disclosure_checker.h) against every viewer of generated councils of
// many shapes, and the cases the security review found.
#include <gtest/gtest.h>

#include <random>

#include "disclosure_checker.h"
#include "fixtures.h"
#include "metrics/catalogue.h"
#include "metrics/shown_figures.h"
#include "metrics/status.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

const char* const kServices[] = {"children", "adults", "other"};

// The people-based figures the viewer's rights decide (survey scores are
// hidden alike for everyone).
std::vector<Metric> viewerMetrics() {
  std::vector<Metric> out;
  for (const MetricInfo& m : catalogue())
    if (m.people_based && !m.survey) out.push_back(m.metric);
  return out;
}

// An empty scope with every metric in catalogue order.
ScopeResult emptyScope(Level level, const std::string& id, const std::string& service) {
  ScopeResult s;
  s.level = level;
  s.id = s.name = id;
  s.service = service;
  for (const AreaInfo& a : areas()) {
    AreaResult r;
    r.id = std::string(a.id);
    for (const MetricInfo& m : catalogue())
      if (m.area == a.area) r.metrics.push_back(MetricResult{std::string(m.id)});
    s.areas.push_back(std::move(r));
  }
  return s;
}

MetricResult& at(ScopeResult& s, Metric m) {
  for (AreaResult& a : s.areas)
    for (MetricResult& r : a.metrics)
      if (r.id == info(m).id) return r;
  throw std::logic_error("no metric");
}

const MetricResult& at(const ScopeResult& s, Metric m) { return at(const_cast<ScopeResult&>(s), m); }

// How a metric's counts are spread over a council's teams.
enum class Spread { kRandom, kNone, kAll, kMostlyNone, kMostlyAll, kServiceNone };

// k of n people for one team under `spread`.
long long countFor(Spread spread, long long n, int service, std::mt19937& rng) {
  std::uniform_int_distribution<long long> any(0, n);
  std::bernoulli_distribution mostly(0.85);
  switch (spread) {
    case Spread::kNone: return 0;
    case Spread::kAll: return n;
    case Spread::kMostlyNone: return mostly(rng) ? 0 : any(rng);
    case Spread::kMostlyAll: return mostly(rng) ? n : any(rng);
    case Spread::kServiceNone: return service == 0 ? 0 : any(rng);
    case Spread::kRandom: break;
  }
  return any(rng);
}

// A council as computed: 1..3 services of 1..12 teams of 0..14 people
// (most of them small in some shapes), each metric's counts spread in one
// of the ways above, this period and the one before.
HealthCheck generateCouncil(std::mt19937& rng, int shape) {
  const int services = 1 + shape % 3;
  const int most_teams = shape % 4 == 0 ? 2 : 12;
  const long long most_people = shape % 5 == 0 ? 6 : 14;
  HealthCheck hc;
  hc.scopes.push_back(emptyScope(Level::kCouncil, "council", ""));
  std::vector<std::pair<int, int>> teams;  // (service index, team number)
  for (int s = 0; s < services; ++s) {
    hc.scopes.push_back(emptyScope(Level::kService, kServices[s], ""));
    const int count = std::uniform_int_distribution<int>(1, most_teams)(rng);
    for (int t = 0; t < count; ++t) teams.emplace_back(s, int(teams.size()));
  }
  for (const auto& [s, t] : teams) {
    char id[16];
    std::snprintf(id, sizeof id, "T%04d", t);
    hc.scopes.push_back(emptyScope(Level::kTeam, id, kServices[s]));
  }
  const Thresholds thresholds = Thresholds::defaults();
  for (Metric m : viewerMetrics())
    for (int period = 0; period < 2; ++period) {
      const Spread spread = Spread(std::uniform_int_distribution<int>(0, 5)(rng));
      // Sickness and stress are shares of FTE-days, not of people: each
      // team's people work 0.5 to 1.0 FTE over a 63-day quarter.
      const bool of_fte = m == Metric::kSicknessRate || m == Metric::kStressShare;
      std::vector<long long> n(hc.scopes.size(), 0);
      std::vector<double> part(hc.scopes.size(), 0), base(hc.scopes.size(), 0);
      for (size_t i = 1 + size_t(services); i < hc.scopes.size(); ++i) {
        const int s = teams[i - 1 - size_t(services)].first;
        n[i] = std::uniform_int_distribution<long long>(0, most_people)(rng);
        const double fte = of_fte ? 63 * 0.1 * double(std::uniform_int_distribution<int>(5, 10)(rng)) : 1;
        part[i] = double(countFor(spread, n[i], s, rng)) * fte;
        base[i] = double(n[i]) * fte;
        for (size_t up : {size_t(1 + s), size_t(0)}) n[up] += n[i], part[up] += part[i], base[up] += base[i];
      }
      for (size_t i = 0; i < hc.scopes.size(); ++i) {
        MetricResult& r = at(hc.scopes[i], m);
        const std::optional<double> v = n[i] ? std::optional<double>(100.0 * part[i] / base[i]) : std::nullopt;
        const std::optional<double> b = of_fte ? std::optional<double>(base[i]) : std::nullopt;
        if (period == 0) r.previous = v, r.previous_n = n[i], r.previous_base = b;
        else r.value = v, r.n = n[i], r.base = b, r.status = v ? rate(m, *v, thresholds) : Status::kNone;
        if (r.value && r.previous) r.change = *r.value - *r.previous;
      }
    }
  for (ScopeResult& s : hc.scopes)
    for (AreaResult& a : s.areas)
      for (const MetricResult& r : a.metrics) a.status = worse(a.status, r.status);
  return hc;
}

struct Viewer {
  std::string name;
  SeesAsComputed sees;
};

// A member (nothing as computed), managers of one team, of a few teams,
// of one team in every service, and of a whole service.
std::vector<Viewer> viewersOf(const HealthCheck& hc, std::mt19937& rng) {
  std::vector<std::string> teams;
  for (const ScopeResult& s : hc.scopes)
    if (s.level == Level::kTeam) teams.push_back(s.id);
  auto pick = [&] { return teams[std::uniform_int_distribution<size_t>(0, teams.size() - 1)(rng)]; };
  std::vector<Viewer> out{{"member", [](const ScopeResult&) { return false; }}};
  for (int k = 0; k < 3; ++k) {
    const std::string one = pick();
    out.push_back({"manager of " + one, [one](const ScopeResult& s) { return s.id == one; }});
  }
  const std::string a = pick(), b = pick();
  out.push_back({"manager of " + a + " and " + b, [a, b](const ScopeResult& s) { return s.id == a || s.id == b; }});
  std::map<std::string, std::string> first_of;
  for (const ScopeResult& s : hc.scopes)
    if (s.level == Level::kTeam) first_of.emplace(s.service, s.id);
  out.push_back({"manager of each service's first team", [first_of](const ScopeResult& s) {
                   auto it = first_of.find(s.service);
                   return s.level == Level::kTeam && it != first_of.end() && it->second == s.id;
                 }});
  out.push_back({"manager of children's services", [](const ScopeResult& s) {
                   return (s.level == Level::kService && s.id == "children") || s.service == "children";
                 }});
  return out;
}

// Is scope s's figure made only of teams the viewer sees as computed?
// Teams without this figure (n = 0) add nothing to it.
bool madeOfOwn(const HealthCheck& hc, size_t s, const Viewer& viewer, Metric m) {
  const ScopeResult& scope = hc.scopes[s];
  if (scope.level == Level::kTeam) return viewer.sees(scope);
  bool all = true;
  for (const ScopeResult& t : hc.scopes)
    if (t.level == Level::kTeam && (scope.level == Level::kCouncil || t.service == scope.id) && at(t, m).n > 0)
      all = all && viewer.sees(t);
  return all;
}

// Every way the viewer's copy could give a hidden figure away.
void expectNothingWorkedOut(const HealthCheck& computed, const HealthCheck& shown, const Viewer& viewer,
                            const std::string& council) {
  for (Metric m : viewerMetrics()) {
    const std::string id(info(m).id);
    for (const Recovered& r : recoverHidden(seenFigures(shown, id)))
      ADD_FAILURE() << council << ", " << viewer.name << ": " << id << " of " << r.scope << " worked out as "
                    << r.value;
  }
  for (size_t s = 0; s < shown.scopes.size(); ++s) {
    const ScopeResult& scope = shown.scopes[s];
    for (size_t a = 0; a < scope.areas.size(); ++a) {
      double points = 0;
      int measures = 0, red = 0;
      for (size_t k = 0; k < scope.areas[a].metrics.size(); ++k) {
        const MetricResult& r = scope.areas[a].metrics[k];
        const MetricResult& as_computed = computed.scopes[s].areas[a].metrics[k];
        const MetricInfo* info = findMetric(r.id);
        const bool small = as_computed.n > 0 && as_computed.n < 5 && info->people_based;
        // The primary rule, and the viewer's own figures as computed.
        if (small && !viewer.sees(scope) && !madeOfOwn(computed, s, viewer, info->metric)) {
          EXPECT_TRUE(r.suppressed) << council << " " << scope.id << " " << r.id;
        }
        if (viewer.sees(scope)) {
          EXPECT_EQ(r.value, as_computed.value) << council << " " << scope.id << " " << r.id;
        }
        if (r.suppressed) {
          EXPECT_FALSE(r.value || r.previous || r.change || r.status != Status::kNone);
        }
        if (r.suppressed || r.status == Status::kNone) continue;
        ++measures;
        red += r.status == Status::kRed;
        points += r.status == Status::kGreen ? 100 : r.status == Status::kAmber ? 50 : 0;
      }
      // The rating rests on the figures shown only (metrics.md: green 100,
      // amber 50, red 0 points; green at 75, amber at 50).
      const AreaResult& area = scope.areas[a];
      EXPECT_EQ(area.measures, measures) << council << " " << scope.id << " " << area.id;
      EXPECT_EQ(area.red_measures, red) << council << " " << scope.id;
      const Status expected = measures == 0                   ? Status::kNone
                              : points / measures >= 75 ? Status::kGreen
                              : points / measures >= 50 ? Status::kAmber
                                                        : Status::kRed;
      EXPECT_EQ(area.status, expected) << council << " " << scope.id << " " << area.id;
    }
  }
}

// The previous period as computed, as its own page would start from.
HealthCheck previousPeriod(const HealthCheck& computed) {
  HealthCheck out = computed;
  for (ScopeResult& s : out.scopes)
    for (AreaResult& a : s.areas) {
      a.status = Status::kNone;
      for (MetricResult& r : a.metrics) {
        r.value = r.previous, r.n = r.previous_n, r.base = r.previous_base;
        r.previous.reset(), r.change.reset(), r.previous_n = 0, r.previous_base.reset();
        r.status = r.value ? rate(findMetric(r.id)->metric, *r.value, Thresholds::defaults())
                           : Status::kNone;
        a.status = worse(a.status, r.status);
      }
    }
  return out;
}

// A previous figure shown beside this period's is one that period's own
// page shows too (which the checker has been through): no more.
void expectPreviousAsShownThen(const HealthCheck& shown, const HealthCheck& then, const std::string& council) {
  for (size_t s = 0; s < shown.scopes.size(); ++s)
    for (size_t a = 0; a < shown.scopes[s].areas.size(); ++a)
      for (size_t k = 0; k < shown.scopes[s].areas[a].metrics.size(); ++k) {
        const MetricResult& now = shown.scopes[s].areas[a].metrics[k];
        if (now.previous) {
          EXPECT_EQ(now.previous, then.scopes[s].areas[a].metrics[k].value) << council << " " << now.id;
        }
      }
}

TEST(DisclosureTest, NoViewerOfSixtyGeneratedCouncilsCanWorkOutAHiddenFigure) {
  std::mt19937 rng(20261202);
  int hidden_somewhere = 0;
  for (int shape = 0; shape < 60; ++shape) {
    const HealthCheck computed = generateCouncil(rng, shape);
    const HealthCheck before = previousPeriod(computed);
    for (const Viewer& viewer : viewersOf(computed, rng)) {
      const std::string council = "council " + std::to_string(shape);
      const HealthCheck shown = figuresShownTo(computed, viewer.sees, 5);
      const HealthCheck shown_before = figuresShownTo(before, viewer.sees, 5);
      expectNothingWorkedOut(computed, shown, viewer, council);
      expectNothingWorkedOut(before, shown_before, viewer, council + " (previous period)");
      expectPreviousAsShownThen(shown, shown_before, council);
      for (const ScopeResult& s : shown.scopes)
        for (const AreaResult& a : s.areas)
          for (const MetricResult& r : a.metrics) hidden_somewhere += r.suppressed ? 1 : 0;
    }
  }
  EXPECT_GT(hidden_somewhere, 1000);  // the councils do have small teams to protect
}

TEST(DisclosureTest, CheckerRecoversWhatTheOldRuleLeftOpen) {
  // The review's case, before the fix: the service 10.42% of 48 (5 people),
  // the manager's T0001 71.43% of 7 (5), the other shown teams 0%: the one
  // hidden team (n = 4) is 0%.
  std::vector<SeenFigure> seen{{"children", 500.0 / 48, 48, -1, false},
                               {"T0001", 500.0 / 7, 7, 0, false},
                               {"T0002", 0.0, 20, 0, false},
                               {"T0003", 0.0, 17, 0, false},
                               {"T0004", std::nullopt, 4, 0, true}};
  const std::vector<Recovered> got = recoverHidden(seen);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].scope, "T0004");
  EXPECT_NEAR(got[0].value, 0, 1e-9);
  // All-or-nothing: 0% of 23 with two teams hidden gives both away.
  std::vector<SeenFigure> adults{{"adults", 0.0, 23, -1, false},
                                 {"A1", 0.0, 15, 0, false},
                                 {"A2", std::nullopt, 4, 0, true},
                                 {"A3", std::nullopt, 4, 0, true}};
  EXPECT_EQ(recoverHidden(adults).size(), 2u);
}

// The review's case through figuresShownTo: a manager of T0001, which
// everyone else sees hidden to protect T0004.
HealthCheck reviewCouncil() {
  HealthCheck hc;
  hc.scopes.push_back(emptyScope(Level::kCouncil, "council", ""));
  hc.scopes.push_back(emptyScope(Level::kService, "children", ""));
  const std::vector<std::tuple<const char*, long long, long long>> teams{
      {"T0001", 7, 5}, {"T0002", 20, 0}, {"T0003", 17, 0}, {"T0004", 4, 0}};
  for (const auto& [id, n, k] : teams) {
    hc.scopes.push_back(emptyScope(Level::kTeam, id, "children"));
    MetricResult& r = at(hc.scopes.back(), Metric::kCaseloadOverLimit);
    r.value = 100.0 * double(k) / double(n), r.n = n;
  }
  for (int up : {0, 1}) {
    MetricResult& r = at(hc.scopes[size_t(up)], Metric::kCaseloadOverLimit);
    r.value = 500.0 / 48, r.n = 48;
  }
  return hc;
}

bool hiddenIn(const HealthCheck& hc, const std::string& scope) {
  for (const ScopeResult& s : hc.scopes)
    if (s.id == scope) return at(s, Metric::kCaseloadOverLimit).suppressed;
  throw std::logic_error("no scope " + scope);
}

TEST(DisclosureTest, ManagersOwnTeamCountsAsShownSoAnotherIsHidden) {
  const HealthCheck computed = reviewCouncil();
  const HealthCheck member = figuresShownTo(computed, [](const ScopeResult&) { return false; }, 5);
  EXPECT_TRUE(hiddenIn(member, "T0004"));
  EXPECT_TRUE(hiddenIn(member, "T0001"));  // the next-smallest: 7
  const HealthCheck manager = figuresShownTo(computed, [](const ScopeResult& s) { return s.id == "T0001"; }, 5);
  EXPECT_FALSE(hiddenIn(manager, "T0001"));
  EXPECT_TRUE(hiddenIn(manager, "T0004"));
  // T0003 (17) is next, but 0% like T0004: the remainder would still give
  // both away, so the service figure goes as well.
  EXPECT_TRUE(hiddenIn(manager, "T0003"));
  EXPECT_TRUE(hiddenIn(manager, "children"));
  EXPECT_TRUE(recoverHidden(seenFigures(manager, "caseload_over_limit")).empty());
}

TEST(DisclosureTest, SicknessAndStressOfAFourPersonTeamAreHidden) {
  EXPECT_TRUE(info(Metric::kSicknessRate).people_based);
  EXPECT_TRUE(info(Metric::kStressShare).people_based);
  HealthCheck computed = reviewCouncil();
  for (size_t s = 0; s < computed.scopes.size(); ++s)
    for (Metric m : {Metric::kSicknessRate, Metric::kStressShare}) {
      MetricResult& r = at(computed.scopes[s], m);
      r.n = at(computed.scopes[s], Metric::kCaseloadOverLimit).n;
      r.value = 3.5 + double(s);
    }
  // Stress share rests on 9 absences in T0004, but on 4 people.
  at(computed.scopes[5], Metric::kStressShare).n = 9;
  const HealthCheck member = figuresShownTo(computed, [](const ScopeResult&) { return false; }, 5);
  for (Metric m : {Metric::kSicknessRate, Metric::kStressShare}) {
    EXPECT_TRUE(at(member.scopes[5], m).suppressed) << info(m).id;
    EXPECT_FALSE(at(member.scopes[5], m).value);
  }
}

}  // namespace
}  // namespace hc::metrics

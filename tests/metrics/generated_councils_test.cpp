// The small-numbers rule on councils as `healthcheck demo` writes them,
// imported and read back through the database (the figures stored with
// their bases): the council's figures resting on 5 or more people are
// shown, a service with a small team loses at most one more sickness
// figure, and no viewer can work out a hidden figure (disclosure_checker.h).
#include <gtest/gtest.h>

#include <map>

#include "demo/demo_council.h"
#include "disclosure_checker.h"
#include "ingest/importer.h"
#include "load/health_check_loader.h"
#include "metrics/catalogue.h"
#include "metrics/shown_figures.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

const MetricResult& figure(const ScopeResult& s, const std::string& metric) {
  for (const AreaResult& a : s.areas)
    for (const MetricResult& r : a.metrics)
      if (r.id == metric) return r;
  throw std::logic_error("no metric " + metric);
}

std::vector<std::string> peopleMetrics() {
  std::vector<std::string> out;
  for (const MetricInfo& m : catalogue())
    if (m.people_based && !m.survey) out.emplace_back(m.id);
  return out;
}

struct Council {
  std::string name;
  HealthCheck computed;   // nothing hidden: what a director sees
  HealthCheck published;  // --published: what members see
};

// A demo council of `teams` teams imported into a fresh database, its
// 2026-Q3 as computed and as published; the published view is read twice,
// the second time from the figures the first stored.
Council importedCouncil(int teams, uint64_t seed, int months) {
  demo::DemoOptions options;
  options.teams = teams, options.seed = seed, options.months = months;
  const std::string dir = hc::testing::makeTempDir("generated-council");
  demo::writeDemoCouncil(options, dir);
  hc::testing::TestDatabase test_db;
  store::migrate(test_db.db());
  const auto reports = ingest::importPaths(test_db.db(), {dir}, ingest::ImportOptions{});
  EXPECT_FALSE(ingest::anyRejected(reports));
  load::HealthCheckRequest request{test_db.url(), *Period::parse("2026-Q3"), std::nullopt, {}};
  Council c;
  c.name = std::to_string(teams) + " teams, seed " + std::to_string(seed);
  c.computed = load::loadHealthCheck(request);
  request.options.published = true;
  c.published = load::loadHealthCheck(request);
  const HealthCheck again = load::loadHealthCheck(request);  // from the stored figures
  for (size_t s = 0; s < again.scopes.size(); ++s)
    for (const std::string& m : peopleMetrics())
      EXPECT_EQ(figure(again.scopes[s], m).suppressed, figure(c.published.scopes[s], m).suppressed)
          << c.name << " " << again.scopes[s].id << " " << m << " read back";
  return c;
}

// Everything every kind of viewer is shown of the council holds nothing
// that can be worked out, and members see what --published gives.
void expectNothingWorkedOut(const Council& c) {
  std::vector<std::pair<std::string, SeesAsComputed>> viewers{
      {"member", [](const ScopeResult&) { return false; }},
      {"manager of T0003", [](const ScopeResult& s) { return s.id == "T0003"; }},
      {"manager of T0001 and T0002", [](const ScopeResult& s) { return s.id == "T0001" || s.id == "T0002"; }},
      {"manager of children's services",
       [](const ScopeResult& s) { return s.id == "children" || s.service == "children"; }}};
  for (const auto& [who, sees] : viewers) {
    const HealthCheck shown = figuresShownTo(c.computed, sees, 5);
    for (const std::string& m : peopleMetrics())
      for (const Recovered& r : recoverHidden(seenFigures(shown, m)))
        ADD_FAILURE() << c.name << ", " << who << ": " << m << " of " << r.scope << " worked out as " << r.value;
    if (who != "member") continue;
    for (size_t s = 0; s < shown.scopes.size(); ++s)
      for (const std::string& m : peopleMetrics())
        EXPECT_EQ(figure(shown.scopes[s], m).suppressed, figure(c.published.scopes[s], m).suppressed)
            << c.name << " " << shown.scopes[s].id << " " << m << ": one choice for members everywhere";
  }
  for (const std::string& m : peopleMetrics())
    for (const Recovered& r : recoverHidden(seenFigures(c.published, m)))
      ADD_FAILURE() << c.name << ", published: " << m << " of " << r.scope << " worked out as " << r.value;
}

TEST(GeneratedCouncilsTest, DemoCouncilShowsItsSicknessRateAndHidesAtMostOneMorePerService) {
  const Council c = importedCouncil(12, 1, 24);  // as scripts/demo writes it
  const MetricResult& council = figure(c.published.scopes[0], "sickness_rate");
  EXPECT_FALSE(council.suppressed);
  EXPECT_EQ(council.value, figure(c.computed.scopes[0], "sickness_rate").value);
  // Per service: its small teams' figures are hidden, and at most one more
  // figure (a team's or the service's own) to protect them.
  std::map<std::string, int> small, more;
  int hidden_small = 0;
  for (const ScopeResult& s : c.published.scopes) {
    if (s.level == Level::kCouncil) continue;
    const std::string service = s.level == Level::kService ? s.id : s.service;
    const MetricResult& r = figure(s, "sickness_rate");
    const bool few = r.n > 0 && r.n < 5;
    small[service] += few;
    more[service] += r.suppressed && !few;
    hidden_small += few && r.suppressed;
  }
  EXPECT_GT(hidden_small, 0) << "the demo council has a small team to protect";
  for (const auto& [service, count] : more)
    EXPECT_LE(count, small[service] > 0 ? 1 : 0) << service << ": figures hidden beyond its small teams'";
  expectNothingWorkedOut(c);
}

TEST(GeneratedCouncilsTest, CouncilsOf12To60TeamsShowEveryCouncilFigureOfFiveOrMorePeople) {
  int hidden = 0;
  for (const auto& [teams, seed] : std::vector<std::pair<int, uint64_t>>{{12, 2}, {20, 3}, {30, 1}, {40, 1}, {60, 2}}) {
    const Council c = importedCouncil(teams, seed, 6);
    for (const std::string& m : peopleMetrics()) {
      const MetricResult& r = figure(c.published.scopes[0], m);
      if (r.n >= 5) {
        EXPECT_FALSE(r.suppressed) << c.name << ": the council's " << m << " (" << r.n << " people)";
      }
    }
    for (const ScopeResult& s : c.published.scopes)
      for (const std::string& m : peopleMetrics()) hidden += figure(s, m).suppressed;
    expectNothingWorkedOut(c);
  }
  EXPECT_GT(hidden, 0) << "the councils have small teams to protect";
}

}  // namespace
}  // namespace hc::metrics

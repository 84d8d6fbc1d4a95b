// The engine's two steps (metrics/period_figures.h) and the bytes a
// database keeps of the first (metrics/figure_codec.h).
#include "metrics/period_figures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/visit_tally.h"
#include "fixtures.h"
#include "metrics/figure_codec.h"
#include "metrics/output.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;

// Two teams over a year, with something in most areas.
Dataset year() {
  Dataset d;
  d.teams = {team("T1"), team("T2", Service::kAdults)};
  d.staff = {permanent("s1", "T1"), permanent("s2", "T1", 0.5, "2025-03-16"), agency("a1", "T2", 1, "2025-02-01"),
             permanent("s3", "T2", 1, "2025-01-01", "2025-10-31")};
  d.establishments = {{"T1", day("2025-01-01"), 4}, {"T2", day("2025-01-01"), 2}};
  d.cases = {kase("C1", "T1", "2025-01-02", "2025-02-20"), kase("C2", "T2", "2025-03-10", "2025-05-01"),
             kase("C3", "T2", "2025-08-10")};
  d.allocations = {allocation("A1", "C1", "s1", "2025-01-03"), allocation("A2", "C2", "s3", "2025-03-11")};
  d.visit_months = summariseVisits({visit("v1", "s1", "2025-01-20", VisitStatus::kCompleted, 60, 50),
                                    visit("v2", "s1", "2025-05-04", VisitStatus::kNoAccess, 60, std::nullopt, 10),
                                    visit("v3", "s2", "2025-08-01", VisitStatus::kCompleted, 30, 30),
                                    visit("v4", "a1", "2025-11-29", VisitStatus::kRescheduled)});
  return d;
}

std::vector<Period> quarters(const char* last) { return trendRun(*Period::parse(last)); }

TEST(PeriodFiguresTest, AssemblingComputedFiguresGivesTheHealthCheck) {
  const Dataset d = year();
  const std::vector<Period> run = quarters("2025-Q4");
  const std::vector<PeriodFigures> figures = computePeriodFigures(d, run, run.size() - 2, {});
  const std::vector<HealthCheck> assembled =
      assembleHealthChecks(d.teams, figures, run.size() - 1, run.size(), Thresholds::defaults(), {});
  ASSERT_EQ(assembled.size(), 1u);
  EXPECT_EQ(toJson(assembled.front()), toJson(computeHealthCheck(d, run.back(), Thresholds::defaults(), {})));
}

TEST(PeriodFiguresTest, OnlyCoveredPeriodsAndThoseAskedForInFullHaveTables) {
  const std::vector<Period> run = quarters("2025-Q4");  // 2023-Q1 .. 2025-Q4
  const std::vector<PeriodFigures> figures = computePeriodFigures(year(), run, run.size() - 2, {});
  ASSERT_EQ(figures.size(), 12u);
  // The first activity is the visit month 2025-01 (it starts 2025-01-01):
  // 2025-Q1 begins less than a month before it, so it is covered; 2024-Q4
  // begins three months before, so it is not.
  EXPECT_FALSE(figures[7].covered);  // 2024-Q4
  EXPECT_FALSE(figures[7].table);
  EXPECT_TRUE(figures[8].covered);  // 2025-Q1
  EXPECT_TRUE(figures[8].table);
  EXPECT_EQ(figures[8].period.label, "2025-Q1");
  // Staff start in 2020: every period has data.
  EXPECT_TRUE(figures[0].has_data);
}

TEST(PeriodFiguresTest, AssemblyRefusesARunWithoutTheFiguresItNeeds) {
  const Dataset d = year();
  const std::vector<Period> run = quarters("2025-Q4");
  std::vector<PeriodFigures> figures = computePeriodFigures(d, run, run.size() - 2, {});
  EXPECT_THROW(assembleHealthChecks(d.teams, figures, 0, 1, Thresholds::defaults(), {}), std::invalid_argument);
  EXPECT_THROW(assembleHealthChecks(d.teams, figures, 11, 13, Thresholds::defaults(), {}), std::invalid_argument);
  // Figures laid out for one team fewer.
  EXPECT_THROW(assembleHealthChecks({team("T1")}, figures, 11, 12, Thresholds::defaults(), {}), std::invalid_argument);
  // The previous period's table missing.
  figures[10].table.reset();
  EXPECT_THROW(assembleHealthChecks(d.teams, figures, 11, 12, Thresholds::defaults(), {}), std::invalid_argument);
}

TEST(PeriodFiguresTest, ScopeCountIsCouncilServicesAndTeams) {
  EXPECT_EQ(scopeCountFor(year().teams), 1 + 2 + 2);
  EXPECT_EQ(scopeCountFor({team("T1"), team("T2"), team("T3")}), 1 + 1 + 3);
}

TEST(FigureCodecTest, FiguresReadBackExactly) {
  const std::vector<Period> run = quarters("2025-Q4");
  const std::vector<PeriodFigures> figures = computePeriodFigures(year(), run, run.size() - 2, {});
  int values = 0;
  for (const PeriodFigures& f : figures) {
    const std::optional<PeriodFigures> back = decodeFigures(encodeFigures(f));
    ASSERT_TRUE(back) << f.period.label;
    EXPECT_EQ(back->period.label, f.period.label);
    EXPECT_EQ(back->covered, f.covered);
    EXPECT_EQ(back->has_data, f.has_data);
    ASSERT_EQ(back->table.has_value(), f.table.has_value());
    if (!f.table) continue;
    EXPECT_TRUE(*back->table == *f.table) << f.period.label;
    for (int s = 0; s < f.table->scopeCount(); ++s)
      for (int m = 0; m < kMetricCount; ++m) values += f.table->at(s, Metric(m)).value.has_value();
  }
  EXPECT_GT(values, 50) << "the fixture gives the codec values to carry";
}

TEST(FigureCodecTest, AwkwardDoublesKeepTheirBits) {
  PeriodFigures f;
  f.period = *Period::parse("2026-03");
  f.covered = true;
  f.table.emplace(2);
  const double third = 1.0 / 3.0, tiny = std::numeric_limits<double>::denorm_min();
  f.table->set(0, Metric::kVacancyRate, third, 7);
  f.table->set(0, Metric::kCaseloadMax, -0.0, 0);
  f.table->set(1, Metric::kSicknessRate, tiny, int64_t(1) << 40);
  f.table->set(1, Metric::kAgencyRate, std::nullopt, 3);
  f.table->setShare(0, Metric::kStressShare, 1, third, 100, 2);  // a base beside the value
  const std::optional<PeriodFigures> back = decodeFigures(encodeFigures(f));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back->table->at(0, Metric::kVacancyRate).value, third);
  EXPECT_TRUE(std::signbit(*back->table->at(0, Metric::kCaseloadMax).value));
  EXPECT_EQ(*back->table->at(1, Metric::kSicknessRate).value, tiny);
  EXPECT_EQ(back->table->at(1, Metric::kSicknessRate).n, int64_t(1) << 40);
  EXPECT_FALSE(back->table->at(1, Metric::kAgencyRate).value);
  EXPECT_EQ(back->table->at(1, Metric::kAgencyRate).n, 3);
  EXPECT_EQ(back->table->at(0, Metric::kStressShare).base, third);
  EXPECT_FALSE(back->table->at(0, Metric::kVacancyRate).base);
  EXPECT_FALSE(back->has_data);
}

TEST(FigureCodecTest, DamagedOrForeignBytesAreRefused) {
  PeriodFigures f;
  f.period = *Period::parse("2025-Q3");
  f.table.emplace(3);
  f.table->set(2, Metric::kCaseloadAvg, 12.5, 4);
  const std::string bytes = encodeFigures(f);
  ASSERT_TRUE(decodeFigures(bytes));
  EXPECT_FALSE(decodeFigures(""));
  EXPECT_FALSE(decodeFigures(bytes.substr(0, bytes.size() - 1))) << "truncated";
  EXPECT_FALSE(decodeFigures(bytes + "x")) << "trailing bytes";
  std::string other = bytes;
  other[0] = 'X';
  EXPECT_FALSE(decodeFigures(other)) << "another format";
  other = bytes;
  other[5] ^= 0x40;  // inside the catalogue's fingerprint
  EXPECT_FALSE(decodeFigures(other)) << "another set of metrics";
}

}  // namespace
}  // namespace hc::metrics

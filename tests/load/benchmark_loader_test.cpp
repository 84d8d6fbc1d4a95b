// The DfE's comparators as the dashboard and the reports load them, from
// the small files of tests/national/data with the council set to
// Darlington (LA 841). Worked by hand from indicators_small.csv:
//   vacancy_rate_fte  England 2024: 16.1, 2025: 14.2; North East 2025: 8.9
//   2025 North East authorities: Durham 6, Darlington 10, Redcar/Stockton
//   (one joint row) 10, Hartlepool 12, Middlesbrough 20, so Darlington
//   ranks 2 of 5 (ties share a rank); its neighbours (Hartlepool,
//   Middlesbrough, Stockton, and 202 which is not published) average
//   (12 + 20 + 10) / 3 = 14.0, and it ranks 1 of the 4 with a figure.
// A quarter is compared with the latest DfE year (to 30 September) ending
// by its last day: 2024-Q4 and 2025-Q2 with 2024, 2025-Q3 on with 2025.
#include "load/benchmark_loader.h"

#include <gtest/gtest.h>

#include "load/figure_loader.h"
#include "national/council_setting.h"
#include "national/indicators_import.h"
#include "national/neighbours_import.h"
#include "store/schema.h"
#include "support/test_database.h"

namespace hc::load {
namespace {

metrics::Period period(const char* text) { return *metrics::Period::parse(text); }

class BenchmarkLoaderTest : public ::testing::Test {
 protected:
  BenchmarkLoaderTest() { store::migrate(db()); }

  store::Database& db() { return test_db_.db(); }

  void importDfe(bool with_council) {
    const std::string data = std::string(HC_SOURCE_DIR) + "/tests/national/data/";
    ASSERT_TRUE(national::importIndicators(db(), data + "indicators_small.csv").stored());
    ASSERT_TRUE(national::importNeighbours(db(), data + "neighbours_small.csv").stored());
    if (!with_council) return;
    std::string error;
    const auto darlington = national::findAuthority(db(), "841", &error);
    ASSERT_TRUE(darlington) << error;
    national::setCouncilAuthority(db(), *darlington);
  }

  FigureLoader figures() const {
    return FigureLoader(test_db_.url(), metrics::Thresholds::defaults(), metrics::HealthCheckOptions{});
  }

  testing::TestDatabase test_db_;
};

TEST_F(BenchmarkLoaderTest, EachPeriodOfATrendHasItsOwnCensusYear) {
  importDfe(true);
  const std::vector<metrics::Period> periods{period("2020-Q1"), period("2024-Q4"), period("2025-Q2"),
                                             period("2025-Q3"), period("2026-Q3")};
  const std::vector<metrics::MetricBenchmarks> trend = trendBenchmarks(db(), periods);
  ASSERT_EQ(trend.size(), 5u);
  EXPECT_TRUE(trend[0].empty()) << "2020-Q1 ends before any imported DfE year";
  const double england[] = {0, 16.1, 16.1, 14.2, 14.2};
  const int year[] = {0, 2024, 2024, 2025, 2025};
  for (size_t k = 1; k < periods.size(); ++k) {
    ASSERT_EQ(trend[k].count("vacancy_rate"), 1u) << periods[k].label;
    EXPECT_EQ(trend[k].at("vacancy_rate").year, year[k]) << periods[k].label;
    EXPECT_DOUBLE_EQ(*trend[k].at("vacancy_rate").england, england[k]) << periods[k].label;
  }
  // 2024 has no regional row; 2025's is the North East's.
  EXPECT_FALSE(trend[1].at("vacancy_rate").region);
  EXPECT_DOUBLE_EQ(*trend[3].at("vacancy_rate").region, 8.9);
  EXPECT_DOUBLE_EQ(*trend[3].at("vacancy_rate").neighbours, 14.0);
}

TEST_F(BenchmarkLoaderTest, ATrendWithoutImportedFiguresHasNone) {
  const std::vector<metrics::MetricBenchmarks> trend =
      trendBenchmarks(db(), {period("2025-Q2"), period("2025-Q3")});
  ASSERT_EQ(trend.size(), 2u);
  EXPECT_TRUE(trend[0].empty());
  EXPECT_TRUE(trend[1].empty());
}

TEST_F(BenchmarkLoaderTest, ComparisonRanksTheCouncilForEveryPublishedMeasure) {
  importDfe(true);
  const std::vector<ComparedMeasure> measures = compareMeasures(db(), period("2025-Q3"));
  ASSERT_EQ(measures.size(), 5u);
  const char* ids[] = {"vacancy_rate", "agency_rate", "turnover_rate", "caseload_avg", "sickness_rate"};
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(measures[i].metric_id, ids[i]);
    EXPECT_TRUE(measures[i].ranking) << ids[i] << ": " << measures[i].problem;
    EXPECT_EQ(measures[i].benchmark.year, 2025) << ids[i];
  }
  const ComparedMeasure& vacancy = measures[0];
  EXPECT_EQ(vacancy.ranking->region.size(), 5u);
  EXPECT_EQ(vacancy.ranking->region.front().name, "County Durham");
  EXPECT_EQ(vacancy.benchmark.rank_in_region, 2);
  EXPECT_EQ(vacancy.benchmark.region_size, 5);
  EXPECT_EQ(vacancy.benchmark.rank_among_neighbours, 1);
  EXPECT_EQ(vacancy.benchmark.neighbours_size, 4);
  EXPECT_DOUBLE_EQ(*vacancy.benchmark.council_published, 10);
  EXPECT_DOUBLE_EQ(*vacancy.benchmark.neighbours, 14.0);
}

TEST_F(BenchmarkLoaderTest, ComparisonSaysWhyThereIsNoRanking) {
  const std::vector<ComparedMeasure> none = compareMeasures(db(), period("2025-Q3"));
  ASSERT_EQ(none.size(), 5u);
  EXPECT_FALSE(none[0].ranking);
  EXPECT_EQ(none[0].problem, "no imported DfE year ends by 2025-09-30 (import the DfE indicators)");

  importDfe(false);
  const std::vector<ComparedMeasure> no_council = compareMeasures(db(), period("2025-Q3"));
  ASSERT_EQ(no_council.size(), 5u);
  EXPECT_FALSE(no_council[0].ranking);
  EXPECT_EQ(no_council[0].problem,
            "this council's local authority is not set (healthcheck benchmarks council --la CODE)");
  EXPECT_DOUBLE_EQ(*no_council[0].benchmark.england, 14.2);  // England's figure needs no council
}

TEST_F(BenchmarkLoaderTest, FigureLoaderReadsThemOnItsOwnConnection) {
  importDfe(true);
  const FigureLoader loader = figures();
  const metrics::MetricBenchmarks q3 = loader.benchmarks(period("2025-Q3"));
  ASSERT_EQ(q3.size(), 5u);
  EXPECT_DOUBLE_EQ(*q3.at("vacancy_rate").england, 14.2);
  EXPECT_EQ(q3.at("vacancy_rate").rank_in_region, 2);
  const std::vector<metrics::MetricBenchmarks> trend = loader.trendBenchmarks({period("2025-Q2"), period("2025-Q3")});
  ASSERT_EQ(trend.size(), 2u);
  EXPECT_DOUBLE_EQ(*trend[0].at("vacancy_rate").england, 16.1);
  EXPECT_DOUBLE_EQ(*trend[1].at("vacancy_rate").england, 14.2);
  const std::vector<ComparedMeasure> compared = loader.comparison(period("2025-Q3"));
  ASSERT_EQ(compared.size(), 5u);
  ASSERT_TRUE(compared[0].ranking);
  // The council and its four neighbours; 202, unpublished, last and unranked.
  ASSERT_EQ(compared[0].ranking->neighbours.size(), 5u);
  EXPECT_FALSE(compared[0].ranking->neighbours.back().rank);
  EXPECT_EQ(compared[0].ranking->neighbours.back().old_la_code, "202");
}

}  // namespace
}  // namespace hc::load

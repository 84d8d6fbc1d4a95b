// Statistical neighbours, the council setting and the comparison model,
// worked out by hand on the small files of tests/national/data/:
//
// indicators_small.csv, 2025 (North East; lower is better for all five):
//   authority                      vacancy  agency  absence
//   Darlington 841 (the council)      10       5       3
//   County Durham 840                  6       x       4
//   Hartlepool 805                    12       9       c
//   Middlesbrough 806                 20     low       2
//   Redcar / Stockton 807 / 808       10       7       z    (one joint row)
//   England 14.2 / 13 / 3.5; North East 8.9 / 8.2 / 3.9
// neighbours_small.csv: Darlington's neighbours 805, 806, 808, 202 (Camden,
// not in the file).
#include <gtest/gtest.h>

#include <filesystem>

#include "metrics/period.h"
#include "national/benchmark_year.h"
#include "national/comparison.h"
#include "national/published_measures.h"
#include "national/council_setting.h"
#include "national/indicators_import.h"
#include "national/national_fixture.h"
#include "national/neighbours_import.h"
#include "national/published_data.h"
#include "support/test_files.h"

namespace hc::testing {
namespace {

metrics::Period period(const char* text) { return *metrics::Period::parse(text); }

TEST(BenchmarkYear, CensusYearMatchesItsOwnYearAndOtherPeriodsTheLatestEnded) {
  const std::vector<int> years = {2023, 2024, 2025};
  EXPECT_EQ(national::matchingYear(years, period("csww-2025")), 2025);
  EXPECT_EQ(national::matchingYear(years, period("csww-2024")), 2024);
  EXPECT_EQ(national::matchingYear(years, period("2025-Q3")), 2025);   // ends 30 Sep 2025
  EXPECT_EQ(national::matchingYear(years, period("2025-07")), 2024);   // before 30 Sep 2025
  EXPECT_EQ(national::matchingYear(years, period("2025/26")), 2025);
  EXPECT_EQ(national::matchingYear(years, period("csww-2027")), 2025); // not yet published
  EXPECT_FALSE(national::matchingYear(years, period("2023-06")).has_value());
  EXPECT_FALSE(national::matchingYear({}, period("csww-2025")).has_value());
}

class Neighbours : public NationalTest {};

TEST_F(Neighbours, ReadsTheDfeLayoutWithItsRepeatedColumnsAndHeading) {
  const auto report = national::importNeighbours(db(), nationalData("neighbours_small.csv"));
  ASSERT_TRUE(report.stored()) << messagesOf(report);
  EXPECT_EQ(report.inserted, 3);
  EXPECT_TRUE(hasMessage(report, "neighbours_small.csv:5: warning: section heading 'Old SNs:'")) << messagesOf(report);
  EXPECT_EQ(national::dfeNeighbours(db(), "841"), (std::vector<std::string>{"805", "806", "808", "202"}));
  EXPECT_EQ(national::dfeNeighbours(db(), "805"), (std::vector<std::string>{"806", "841"}));
  EXPECT_EQ(national::dfeNeighbours(db(), "835").size(), 2u);  // kept from under the heading
  auto st = db().prepare("SELECT closeness FROM statistical_neighbours WHERE old_la_code = ? AND neighbour_rank = 3");
  st->bindText(0, "841");
  ASSERT_TRUE(st->step());
  EXPECT_EQ(st->getText(0), "Close");  // the SNP after SN3
}

TEST_F(Neighbours, InvalidRowsRejectTheFileWithTheirReasons) {
  ASSERT_TRUE(national::importNeighbours(db(), nationalData("neighbours_small.csv")).stored());
  const auto report = national::importNeighbours(db(), nationalData("neighbours_invalid.csv"));
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kRejected);
  EXPECT_TRUE(hasMessage(report, "neighbours_invalid.csv:2: LA num: '84' is not a three-digit")) << messagesOf(report);
  EXPECT_TRUE(hasMessage(report, "neighbours_invalid.csv:2: SN2: '80X'"));
  EXPECT_TRUE(hasMessage(report, "neighbours_invalid.csv:3: SN1: names the authority itself"));
  EXPECT_TRUE(hasMessage(report, "neighbours_invalid.csv:5: LA num: authority 805 is listed again"));
  EXPECT_EQ(national::dfeNeighbours(db(), "841").size(), 4u);  // the earlier import stands
}

TEST_F(Neighbours, ThePublishedFileImports) {
  const std::string dir = sharedDataDir();
  const std::string path = dir.empty() ? "" : dir + "/statistical_neighbours_2021.csv";
  if (path.empty() || !std::filesystem::is_regular_file(path))
    GTEST_SKIP() << "statistical_neighbours_2021.csv not found: set HEALTHCHECK_SHARED_DATA to the folder "
                    "holding it (default ../shared/data)";
  const auto report = national::importNeighbours(db(), path);
  ASSERT_TRUE(report.stored()) << messagesOf(report);
  EXPECT_EQ(report.inserted, 156);
  // Barking and Dagenham (301): ten neighbours, Lewisham (203) closest.
  const auto n = national::dfeNeighbours(db(), "301");
  ASSERT_EQ(n.size(), 10u);
  EXPECT_EQ(n.front(), "203");
}

class Comparison : public NationalTest {
 protected:
  void SetUp() override {
    ASSERT_TRUE(national::importIndicators(db(), nationalData("indicators_small.csv")).stored());
    ASSERT_TRUE(national::importNeighbours(db(), nationalData("neighbours_small.csv")).stored());
  }
  void setCouncil(const std::string& code) {
    std::string error;
    const auto authority = national::findAuthority(db(), code, &error);
    ASSERT_TRUE(authority) << error;
    national::setCouncilAuthority(db(), *authority);
  }
};

TEST_F(Comparison, FindsAnAuthorityByEitherCodeAndWithinAJointRow) {
  std::string error;
  EXPECT_EQ(national::findAuthority(db(), "E06000005", &error)->old_la_code, "841");
  EXPECT_EQ(national::findAuthority(db(), "841", &error)->la_name, "Darlington");
  const auto stockton = national::findAuthority(db(), "808", &error);
  ASSERT_TRUE(stockton);
  EXPECT_EQ(stockton->new_la_code, "E06000004");
  EXPECT_EQ(stockton->la_name, "Stockton-on-Tees");
  EXPECT_FALSE(national::findAuthority(db(), "999", &error));
  EXPECT_NE(error.find("no local authority '999'"), std::string::npos);
}

TEST_F(Comparison, WithoutACouncilOnlyEnglandIsGiven) {
  const auto b = national::loadBenchmarks(db(), period("csww-2025"));
  ASSERT_EQ(b.size(), 5u);
  EXPECT_DOUBLE_EQ(*b.at("vacancy_rate").england, 14.2);
  EXPECT_FALSE(b.at("vacancy_rate").region);
  EXPECT_FALSE(b.at("vacancy_rate").neighbours);
  EXPECT_EQ(b.at("vacancy_rate").year, 2025);
}

TEST_F(Comparison, BenchmarksAreEnglandRegionAndTheNeighboursSimpleMean) {
  setCouncil("E06000005");
  const auto b = national::loadBenchmarks(db(), period("csww-2025"));
  const national::Benchmark& vacancy = b.at("vacancy_rate");
  EXPECT_EQ(vacancy.dfe_column, "vacancy_rate_fte");
  EXPECT_DOUBLE_EQ(*vacancy.england, 14.2);
  EXPECT_DOUBLE_EQ(*vacancy.region, 8.9);
  EXPECT_EQ(vacancy.region_name, "North East");
  // Neighbours 805 (12), 806 (20), 808 in the joint row (10), 202 absent:
  // (12 + 20 + 10) / 3.
  EXPECT_DOUBLE_EQ(*vacancy.neighbours, 14.0);
  EXPECT_DOUBLE_EQ(*vacancy.neighbours_median, 12.0);  // 10, 12, 20
  EXPECT_EQ(vacancy.neighbours_published, 3);
  EXPECT_EQ(vacancy.neighbours_total, 4);
  EXPECT_DOUBLE_EQ(*vacancy.council_published, 10.0);
  // Region: 6, 10 (council), 10 (joint), 12, 20 -> the council ties 2nd of 5.
  EXPECT_EQ(vacancy.rank_in_region, 2);
  EXPECT_EQ(vacancy.region_size, 5);
  // Council and neighbours: 10 (council), 10, 12, 20 -> tied 1st of 4.
  EXPECT_EQ(vacancy.rank_among_neighbours, 1);
  EXPECT_EQ(vacancy.neighbours_size, 4);

  // Agency: 806 'low' is not published, so the mean is (9 + 7) / 2 and the
  // ranks count only the published figures.
  const national::Benchmark& agency = b.at("agency_rate");
  EXPECT_DOUBLE_EQ(*agency.neighbours, 8.0);
  EXPECT_DOUBLE_EQ(*agency.neighbours_median, 8.0);  // even count: the middle two's mean
  EXPECT_EQ(agency.neighbours_published, 2);
  EXPECT_EQ(agency.rank_in_region, 1);
  EXPECT_EQ(agency.region_size, 3);
}

TEST_F(Comparison, AMonthIsComparedWithTheLastYearEndedBeforeIt) {
  setCouncil("841");
  const auto b = national::loadBenchmarks(db(), period("2025-07"));
  ASSERT_EQ(b.at("vacancy_rate").year, 2024);
  EXPECT_DOUBLE_EQ(*b.at("vacancy_rate").england, 16.1);
  EXPECT_DOUBLE_EQ(*b.at("vacancy_rate").council_published, 9.5);
  EXPECT_FALSE(b.at("vacancy_rate").region);  // no North East row in 2024
}

TEST_F(Comparison, TheCouncilsOwnNeighbourListReplacesTheDfes) {
  setCouncil("841");
  national::setNeighbourOverride(db(), {"840", "806"});
  EXPECT_EQ(national::councilNeighbours(db(), *national::councilAuthority(db())),
            (std::vector<std::string>{"840", "806"}));
  EXPECT_DOUBLE_EQ(*national::loadBenchmarks(db(), period("csww-2025")).at("vacancy_rate").neighbours, 13.0);
  national::setNeighbourOverride(db(), {});
  EXPECT_EQ(national::councilNeighbours(db(), *national::councilAuthority(db())).size(), 4u);
}

TEST_F(Comparison, AJointNeighbourIsNeverTheCouncilItself) {
  setCouncil("807");  // Redcar, published jointly with Stockton (808)
  national::setNeighbourOverride(db(), {"808", "841"});
  const auto vacancy = national::loadBenchmarks(db(), period("csww-2025")).at("vacancy_rate");
  EXPECT_EQ(vacancy.neighbours_total, 1);  // only Darlington
  EXPECT_DOUBLE_EQ(*vacancy.neighbours, 10.0);
}

TEST_F(Comparison, RankingListsTheRegionAndNeighboursBestFirst) {
  setCouncil("841");
  std::string error;
  const auto r = national::rankCouncil(db(), "sickness_rate", period("csww-2025"), &error);
  ASSERT_TRUE(r) << error;
  // Region absence: 806 2, 841 3, 840 4, 805 c, joint z.
  ASSERT_EQ(r->region.size(), 5u);
  EXPECT_EQ(r->region[0].name, "Middlesbrough");
  EXPECT_EQ(r->region[1].name, "Darlington");
  EXPECT_TRUE(r->region[1].is_council);
  EXPECT_EQ(r->region[1].rank, 2);
  EXPECT_FALSE(r->region[4].rank);  // unpublished, last
  EXPECT_FALSE(r->region[4].value);
  // Neighbours listed with the council; Camden (202) unpublished, last.
  ASSERT_EQ(r->neighbours.size(), 5u);
  EXPECT_EQ(r->neighbours.back().old_la_code, "202");
  EXPECT_DOUBLE_EQ(*r->neighbours_mean, 2.0);  // only Middlesbrough publishes one
}

TEST_F(Comparison, RankingExplainsWhatIsMissing) {
  std::string error;
  EXPECT_FALSE(national::rankCouncil(db(), "vacancy_rate", period("csww-2025"), &error));
  EXPECT_NE(error.find("not set"), std::string::npos) << error;
  setCouncil("841");
  EXPECT_FALSE(national::rankCouncil(db(), "supervision_compliance", period("csww-2025"), &error));
  EXPECT_NE(error.find("no equivalent"), std::string::npos) << error;
  EXPECT_FALSE(national::rankCouncil(db(), "vacancy_rate", period("2020"), &error));
}

TEST_F(Comparison, EveryMeasureAtOnceAgreesWithOneAtATime) {
  std::string error;
  // Without the council: benchmarks, but no rankings, and why.
  std::vector<national::MeasureComparison> all = national::compareEveryMeasure(db(), period("csww-2025"), &error);
  ASSERT_EQ(all.size(), national::publishedEquivalents().size());
  EXPECT_FALSE(all[0].ranking);
  EXPECT_NE(error.find("not set"), std::string::npos) << error;

  setCouncil("841");
  error.clear();
  all = national::compareEveryMeasure(db(), period("csww-2025"), &error);
  EXPECT_TRUE(error.empty()) << error;
  const national::Benchmarks one_by_one = national::loadBenchmarks(db(), period("csww-2025"));
  for (const auto& m : all) {
    ASSERT_TRUE(m.ranking) << m.benchmark.metric_id;
    const auto alone = national::rankCouncil(db(), m.benchmark.metric_id, period("csww-2025"), &error);
    ASSERT_TRUE(alone) << error;
    EXPECT_EQ(m.ranking->region.size(), alone->region.size());
    EXPECT_EQ(m.ranking->neighbours_mean, alone->neighbours_mean);
    EXPECT_EQ(m.benchmark.england, one_by_one.at(m.benchmark.metric_id).england);
    EXPECT_EQ(m.benchmark.rank_in_region, one_by_one.at(m.benchmark.metric_id).rank_in_region);
  }
  EXPECT_TRUE(national::compareEveryMeasure(db(), period("2020"), &error).empty());
  EXPECT_NE(error.find("no imported DfE year"), std::string::npos) << error;
}

}  // namespace
}  // namespace hc::testing

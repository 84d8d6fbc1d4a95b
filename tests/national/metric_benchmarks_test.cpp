// The "benchmark" object that `healthcheck metrics --format json` adds to
// each metric with a published DfE equivalent, and only to those.
#include <gtest/gtest.h>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "metrics/output.h"
#include "national/council_setting.h"
#include "national/indicators_import.h"
#include "national/metric_benchmarks.h"
#include "national/national_fixture.h"
#include "national/neighbours_import.h"

namespace hc::testing {
namespace {

// The council (adults' teams included) and its children's services, with
// the same figures.
metrics::HealthCheck oneScope(const metrics::Period& period) {
  metrics::HealthCheck hc;
  hc.period = period;
  hc.has_data = true;
  metrics::ScopeResult children;
  children.level = metrics::Level::kService;
  children.id = "children";
  children.name = "Children's services";
  metrics::AreaResult workload;
  workload.id = "workload";
  metrics::MetricResult vacancy;
  vacancy.id = "vacancy_rate";
  vacancy.value = 12.5;
  metrics::MetricResult caseload_max;
  caseload_max.id = "caseload_max";
  caseload_max.value = 30;
  workload.metrics = {vacancy, caseload_max};
  children.areas = {workload};
  metrics::ScopeResult council = children;
  council.level = metrics::Level::kCouncil;
  council.id = "council";
  council.name = "Darlington";
  hc.scopes = {council, children};
  return hc;
}

// Metric `id` of scope `scope` (0 the council, 1 children's services).
Poco::JSON::Object::Ptr metricOf(const std::string& json, const std::string& id, unsigned scope = 1) {
  Poco::JSON::Parser parser;
  auto root = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  return root->getArray("scopes")->getObject(scope)->getObject("areas")->getObject("workload")->getObject("metrics")->getObject(
      id);
}

class MetricBenchmarks : public NationalTest {
 protected:
  // The small DfE files with the council set to Darlington (841).
  void importWithCouncil() {
    ASSERT_TRUE(national::importIndicators(db(), nationalData("indicators_small.csv")).stored());
    ASSERT_TRUE(national::importNeighbours(db(), nationalData("neighbours_small.csv")).stored());
    std::string error;
    const auto darlington = national::findAuthority(db(), "841", &error);
    ASSERT_TRUE(darlington) << error;
    national::setCouncilAuthority(db(), *darlington);
  }
};

TEST_F(MetricBenchmarks, JsonGainsTheBenchmarkOfMetricsThatHaveOne) {
  importWithCouncil();
  const auto period = *metrics::Period::parse("csww-2025");
  const metrics::MetricBenchmarks benchmarks = national::loadMetricBenchmarks(db(), period);
  ASSERT_EQ(benchmarks.size(), 5u);

  const std::string json = metrics::toJson(oneScope(period), benchmarks);
  const auto vacancy = metricOf(json, "vacancy_rate");
  ASSERT_TRUE(vacancy->has("benchmark")) << json;
  const auto b = vacancy->getObject("benchmark");
  EXPECT_DOUBLE_EQ(b->getValue<double>("england"), 14.2);
  EXPECT_DOUBLE_EQ(b->getValue<double>("region"), 8.9);
  EXPECT_DOUBLE_EQ(b->getValue<double>("neighbours"), 14.0);
  EXPECT_EQ(b->getValue<int>("year"), 2025);
  EXPECT_DOUBLE_EQ(vacancy->getValue<double>("value"), 12.5);  // the rest unchanged
  EXPECT_FALSE(metricOf(json, "caseload_max")->has("benchmark"));
  EXPECT_FALSE(b->has("region_name"));  // the JSON keeps metrics.md's four fields and says what they compare
  EXPECT_EQ(b->getValue<std::string>("workforce"), "children's social workers");
  EXPECT_EQ(b->getValue<std::string>("compared_with"), "children");
  // The DfE counts children's social workers: never set against the whole
  // council's figure, which has adults' teams in it.
  EXPECT_FALSE(metricOf(json, "vacancy_rate", 0)->has("benchmark")) << json;
}

TEST_F(MetricBenchmarks, TheReportsGetTheMedianAndRanksToo) {
  importWithCouncil();
  const auto period = *metrics::Period::parse("csww-2025");
  const national::Benchmarks full = national::loadBenchmarks(db(), period);
  const metrics::MetricBenchmarks all = national::loadMetricBenchmarks(db(), period);
  ASSERT_EQ(all.size(), full.size());
  for (const auto& [id, b] : full) {  // every field the reports show, carried over unchanged
    const metrics::MetricBenchmark& m = all.at(id);
    EXPECT_TRUE(m.region_name == b.region_name && m.neighbours_median == b.neighbours_median &&
                m.neighbours_published == b.neighbours_published && m.council_published == b.council_published &&
                m.rank_in_region == b.rank_in_region && m.region_size == b.region_size &&
                m.rank_among_neighbours == b.rank_among_neighbours && m.neighbours_size == b.neighbours_size)
        << id;
  }
  // Not vacuous: the vacancy rate has every one of them.
  const metrics::MetricBenchmark& vacancy = all.at("vacancy_rate");
  EXPECT_EQ(vacancy.region_name, "North East");
  EXPECT_TRUE(vacancy.neighbours_median && vacancy.council_published && vacancy.rank_in_region &&
              vacancy.rank_among_neighbours);
}

TEST_F(MetricBenchmarks, WithoutImportedFiguresTheJsonIsUnchanged) {
  national::importIndicators(db(), "/nonexistent.csv");  // creates the schema, stores nothing
  const auto period = *metrics::Period::parse("csww-2025");
  const metrics::MetricBenchmarks none = national::loadMetricBenchmarks(db(), period);
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(metrics::toJson(oneScope(period), none), metrics::toJson(oneScope(period)));
  EXPECT_EQ(metrics::toJson(oneScope(period)).find("benchmark"), std::string::npos);
}

TEST_F(MetricBenchmarks, AnUnpublishedFigureIsNull) {
  ASSERT_TRUE(national::importIndicators(db(), nationalData("indicators_small.csv")).stored());
  const auto period = *metrics::Period::parse("csww-2025");
  metrics::MetricBenchmarks benchmarks = national::loadMetricBenchmarks(db(), period);
  const std::string json = metrics::toJson(oneScope(period), benchmarks);
  const auto b = metricOf(json, "vacancy_rate")->getObject("benchmark");
  EXPECT_TRUE(b->isNull("region"));  // no council set: no region
  EXPECT_TRUE(b->isNull("neighbours"));
  EXPECT_DOUBLE_EQ(b->getValue<double>("england"), 14.2);
}

}  // namespace
}  // namespace hc::testing

// The DfE's comparators in words: what is published is named, what is not
// is left out, and the source year is always stated.
#include "reports/benchmark_text.h"

#include <gtest/gtest.h>

namespace hc::reports {
namespace {

const metrics::MetricInfo& metric(const char* id) { return *metrics::findMetric(id); }

TEST(BenchmarkTextTest, OnlyPublishedComparatorsAreNamedInOrder) {
  metrics::MetricBenchmark b;
  b.year = 2025;
  EXPECT_TRUE(comparators(b).empty());
  EXPECT_EQ(benchmarkSentence(metric("vacancy_rate"), b), "");
  b.neighbours = 14.0;
  b.region = 8.9;  // without its name it cannot be labelled
  const auto list = comparators(b);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].kind, Comparator::Kind::kNeighbours);
  EXPECT_EQ(benchmarkSentence(metric("vacancy_rate"), b),
            "The statistical neighbours' average was 14.0% (DfE, year to 30 September 2025).");
  b.region_name = "Inner London";
  b.england = 14.2;
  ASSERT_EQ(comparators(b).size(), 3u);
  EXPECT_EQ(comparators(b)[1].name, "Inner London");
  EXPECT_EQ(benchmarkSentence(metric("vacancy_rate"), b),
            "The England rate was 14.2%, the Inner London rate was 8.9% and the statistical neighbours' average "
            "was 14.0% (DfE, year to 30 September 2025).");
}

TEST(BenchmarkTextTest, OtherUnitsAreFiguresNotRates) {
  metrics::MetricBenchmark b;
  b.year = 2024;
  b.england = 16.25;
  b.region = 17.0;
  b.region_name = "North East";
  EXPECT_EQ(benchmarkSentence(metric("caseload_avg"), b),
            "The England figure was 16.3 and the North East figure was 17.0 (DfE, year to 30 September 2024).");
  EXPECT_EQ(benchmarkSource(b), "DfE, year to 30 September 2024");
}

}  // namespace
}  // namespace hc::reports

#include "load/benchmark_loader.h"

#include <map>
#include <utility>

#include "national/benchmark_year.h"
#include "national/metric_benchmarks.h"
#include "national/published_data.h"
#include "national/published_measures.h"

namespace hc::load {

std::vector<metrics::MetricBenchmarks> trendBenchmarks(store::Database& db,
                                                       const std::vector<metrics::Period>& periods) {
  const std::vector<int> years = national::publishedYears(db);
  std::map<int, metrics::MetricBenchmarks> by_year;
  std::vector<metrics::MetricBenchmarks> out;
  for (const metrics::Period& p : periods) {
    const std::optional<int> year = national::matchingYear(years, p);
    if (!year) {
      out.emplace_back();
      continue;
    }
    auto it = by_year.find(*year);
    if (it == by_year.end()) it = by_year.emplace(*year, national::loadMetricBenchmarks(db, p)).first;
    out.push_back(it->second);
  }
  return out;
}

std::vector<ComparedMeasure> compareMeasures(store::Database& db, const metrics::Period& period) {
  std::string problem;
  std::vector<national::MeasureComparison> all = national::compareEveryMeasure(db, period, &problem);
  national::Benchmarks benchmarks;
  for (const auto& m : all) benchmarks.emplace(m.benchmark.metric_id, m.benchmark);
  const metrics::MetricBenchmarks summaries = national::toMetricBenchmarks(benchmarks);
  std::vector<ComparedMeasure> out;
  for (size_t i = 0; i < national::publishedEquivalents().size(); ++i) {
    ComparedMeasure m;
    m.metric_id = std::string(national::publishedEquivalents()[i].metric_id);
    if (i < all.size()) m.ranking = std::move(all[i].ranking);
    if (!m.ranking) m.problem = problem;
    if (auto s = summaries.find(m.metric_id); s != summaries.end()) m.benchmark = s->second;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace hc::load

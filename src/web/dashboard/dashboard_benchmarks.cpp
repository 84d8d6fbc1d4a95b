#include "web/dashboard/dashboard_benchmarks.h"

#include <map>

#include "national/benchmark_year.h"
#include "national/metric_benchmarks.h"
#include "national/published_data.h"
#include "national/published_measures.h"

namespace hc::web::dashboard {
namespace {

// Runs `work` on a borrowed connection; a connection that failed is not
// given back to the pool.
template <typename Work>
auto withConnection(http::DatabasePool& pool, Work work) {
  auto db = pool.acquire();
  try {
    return work(*db);
  } catch (...) {
    db.discard();
    throw;
  }
}

}  // namespace

metrics::MetricBenchmarks loadPeriodBenchmarks(http::DatabasePool& pool, const metrics::Period& period) {
  return withConnection(pool, [&](store::Database& db) { return national::loadMetricBenchmarks(db, period); });
}

std::vector<metrics::MetricBenchmarks> loadTrendBenchmarks(http::DatabasePool& pool,
                                                           const std::vector<metrics::Period>& periods) {
  return withConnection(pool, [&](store::Database& db) {
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
  });
}

std::vector<dashboard::ComparedMeasure> loadComparison(http::DatabasePool& pool, const metrics::Period& period) {
  return withConnection(pool, [&](store::Database& db) {
    std::string problem;
    std::vector<national::MeasureComparison> all = national::compareEveryMeasure(db, period, &problem);
    national::Benchmarks benchmarks;
    for (const auto& m : all) benchmarks.emplace(m.benchmark.metric_id, m.benchmark);
    const metrics::MetricBenchmarks summaries = national::toMetricBenchmarks(benchmarks);
    std::vector<dashboard::ComparedMeasure> out;
    for (size_t i = 0; i < national::publishedEquivalents().size(); ++i) {
      dashboard::ComparedMeasure m;
      m.metric_id = std::string(national::publishedEquivalents()[i].metric_id);
      if (i < all.size()) m.ranking = std::move(all[i].ranking);
      if (!m.ranking) m.problem = problem;
      if (auto s = summaries.find(m.metric_id); s != summaries.end()) m.benchmark = s->second;
      out.push_back(std::move(m));
    }
    return out;
  });
}

}  // namespace hc::web::dashboard

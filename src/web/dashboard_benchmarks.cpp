#include "web/dashboard_benchmarks.h"

#include "national/metric_benchmarks.h"
#include "national/published_measures.h"

namespace hc::web {
namespace {

// Runs `work` on a borrowed connection; a connection that failed is not
// given back to the pool.
template <typename Work>
auto withConnection(DatabasePool& pool, Work work) {
  auto db = pool.acquire();
  try {
    return work(*db);
  } catch (...) {
    db.discard();
    throw;
  }
}

}  // namespace

metrics::MetricBenchmarks loadPeriodBenchmarks(DatabasePool& pool, const metrics::Period& period) {
  return withConnection(pool, [&](store::Database& db) { return national::loadMetricBenchmarks(db, period); });
}

std::vector<dashboard::ComparedMeasure> loadComparison(DatabasePool& pool, const metrics::Period& period) {
  return withConnection(pool, [&](store::Database& db) {
    const metrics::MetricBenchmarks summaries = national::loadMetricBenchmarks(db, period);
    std::vector<dashboard::ComparedMeasure> out;
    for (const auto& eq : national::publishedEquivalents()) {
      dashboard::ComparedMeasure m;
      m.metric_id = std::string(eq.metric_id);
      m.ranking = national::rankCouncil(db, eq.metric_id, period, &m.problem);
      if (auto s = summaries.find(m.metric_id); s != summaries.end()) m.benchmark = s->second;
      out.push_back(std::move(m));
    }
    return out;
  });
}

}  // namespace hc::web

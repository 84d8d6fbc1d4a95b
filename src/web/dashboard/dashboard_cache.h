// DashboardCache: the computed health checks behind the directors'
// dashboard, kept in memory so that a page at national scale (5,000 teams)
// renders in milliseconds rather than the seconds a database load takes.
//
// An entry is one chosen period, alone (the overview, metric pages, CSV)
// or with the 7 before it (the team page's trend, the workbook), every
// scope, unpublished figures: the overview never waits for a trend load,
// which at national scale takes many times longer. A small LRU keeps the
// last few entries asked for. Every request first asks state(): one cheap query of
// the imports table (each import writes its row there in its own
// transaction), of the survey responses and of the settings the figures
// rest on (store/figure_settings_table.h); when any changed since the
// last request, every entry is dropped and recomputed on demand, so an
// import or a new threshold shows on the next page without a restart.
//
// The cache does not know how to load data: its owner gives the Loader
// (DashboardPages: load::FigureLoader; tests: a counting stand-in).
//
// Thread-safety: every member function is safe from any thread. Entries are
// shared_ptr<const>: a request keeps its snapshot alive even if another
// request evicts it. Loads are serialised so that concurrent first requests
// for a period compute it once.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_CACHE_H_
#define HC_WEB_DASHBOARD_DASHBOARD_CACHE_H_

#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "metrics/health_check.h"
#include "metrics/period.h"
#include "web/http/database_pool.h"

namespace hc::web::dashboard {

// The periods of one dashboard view, oldest first; current() is the one
// asked for.
struct DashboardSnapshot {
  std::vector<metrics::HealthCheck> periods;
  const metrics::HealthCheck& current() const { return periods.back(); }
};

// What the database holds, as far as the dashboard cares.
struct DataState {
  std::string version;        // changes whenever an import, a survey response or a settings change lands
  std::optional<Date> latest; // the latest date in any record (store/record_dates.h); nullopt when empty
};

class DashboardCache {
 public:
  // The `count` periods of `last`'s kind ending with `last`, oldest first,
  // every scope, computed with the dashboard's thresholds and options.
  // `published`: with the small-numbers rule applied (members, and a
  // manager's view of other teams).
  using Loader =
      std::function<std::vector<metrics::HealthCheck>(const metrics::Period& last, int count, bool published)>;

  DashboardCache(http::DatabasePool& pool, Loader loader, size_t capacity = 8, int trend_periods = 8);

  // Queries the database's version (and, when it changed, where the data
  // ends), dropping every entry if it changed. Throws DatabaseError.
  DataState state();

  // The snapshot of `period` alone, or with the trend periods before it
  // when `with_trend`, unpublished or `published`; computed now on a miss.
  std::shared_ptr<const DashboardSnapshot> get(const metrics::Period& period, bool with_trend = false,
                                               bool published = false);

  int trendPeriods() const { return trend_periods_; }

 private:
  std::shared_ptr<const DashboardSnapshot> find(const std::string& key);

  http::DatabasePool& pool_;
  Loader loader_;
  size_t capacity_;
  int trend_periods_;

  std::mutex mutex_;  // guards everything below
  std::list<std::pair<std::string, std::shared_ptr<const DashboardSnapshot>>> lru_;  // most recent first
  DataState state_;
  bool has_state_ = false;
  uint64_t generation_ = 0;  // bumped when entries are dropped

  std::mutex load_mutex_;  // one load at a time
};

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_CACHE_H_

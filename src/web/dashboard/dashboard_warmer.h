// DashboardWarmer: keeps the overview's default view (the latest complete
// quarter), unpublished and published, computed in the background, so that no director waits for a
// national load (seconds) on the first page after the server starts or
// after an import. It looks once at start and then every `interval`: when
// the data changed (DashboardCache::state() dropped the cache), it loads
// the default view again. A request that arrives first loads it itself;
// the cache makes the two share one load.
//
// Example:
//   DashboardWarmer warmer(dashboard.cache(), std::chrono::seconds(30));
//   ... serve ...   // the destructor stops it
//
// Thread-safety: owns one thread; the cache it uses is thread-safe.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_WARMER_H_
#define HC_WEB_DASHBOARD_DASHBOARD_WARMER_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "web/dashboard/dashboard_cache.h"

namespace hc::web::dashboard {

class DashboardWarmer {
 public:
  // `log` hears of a failed load (a database that is down), once per failure.
  DashboardWarmer(DashboardCache& cache, std::chrono::milliseconds interval,
                  std::function<void(const std::string&)> log = nullptr);
  ~DashboardWarmer();
  DashboardWarmer(const DashboardWarmer&) = delete;
  DashboardWarmer& operator=(const DashboardWarmer&) = delete;

  // How many times it has loaded the default view (both kinds): for tests.
  int loads() const;

 private:
  void run();

  DashboardCache& cache_;
  const std::chrono::milliseconds interval_;
  std::function<void(const std::string&)> log_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  int loads_ = 0;
  std::thread thread_;
};

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_WARMER_H_

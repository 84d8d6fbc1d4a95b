#include "web/dashboard/dashboard_warmer.h"

#include <exception>

#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

DashboardWarmer::DashboardWarmer(DashboardCache& cache, std::chrono::milliseconds interval,
                                 std::function<void(const std::string&)> log)
    : cache_(cache), interval_(interval), log_(std::move(log)), thread_([this] { run(); }) {}

DashboardWarmer::~DashboardWarmer() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

int DashboardWarmer::loads() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return loads_;
}

void DashboardWarmer::run() {
  std::string last_version;
  bool failing = false;
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      const DataState state = cache_.state();
      if (state.latest && state.version != last_version) {
        // As directors see it, and as members do (published).
        cache_.get(defaultPeriod(state.latest));
        cache_.get(defaultPeriod(state.latest), false, true);
        last_version = state.version;
        lock.lock();
        ++loads_;
        lock.unlock();
      }
      failing = false;
    } catch (const std::exception& e) {
      // Requests answer 503 meanwhile; say so once, not every interval.
      if (!failing && log_) log_(std::string("error: dashboard warm-up: ") + e.what());
      failing = true;
    }
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace hc::web::dashboard

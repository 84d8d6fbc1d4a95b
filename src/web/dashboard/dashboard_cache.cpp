#include "web/dashboard/dashboard_cache.h"

#include <algorithm>

#include "store/figure_settings_table.h"
#include "store/record_dates.h"
#include "store/stored_figures.h"

namespace hc::web::dashboard {

DashboardCache::DashboardCache(http::DatabasePool& pool, Loader loader, size_t capacity, int trend_periods)
    : pool_(pool), loader_(std::move(loader)), capacity_(std::max<size_t>(1, capacity)),
      trend_periods_(std::max(1, trend_periods)) {}

DataState DashboardCache::state() {
  std::string version;
  {
    auto db = pool_.acquire();
    try {
      // Cheap enough to run on every request, and it changes with every
      // import or answer, and every change of the settings the figures
      // rest on (thresholds, group size, caseload limit, the council's name).
      version = store::dataVersion(*db) + "; " + store::settingsVersion(*db);
    } catch (...) {
      db.discard();
      throw;
    }
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (has_state_ && version == state_.version) return state_;
  }
  // Changed (or first): find where the data ends, outside the lock.
  std::optional<Date> latest;
  {
    auto db = pool_.acquire();
    try {
      latest = store::lastRecordDate(*db);
    } catch (...) {
      db.discard();
      throw;
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (!has_state_ || version != state_.version) {
    lru_.clear();
    ++generation_;
    state_ = DataState{version, latest};
    has_state_ = true;
  }
  return state_;
}

std::shared_ptr<const DashboardSnapshot> DashboardCache::find(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = lru_.begin(); it != lru_.end(); ++it) {
    if (it->first != key) continue;
    lru_.splice(lru_.begin(), lru_, it);
    return lru_.front().second;
  }
  return nullptr;
}

std::shared_ptr<const DashboardSnapshot> DashboardCache::get(const metrics::Period& period, bool with_trend,
                                                             bool published) {
  const std::string base = period.label + (published ? "+published" : "");
  const std::string key = base + (with_trend ? "+trend" : "");
  if (auto hit = find(key)) return hit;
  // A snapshot with the trend serves a page without one too (its current()
  // is the same period): no second load after the team page.
  if (!with_trend)
    if (auto hit = find(base + "+trend")) return hit;
  std::lock_guard<std::mutex> load_lock(load_mutex_);
  // Another request may have loaded it while this one waited.
  if (auto hit = find(key)) return hit;
  uint64_t generation;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    generation = generation_;
  }
  auto snapshot = std::make_shared<DashboardSnapshot>();
  snapshot->periods = loader_(period, with_trend ? trend_periods_ : 1, published);
  std::shared_ptr<const DashboardSnapshot> result = std::move(snapshot);
  std::lock_guard<std::mutex> lock(mutex_);
  // Data that changed during the load may not be in it: serve it this once
  // but do not keep it.
  if (generation == generation_) {
    lru_.emplace_front(key, result);
    while (lru_.size() > capacity_) lru_.pop_back();
  }
  return result;
}

}  // namespace hc::web::dashboard

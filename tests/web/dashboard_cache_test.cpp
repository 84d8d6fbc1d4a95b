// DashboardCache: computes a period once, serves it from memory, keeps a
// bounded number of entries, and drops them when the database changes.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "store/schema.h"
#include "support/test_database.h"
#include "web/dashboard/dashboard_cache.h"

namespace hc::web {
namespace {

class DashboardCacheTest : public ::testing::Test {
 protected:
  DashboardCacheTest() : pool_(db_.url(), 4) { store::migrate(db_.db()); }

  dashboard::DashboardCache::Loader countingLoader() {
    return [this](const metrics::Period& last, int count, bool published) {
      ++loads_;
      published_loads_ += published;
      std::vector<metrics::HealthCheck> out(static_cast<size_t>(count));
      metrics::Period p = last;
      for (int i = count - 1; i >= 0; --i, p = p.previous()) out[static_cast<size_t>(i)].period = p;
      return out;
    };
  }
  void recordImport() {
    db_.db().prepare("INSERT INTO imports (file_name, kind, started_at) VALUES ('x.csv', 'teams', '2026-10-01 09:00:00')")
        ->execute();
  }
  static metrics::Period period(const char* text) { return *metrics::Period::parse(text); }

  testing::TestDatabase db_;
  http::DatabasePool pool_;
  std::atomic<int> loads_{0};
  std::atomic<int> published_loads_{0};
};

TEST_F(DashboardCacheTest, ComputesAPeriodOnceAndSharesIt) {
  dashboard::DashboardCache cache(pool_, countingLoader(), 2, 8);
  cache.state();
  auto a = cache.get(period("2026-Q3"));
  auto b = cache.get(period("2026-Q3"));
  EXPECT_EQ(loads_, 1);
  EXPECT_EQ(a.get(), b.get());
  ASSERT_EQ(a->periods.size(), 1u);
  EXPECT_EQ(a->current().period.label, "2026-Q3");
  // With the trend: the 8 periods ending with it, oldest first; and it then
  // serves the plain view too.
  auto t = cache.get(period("2026-Q2"), true);
  ASSERT_EQ(t->periods.size(), 8u);
  EXPECT_EQ(t->periods.front().period.label, "2024-Q3");
  EXPECT_EQ(cache.get(period("2026-Q2")).get(), t.get());
  EXPECT_EQ(loads_, 2);
}

TEST_F(DashboardCacheTest, PublishedAndUnpublishedFiguresAreSeparateEntries) {
  dashboard::DashboardCache cache(pool_, countingLoader(), 4, 8);
  cache.state();
  auto unpublished = cache.get(period("2026-Q3"));
  auto published = cache.get(period("2026-Q3"), false, true);
  EXPECT_NE(unpublished.get(), published.get()) << "a member must never be served the directors' figures";
  EXPECT_EQ(loads_, 2);
  EXPECT_EQ(published_loads_, 1);
  // Nor does a trend of one kind stand in for the plain view of the other.
  cache.get(period("2026-Q2"), true, true);
  EXPECT_EQ(published_loads_, 2);
  cache.get(period("2026-Q2"));
  EXPECT_EQ(loads_, 4);
  EXPECT_EQ(published_loads_, 2);
  EXPECT_EQ(cache.get(period("2026-Q2"), false, true)->periods.size(), 8u);
  EXPECT_EQ(loads_, 4);
}

TEST_F(DashboardCacheTest, KeepsOnlyTheMostRecentEntries) {
  dashboard::DashboardCache cache(pool_, countingLoader(), 2, 8);
  cache.state();
  auto kept = cache.get(period("2026-Q1"));
  cache.get(period("2026-Q2"));
  cache.get(period("2026-Q3"));  // evicts 2026-Q1, the least recently used
  EXPECT_EQ(loads_, 3);
  cache.get(period("2026-Q3"));
  EXPECT_EQ(loads_, 3);
  EXPECT_EQ(kept->current().period.label, "2026-Q1");  // still usable by its holder
  cache.get(period("2026-Q1"));
  EXPECT_EQ(loads_, 4);
}

TEST_F(DashboardCacheTest, AnImportDropsEveryEntry) {
  dashboard::DashboardCache cache(pool_, countingLoader(), 4, 8);
  const std::string before = cache.state().version;
  cache.get(period("2026-Q3"));
  cache.state();  // nothing changed
  cache.get(period("2026-Q3"));
  EXPECT_EQ(loads_, 1);
  recordImport();
  EXPECT_NE(cache.state().version, before);
  cache.get(period("2026-Q3"));
  EXPECT_EQ(loads_, 2);
}

TEST_F(DashboardCacheTest, ConcurrentFirstRequestsLoadOnce) {
  dashboard::DashboardCache cache(pool_, countingLoader(), 4, 8);
  cache.state();
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) threads.emplace_back([&] { cache.get(period("2026-Q3")); });
  for (auto& t : threads) t.join();
  EXPECT_EQ(loads_, 1);
}

}  // namespace
}  // namespace hc::web

// DashboardWarmer: the overview's default view is loaded at start and again
// after an import, without a request asking for it.
#include "web/dashboard/dashboard_warmer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <sstream>
#include <thread>

#include "run_cli.h"
#include "support/test_database.h"
#include "support/test_files.h"
#include "web/dashboard/dashboard_query.h"
#include "web/web_app.h"

namespace hc::web {
namespace {

using testing_support::runCli;

// Waits, up to 30 s, for `done`: the warmer works on a thread of its own.
template <typename Done>
bool eventually(Done done) {
  for (int i = 0; i < 3000 && !done(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return done();
}

TEST(DashboardWarmerTest, LoadsTheDefaultViewAtStartAndAgainAfterAnImport) {
  testing::TestDatabase db;
  const std::string dir = testing::makeTempDir("hc-warmer");
  runCli({"--db", db.url(), "demo", "--out", dir + "/demo", "--teams", "2", "--months", "6", "--seed", "3"});
  runCli({"--db", db.url(), "import", dir + "/demo"});
  WebAppOptions options;
  options.db_url = db.url();
  options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
  options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
  WebApp app(options);

  std::atomic<int> loads{0}, published{0};
  std::string loaded_label;
  dashboard::DashboardCache cache(app.pool(), [&](const metrics::Period& last, int count, bool is_published) {
    loaded_label = last.label;
    ++loads;
    published += is_published;
    return std::vector<metrics::HealthCheck>(size_t(count), metrics::HealthCheck{last});
  });
  const metrics::Period expected = dashboard::defaultPeriod(cache.state().latest);
  {
    dashboard::DashboardWarmer warmer(cache, std::chrono::milliseconds(20));
    ASSERT_TRUE(eventually([&] { return warmer.loads() == 1; }));
    EXPECT_EQ(loads, 2) << "directors' figures and members' (published)";
    EXPECT_EQ(published, 1);
    EXPECT_EQ(loaded_label, expected.label) << "the view the overview opens on";
    // A request now finds both computed: no further load.
    EXPECT_EQ(cache.get(expected)->current().period.label, expected.label);
    EXPECT_EQ(cache.get(expected, false, true)->current().period.label, expected.label);
    EXPECT_EQ(loads, 2);

    runCli({"--db", db.url(), "import", dir + "/demo/teams.csv"});
    ASSERT_TRUE(eventually([&] { return warmer.loads() == 2; })) << "an import changes the data: load again";
    EXPECT_EQ(loads, 4);
  }
  // Stopped with the warmer: nothing loads after an import now.
  runCli({"--db", db.url(), "import", dir + "/demo/teams.csv"});
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(loads, 4);
}

}  // namespace
}  // namespace hc::web

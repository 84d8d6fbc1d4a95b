// Stored figures (load/stored_figures.h) on each database: what is read
// back is what the engine computes from the records, and an import, other
// options or damaged bytes make it compute again.
#include "load/stored_figures.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "demo/demo_council.h"
#include "ingest/importer.h"
#include "load/health_check_loader.h"
#include "load/metrics_data.h"
#include "load/trend_loader.h"
#include "metrics/output.h"
#include "store/schema.h"
#include "store/stored_figures.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::load {
namespace {

// A demo council of 6 teams over 15 months, imported whole.
class StoredFiguresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::migrate(db_.db());
    dir_ = hc::testing::makeTempDir("stored-figures");
    demo::DemoOptions options;
    options.teams = 6;
    options.months = 15;
    options.seed = 11;
    demo::writeDemoCouncil(options, dir_);
    importFiles({dir_});
    latest_ = *latestCompletePeriod(db_.db(), metrics::Period::Kind::kQuarter);
    run_ = metrics::trendRun(latest_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void importFiles(const std::vector<std::string>& paths) {
    for (const ingest::FileReport& r : ingest::importPaths(db_.db(), paths, {}))
      ASSERT_FALSE(ingest::anyRejected({r})) << r.path;
  }
  size_t storedRows() {
    auto st = db_.db().prepare("SELECT COUNT(*) FROM stored_figures");
    st->step();
    const size_t n = size_t(st->getInt(0));
    while (st->step()) {
    }
    return n;
  }
  // The health check straight from the records, as before figures were stored.
  std::string fromRecords(const metrics::HealthCheckOptions& options = {}) {
    const Dataset data = loadMetricsData(db_.db(), run_.front().from, run_.back().to);
    return metrics::toJson(metrics::computeHealthCheck(data, latest_, metrics::Thresholds::defaults(), options));
  }
  std::string fromWindow(const metrics::HealthCheckOptions& options = {}, bool* computed = nullptr) {
    const TrendWindow window = TrendWindow::load(db_.db(), latest_, 1, options);
    if (computed) *computed = window.computed();
    return metrics::toJson(window.compute(latest_, metrics::Thresholds::defaults(), options));
  }

  hc::testing::TestDatabase db_;
  std::string dir_;
  metrics::Period latest_;
  std::vector<metrics::Period> run_;
};

TEST_F(StoredFiguresTest, FiguresReadBackAreThoseComputedFromTheRecords) {
  bool computed = false;
  const std::string first = fromWindow({}, &computed);
  EXPECT_TRUE(computed) << "nothing was stored yet";
  EXPECT_EQ(storedRows(), run_.size()) << "one row per period of the run";
  const std::string second = fromWindow({}, &computed);
  EXPECT_FALSE(computed) << "the second load reads what the first stored";
  EXPECT_EQ(second, first);
  EXPECT_EQ(second, fromRecords());
  EXPECT_NE(first.find("\"value\": "), std::string::npos) << "the demo council has figures to compare";
}

TEST_F(StoredFiguresTest, PublishedViewIsAppliedToStoredFigures) {
  fromWindow();  // stores the figures
  metrics::HealthCheckOptions published;
  published.published = true;
  bool computed = true;
  EXPECT_EQ(fromWindow(published, &computed), fromRecords(published));
  EXPECT_FALSE(computed) << "suppression is applied after the stored step";
}

TEST_F(StoredFiguresTest, AnImportMakesTheFiguresComputeAgain) {
  fromWindow();
  const std::string before = store::dataVersion(db_.db());
  // A later export of one team's meetings: a new meeting in the latest quarter.
  const std::string meetings = dir_ + "/more/team_meetings.csv";
  std::filesystem::create_directories(dir_ + "/more");
  auto first_team = db_.db().prepare("SELECT MIN(team_id) FROM teams");
  ASSERT_TRUE(first_team->step());
  const std::string team = first_team->getText(0);
  while (first_team->step()) {
  }
  std::ofstream(meetings) << "meeting_id,team_id,date\nM-extra," << team << "," << latest_.to.plusDays(-3).iso() << "\n";
  importFiles({meetings});
  EXPECT_NE(store::dataVersion(db_.db()), before);
  bool computed = false;
  const std::string after = fromWindow({}, &computed);
  EXPECT_TRUE(computed) << "the stored figures are of the records before the import";
  EXPECT_EQ(after, fromRecords());
}

TEST_F(StoredFiguresTest, OtherOptionsAreStoredApart) {
  fromWindow();
  metrics::HealthCheckOptions low;
  low.caseload_limit = 3;
  bool computed = false;
  const std::string with_low = fromWindow(low, &computed);
  EXPECT_TRUE(computed) << "caseload_over_limit rests on the limit";
  EXPECT_EQ(with_low, fromRecords(low));
  EXPECT_EQ(storedRows(), 2 * run_.size());
  EXPECT_EQ(figureOptionsKey(low), "caseload_limit=3");
}

TEST_F(StoredFiguresTest, DamagedBytesAreComputedAgain) {
  fromWindow();
  auto damage = db_.db().prepare("UPDATE stored_figures SET figures = ? WHERE period = ?");
  damage->bindBlob(0, std::string("\0\xff broken", 9));
  damage->bindText(1, latest_.label);
  ASSERT_EQ(damage->execute(), 1);
  bool computed = false;
  EXPECT_EQ(fromWindow({}, &computed), fromRecords());
  EXPECT_TRUE(computed);
}

TEST_F(StoredFiguresTest, StoreLatestFiguresPreparesTheLatestQuarter) {
  const std::optional<metrics::Period> stored = storeLatestFigures(db_.db(), {});
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->label, latest_.label);
  // The team page's 12 quarters, each with 11 before it to look back on.
  EXPECT_EQ(storedRows(), size_t(2 * metrics::kTrendPeriods - 1));
  bool computed = true;
  fromWindow({}, &computed);
  EXPECT_FALSE(computed) << "the metrics command's run";
  for (int count : {1, 8, metrics::kTrendPeriods})
    EXPECT_FALSE(TrendWindow::load(db_.db(), latest_, count, {}).computed()) << count << " quarters";
  EXPECT_TRUE(TrendWindow::load(db_.db(), latest_.previous(), metrics::kTrendPeriods, {}).computed())
      << "a run reaching further back than the import prepared";
}

TEST(StoredFiguresEmptyTest, NothingToStoreWithoutRecords) {
  hc::testing::TestDatabase db;
  store::migrate(db.db());
  EXPECT_FALSE(storeLatestFigures(db.db(), {}));
}

}  // namespace
}  // namespace hc::load

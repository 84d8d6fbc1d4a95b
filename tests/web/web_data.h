// The data the web tests serve, put in place through the libraries the
// commands use (demo, ingest, national) rather than the command line,
// which sits above web: each helper fails the test unless all of it is
// stored.
#ifndef HC_TESTS_WEB_WEB_DATA_H_
#define HC_TESTS_WEB_WEB_DATA_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "demo/demo_council.h"
#include "ingest/importer.h"
#include "national/council_setting.h"
#include "national/indicators_import.h"
#include "national/neighbours_import.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::web::testing_support {

// healthcheck demo --out DIR --teams T --months M --seed S
inline void writeDemo(const std::string& dir, int teams, int months, uint64_t seed) {
  demo::DemoOptions options;
  options.teams = teams;
  options.months = months;
  options.seed = seed;
  demo::writeDemoCouncil(options, dir);
}

// healthcheck import PATH...: every file stored whole.
inline void importPaths(const std::string& db_url, const std::vector<std::string>& paths) {
  auto db = store::openDatabase(db_url);
  const std::vector<ingest::FileReport> reports = ingest::importPaths(*db, paths, {});
  for (const ingest::FileReport& r : reports)
    EXPECT_FALSE(ingest::anyRejected({r})) << r.path << ": " << ingest::name(r.outcome);
}

// healthcheck benchmarks import INDICATORS; benchmarks neighbours import
// NEIGHBOURS; benchmarks council --la LA.
inline void importBenchmarks(const std::string& db_url, const std::string& indicators, const std::string& neighbours,
                             const std::string& la) {
  auto db = store::openDatabase(db_url);
  store::migrate(*db);
  EXPECT_TRUE(national::importIndicators(*db, indicators).stored()) << indicators;
  EXPECT_TRUE(national::importNeighbours(*db, neighbours).stored()) << neighbours;
  std::string error;
  const auto authority = national::findAuthority(*db, la, &error);
  ASSERT_TRUE(authority) << error;
  national::setCouncilAuthority(*db, *authority);
}

}  // namespace hc::web::testing_support

#endif  // HC_TESTS_WEB_WEB_DATA_H_

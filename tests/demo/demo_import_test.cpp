// A demo council's folder imports with the real importer with zero rejects
// and zero warnings: the end-to-end form of demo_validity_test.
#include <gtest/gtest.h>

#include "demo/demo_council.h"
#include "ingest/importer.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::demo {
namespace {

TEST(DemoImportTest, DemoFolderImportsWithZeroRejects) {
  DemoOptions options;  // the council `healthcheck demo` writes by default
  const std::string dir = hc::testing::makeTempDir("demo-import");
  const DemoSummary summary = writeDemoCouncil(options, dir);

  hc::testing::TestDatabase test_db;
  store::migrate(test_db.db());
  const auto reports = ingest::importPaths(test_db.db(), {dir}, ingest::ImportOptions{});
  ASSERT_EQ(reports.size(), summary.rows_per_file.size());
  EXPECT_FALSE(ingest::anyRejected(reports));
  std::map<std::string, int64_t> inserted;
  for (const auto& r : reports) {
    EXPECT_EQ(r.outcome, ingest::FileOutcome::kStored) << r.path;
    EXPECT_EQ(r.rejected, 0) << r.path;
    EXPECT_EQ(r.warnings, 0) << r.path;
    for (const auto& m : r.messages) ADD_FAILURE() << m.text();
    inserted[r.path.substr(r.path.rfind('/') + 1)] = r.inserted;
  }
  for (const auto& [file, rows] : summary.rows_per_file) EXPECT_EQ(inserted[file], rows) << file;
}

}  // namespace
}  // namespace hc::demo

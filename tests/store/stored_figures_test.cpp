// The stored_figures table (store/stored_figures.h) and the BLOB binding it
// rests on, on each database.
#include "store/stored_figures.h"

#include <gtest/gtest.h>

#include <string>

#include "store/schema.h"
#include "support/test_database.h"

namespace hc::store {
namespace {

class StoredFiguresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { migrate(db()); }
  Database& db() { return test_db_.db(); }
  hc::testing::TestDatabase test_db_;
};

// Every byte value, NULs and bytes that are not UTF-8 among them.
std::string everyByte(size_t repeat) {
  std::string bytes;
  for (size_t r = 0; r < repeat; ++r)
    for (int b = 0; b < 256; ++b) bytes.push_back(char(b));
  return bytes;
}

TEST_F(StoredFiguresStoreTest, BytesReadBackExactly) {
  const std::string bytes = everyByte(4096);  // 1 MB: larger than a MySQL BLOB's 64 kB
  writeStoredFigures(db(), "2025-Q3", "caseload_limit=20", "imports 1, responses 0", bytes);
  const std::optional<std::string> back = readStoredFigures(db(), "2025-Q3", "caseload_limit=20", "imports 1, responses 0");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->size(), bytes.size());
  EXPECT_TRUE(*back == bytes);
}

TEST_F(StoredFiguresStoreTest, OnlyTheCurrentVersionIsRead) {
  writeStoredFigures(db(), "2025-Q3", "caseload_limit=20", "imports 1, responses 0", "old");
  EXPECT_FALSE(readStoredFigures(db(), "2025-Q3", "caseload_limit=20", "imports 2, responses 0"));
  EXPECT_FALSE(readStoredFigures(db(), "2025-Q3", "caseload_limit=25", "imports 1, responses 0"));
  EXPECT_FALSE(readStoredFigures(db(), "2025-Q2", "caseload_limit=20", "imports 1, responses 0"));
  // Written over at the new version: one row per period and options.
  writeStoredFigures(db(), "2025-Q3", "caseload_limit=20", "imports 2, responses 0", "new");
  EXPECT_EQ(readStoredFigures(db(), "2025-Q3", "caseload_limit=20", "imports 2, responses 0"), "new");
  EXPECT_FALSE(readStoredFigures(db(), "2025-Q3", "caseload_limit=20", "imports 1, responses 0"));
  auto count = db().prepare("SELECT COUNT(*) FROM stored_figures");
  ASSERT_TRUE(count->step());
  EXPECT_EQ(count->getInt(0), 1);
  while (count->step()) {
  }
}

TEST_F(StoredFiguresStoreTest, DataVersionMovesWithImportsAndResponses) {
  EXPECT_EQ(dataVersion(db()), "imports 0, responses 0");
  auto import = db().prepare("INSERT INTO imports (file_name, kind, started_at) VALUES ('teams.csv', 'teams', '2026-01-01 09:00:00')");
  import->execute();
  const std::string one = dataVersion(db());
  EXPECT_NE(one, "imports 0, responses 0");
  EXPECT_EQ(one.rfind("imports ", 0), 0u);
  EXPECT_NE(one.find(", responses 0"), std::string::npos);
  import->execute();
  const std::string two = dataVersion(db());
  EXPECT_NE(two, one);
  EXPECT_NE(two.find(", responses 0"), std::string::npos);
  countSubmission(db());
  EXPECT_EQ(dataVersion(db()), two.substr(0, two.find(", responses")) + ", responses 1");
}

}  // namespace
}  // namespace hc::store

// Database::backupTo: SQLite's online backup gives a copy that opens and
// holds the same rows, a consistent snapshot even while another connection
// keeps writing, and never a half-written file under the backup's name;
// MySQL is pointed at mysqldump.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "store/database.h"
#include "store_test_util.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::store {
namespace {

using hc::testing::countRows;
using hc::testing::queryText;
using hc::testing::run;

// Rows are written in whole batches of kBatch, one transaction each: a copy
// holding a partial batch would be a torn snapshot.
constexpr int kBatch = 50;

class BackupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tdb_.db().executeScript(tdb_.isMysql() ? "CREATE TABLE rows_ (id INTEGER PRIMARY KEY, batch INTEGER, payload TEXT) "
                                             "ENGINE=InnoDB"
                                           : "CREATE TABLE rows_ (id INTEGER PRIMARY KEY, batch INTEGER, payload TEXT)");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static void writeBatch(Database& db, int batch) {
    Transaction t(db);
    auto insert = db.prepare("INSERT INTO rows_ (id, batch, payload) VALUES (?, ?, ?)");
    for (int i = 0; i < kBatch; ++i) {
      insert->bindInt(0, static_cast<int64_t>(batch) * kBatch + i);
      insert->bindInt(1, batch);
      insert->bindText(2, std::string(200, static_cast<char>('a' + (batch + i) % 26)));
      insert->execute();
    }
    t.commit();
  }

  hc::testing::TestDatabase tdb_;
  std::string dir_ = hc::testing::makeTempDir("hc-backup");
};

TEST_F(BackupTest, TheCopyOpensAndHoldsTheSameRows) {
  for (int b = 0; b < 40; ++b) writeBatch(tdb_.db(), b);
  const std::string copy = dir_ + "/copy.db";
  const BackupResult result = tdb_.db().backupTo(copy);
  if (tdb_.isMysql()) {
    EXPECT_FALSE(result.ok);
    EXPECT_NE(result.message.find("mysqldump --single-transaction"), std::string::npos) << result.message;
    EXPECT_FALSE(std::filesystem::exists(copy));
    return;
  }
  ASSERT_TRUE(result.ok) << result.message;
  EXPECT_GT(result.pages, 0);
  EXPECT_EQ(result.bytes, static_cast<int64_t>(std::filesystem::file_size(copy)));
  auto restored = openDatabase("sqlite:" + copy);
  EXPECT_EQ(countRows(*restored, "rows_"), 40 * kBatch);
  // Every row, not only the count: the same digest of ids and payloads.
  const std::string digest = "SELECT SUM(id * LENGTH(payload)), GROUP_CONCAT(SUBSTR(payload, 1, 1), '') FROM "
                             "(SELECT id, payload FROM rows_ ORDER BY id)";
  EXPECT_EQ(queryText(*restored, digest), queryText(tdb_.db(), digest));
  EXPECT_EQ(queryText(*restored, "PRAGMA integrity_check"), "ok");
  // No temporary file is left beside it.
  for (const auto& entry : std::filesystem::directory_iterator(dir_))
    EXPECT_EQ(entry.path().filename().string().find("partial"), std::string::npos) << entry.path();
}

TEST_F(BackupTest, ABackupTakenWhileAnotherConnectionWritesIsAWholeSnapshot) {
  if (tdb_.isMysql()) {
    EXPECT_FALSE(tdb_.db().backupTo(dir_ + "/copy.db").ok);
    return;
  }
  for (int b = 0; b < 200; ++b) writeBatch(tdb_.db(), b);
  std::atomic<bool> stop{false};
  std::atomic<int> written{200};
  std::thread writer([&] {
    auto db = tdb_.open();  // the server's connection, as it were
    while (!stop) writeBatch(*db, written++);
  });
  int64_t previous = 0;
  for (int i = 0; i < 5; ++i) {
    const std::string copy = dir_ + "/copy" + std::to_string(i) + ".db";
    const BackupResult result = tdb_.db().backupTo(copy);
    ASSERT_TRUE(result.ok) << result.message;
    auto restored = openDatabase("sqlite:" + copy);
    const int64_t rows = countRows(*restored, "rows_");
    EXPECT_EQ(rows % kBatch, 0) << "a batch was copied half-written";
    EXPECT_EQ(queryText(*restored, "SELECT COUNT(DISTINCT batch) * " + std::to_string(kBatch) + " FROM rows_"),
              std::to_string(rows));
    EXPECT_GE(rows, previous);
    previous = rows;
    EXPECT_EQ(queryText(*restored, "PRAGMA integrity_check"), "ok");
  }
  stop = true;
  writer.join();
  // The writer was never held up for good: all its batches are stored.
  EXPECT_EQ(countRows(tdb_.db(), "rows_"), static_cast<int64_t>(written) * kBatch);
}

TEST_F(BackupTest, RefusedBackupsSayWhyAndChangeNothing) {
  if (tdb_.isMysql()) {
    EXPECT_NE(tdb_.db().backupTo(dir_ + "/copy.db").message.find("mysqldump"), std::string::npos);
    return;
  }
  writeBatch(tdb_.db(), 0);
  const std::string copy = dir_ + "/copy.db";
  ASSERT_TRUE(tdb_.db().backupTo(copy).ok);
  // Into a folder that does not exist, and over the database itself.
  BackupResult r = tdb_.db().backupTo(dir_ + "/missing/copy.db");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.message.find("no folder"), std::string::npos) << r.message;
  const std::string self = tdb_.url().substr(std::string("sqlite:").size());
  r = tdb_.db().backupTo(self);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.message.find("is the database itself"), std::string::npos) << r.message;
  EXPECT_EQ(countRows(tdb_.db(), "rows_"), kBatch);
  EXPECT_EQ(countRows(*openDatabase("sqlite:" + copy), "rows_"), kBatch);
}

}  // namespace
}  // namespace hc::store

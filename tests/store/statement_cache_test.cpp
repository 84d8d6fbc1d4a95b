// StatementCache: one prepared statement per SQL text, reused with new
// bindings, on SQLite and MariaDB.
#include "store/statement_cache.h"

#include <gtest/gtest.h>

#include <string>

#include "store_test_util.h"
#include "support/test_database.h"

namespace hc::store {
namespace {

TEST(StatementCache, PreparesEachSqlOnceAndRunsItAgainWithNewBindings) {
  testing::TestDatabase test_db;
  Database& db = test_db.db();
  testing::run(db, "CREATE TABLE cached (k VARCHAR(10) PRIMARY KEY, v INTEGER NOT NULL)");
  StatementCache cache(db);
  // A key built at run time finds the statement prepared from a literal.
  const std::string insert = std::string("INSERT INTO cached (k, v) ") + "VALUES (?, ?)";
  Statement& first = cache.get("INSERT INTO cached (k, v) VALUES (?, ?)");
  EXPECT_EQ(&cache.get(insert), &first);
  for (int i = 0; i < 3; ++i) {
    first.bindText(0, "k" + std::to_string(i));
    first.bindInt(1, i * 10);
    EXPECT_EQ(first.execute(), 1);
  }
  Statement& query = cache.get("SELECT v FROM cached WHERE k = ?");
  EXPECT_NE(&query, &first);
  EXPECT_EQ(cache.size(), 2u);
  for (int i : {2, 0, 1}) {
    query.bindText(0, "k" + std::to_string(i));
    int64_t found = -1;
    while (query.step()) found = query.getInt(0);
    EXPECT_EQ(found, i * 10);
  }
  EXPECT_EQ(testing::countRows(db, "cached"), 3);
}

}  // namespace
}  // namespace hc::store

// The Database interface on whichever engine HEALTHCHECK_TEST_DB names:
// typed round trips, upserts, transactions, error mapping.
#include "store/database.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>

#include "store/schema.h"
#include "store_test_util.h"
#include "support/test_database.h"

namespace hc::store {
namespace {

using hc::testing::countRows;
using hc::testing::queryText;
using hc::testing::run;

class DatabaseTest : public ::testing::Test {
 protected:
  Database& db() { return tdb_.db(); }
  bool mysql() const { return db_dialect_ == Dialect::kMysql; }

  // A scratch table of every value type; MEDIUMTEXT on MySQL for the
  // 100 kB value (TEXT stops at 64 kB).
  void createValues() {
    db().executeScript(mysql() ? "CREATE TABLE vals (id INTEGER PRIMARY KEY, i BIGINT, d DOUBLE, s MEDIUMTEXT) "
                                 "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"
                               : "CREATE TABLE vals (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT)");
  }

  hc::testing::TestDatabase tdb_;
  Dialect db_dialect_ = tdb_.db().dialect();
};

DatabaseError::Kind errorKind(const std::function<void()>& f) {
  try {
    f();
  } catch (const DatabaseError& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no DatabaseError";
  return DatabaseError::Kind::kOther;
}

TEST_F(DatabaseTest, DescribesItselfWithoutPassword) {
  const std::string d = db().describe();
  EXPECT_EQ(d.rfind(mysql() ? "mysql://" : "sqlite:", 0), 0u) << d;
  const std::string& url = tdb_.url();
  EXPECT_EQ(d.substr(d.rfind('/')), url.substr(url.rfind('/'))) << "names the same database";
}

TEST_F(DatabaseTest, RoundTripsIntsDoublesTextAndNulls) {
  createValues();
  auto insert = db().prepare("INSERT INTO vals (id, i, d, s) VALUES (?, ?, ?, ?)");
  const std::string big(100 * 1024, 'x');
  const std::string quoted = "O'Brien said \"hi\"; DROP TABLE vals; -- \\ %";
  const std::string utf8 = "Zo\xC3\xAB \xE2\x80\x93 \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x99\x82";  // Zoë – 東京 🙂
  struct Row { int64_t i; double d; std::string s; };
  const Row rows[] = {{std::numeric_limits<int64_t>::max(), 0.1, big},
                      {std::numeric_limits<int64_t>::min(), -1.5e300, quoted},
                      {0, 1.0 / 3.0, utf8},
                      {-7, 0.0, ""}};
  int id = 0;
  for (const Row& r : rows) {
    insert->bindInt(0, ++id);
    insert->bindInt(1, r.i);
    insert->bindDouble(2, r.d);
    insert->bindText(3, r.s);
    EXPECT_EQ(insert->execute(), 1);
  }
  insert->bindInt(0, ++id);  // the nulls row
  insert->bindNull(1);
  insert->bindNull(2);
  insert->bindOptionalText(3, std::nullopt);
  EXPECT_EQ(insert->execute(), 1);

  auto select = db().prepare("SELECT i, d, s FROM vals WHERE id = ?");
  for (int k = 0; k < 4; ++k) {
    select->bindInt(0, k + 1);
    ASSERT_TRUE(select->step()) << k;
    EXPECT_FALSE(select->isNull(0));
    EXPECT_EQ(select->getInt(0), rows[k].i);
    EXPECT_DOUBLE_EQ(select->getDouble(1), rows[k].d);
    EXPECT_FALSE(select->isNull(2)) << "empty string is not NULL";
    EXPECT_EQ(select->getText(2), rows[k].s);
    EXPECT_FALSE(select->step());
  }
  select->bindInt(0, 5);
  ASSERT_TRUE(select->step());
  EXPECT_TRUE(select->isNull(0));
  EXPECT_TRUE(select->isNull(1));
  EXPECT_TRUE(select->isNull(2));
  EXPECT_EQ(countRows(db(), "vals"), 5) << "the SQL-looking text dropped nothing";
}

TEST_F(DatabaseTest, StatementRunsAgainAndBindingsPersist) {
  createValues();
  auto insert = db().prepare("INSERT INTO vals (id, i, s) VALUES (?, ?, ?)");
  insert->bindInt(1, 42);
  insert->bindText(2, "same");
  for (int id = 1; id <= 3; ++id) {
    insert->bindInt(0, id);  // only the key changes
    insert->execute();
  }
  auto sum = db().prepare("SELECT SUM(i), COUNT(*) FROM vals WHERE s = ?");
  sum->bindText(0, "same");
  for (int pass = 0; pass < 2; ++pass) {  // a finished query runs again
    ASSERT_TRUE(sum->step());
    EXPECT_EQ(sum->getInt(0), 126);
    EXPECT_EQ(sum->getInt(1), 3);
    EXPECT_FALSE(sum->step());
  }
  // Rebinding mid-way through a result starts the query afresh.
  auto ids = db().prepare("SELECT id FROM vals WHERE id >= ? ORDER BY id");
  ids->bindInt(0, 1);
  ASSERT_TRUE(ids->step());
  ids->bindInt(0, 3);
  ASSERT_TRUE(ids->step());
  EXPECT_EQ(ids->getInt(0), 3);
  EXPECT_FALSE(ids->step());
}

TEST_F(DatabaseTest, ExecuteReturnsRowsChanged) {
  createValues();
  run(db(), "INSERT INTO vals (id, s) VALUES (1, 'a')");
  run(db(), "INSERT INTO vals (id, s) VALUES (2, 'a')");
  run(db(), "INSERT INTO vals (id, s) VALUES (3, 'b')");
  EXPECT_EQ(run(db(), "UPDATE vals SET s = ? WHERE s = ?", {"a", "a"}), 2) << "matched rows count, as in SQLite";
  EXPECT_EQ(run(db(), "DELETE FROM vals WHERE s = ?", {"b"}), 1);
}

TEST_F(DatabaseTest, UpsertSqlHasTheDialectsSyntax) {
  EXPECT_EQ(upsertSql(Dialect::kSqlite, "teams", {"team_id", "name"}, {"team_id"}),
            "INSERT INTO teams (team_id, name) VALUES (?, ?) ON CONFLICT (team_id) DO UPDATE SET name = excluded.name");
  EXPECT_EQ(upsertSql(Dialect::kMysql, "teams", {"team_id", "name"}, {"team_id"}),
            "INSERT INTO teams (team_id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)");
  EXPECT_EQ(upsertSql(Dialect::kSqlite, "holidays", {"date"}, {"date"}),
            "INSERT INTO holidays (date) VALUES (?) ON CONFLICT (date) DO NOTHING");
}

TEST_F(DatabaseTest, UpsertInsertsThenReplaces) {
  migrate(db());
  auto up = db().prepare(upsertSql(db().dialect(), "establishment", {"team_id", "effective_from", "budgeted_fte"},
                                   {"team_id", "effective_from"}));
  run(db(), "INSERT INTO teams (team_id, name, service) VALUES ('T1', 'One', 'adults')");
  up->bindText(0, "T1");
  up->bindText(1, "2025-04-01");
  up->bindDouble(2, 10.5);
  EXPECT_EQ(up->execute(), 1);
  up->bindDouble(2, 12.25);
  EXPECT_EQ(up->execute(), 1) << "a replaced row counts once on every engine";
  up->bindText(1, "2025-05-01");
  EXPECT_EQ(up->execute(), 1);
  EXPECT_EQ(countRows(db(), "establishment"), 2);
  EXPECT_EQ(queryText(db(), "SELECT budgeted_fte FROM establishment WHERE effective_from = ?", {"2025-04-01"})
                .value_or("")
                .substr(0, 5),
            "12.25");
}

TEST_F(DatabaseTest, TransactionRollsBackWhenDestroyedWithoutCommit) {
  createValues();
  {
    Transaction tx(db());
    run(db(), "INSERT INTO vals (id) VALUES (1)");
    EXPECT_EQ(countRows(db(), "vals"), 1);
  }
  EXPECT_EQ(countRows(db(), "vals"), 0);
  {
    Transaction tx(db());
    run(db(), "INSERT INTO vals (id) VALUES (2)");
    tx.commit();
  }
  EXPECT_EQ(countRows(*tdb_.open(), "vals"), 1) << "committed work is visible to another connection";
}

TEST_F(DatabaseTest, RollbackAfterAFailedStatementLeavesNothing) {
  createValues();
  try {
    Transaction tx(db());
    run(db(), "INSERT INTO vals (id) VALUES (1)");
    run(db(), "INSERT INTO vals (id) VALUES (1)");  // duplicate: throws
    tx.commit();
  } catch (const DatabaseError&) {
  }
  EXPECT_EQ(countRows(db(), "vals"), 0);
  db().rollback();  // harmless with no transaction open
  run(db(), "INSERT INTO vals (id) VALUES (3)");
  EXPECT_EQ(countRows(db(), "vals"), 1);
}

TEST_F(DatabaseTest, ConstraintViolationsAreKConstraint) {
  migrate(db());
  run(db(), "INSERT INTO teams (team_id, name, service) VALUES ('T1', 'One', 'adults')");
  try {
    run(db(), "INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Again', 'adults')");
    FAIL() << "duplicate key accepted";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kConstraint) << e.what();
    EXPECT_NE(std::string(e.what()).find("INSERT INTO teams"), std::string::npos) << e.what();
  }
  const std::string staff = "INSERT INTO staff (staff_id, team_id, role, employment, fte, start_date) "
                            "VALUES (?, ?, 'social_worker', 'permanent', 1, '2024-01-01')";
  EXPECT_EQ(errorKind([&] { run(db(), staff, {"S1", "NOPE"}); }), DatabaseError::Kind::kConstraint)
      << "foreign key to a missing team";
  EXPECT_EQ(errorKind([&] { run(db(), staff, {"S1", std::nullopt}); }), DatabaseError::Kind::kConstraint)
      << "NOT NULL";
  run(db(), staff, {"S1", "T1"});
  EXPECT_EQ(errorKind([&] { run(db(), "DELETE FROM teams WHERE team_id = ?", {"T1"}); }),
            DatabaseError::Kind::kConstraint)
      << "deleting a referenced team";
  EXPECT_EQ(countRows(db(), "staff"), 1);
}

TEST_F(DatabaseTest, WritingToAReadOnlyDatabaseIsKReadOnlyOrFull) {
  createValues();
  db().executeScript(mysql() ? "SET SESSION TRANSACTION READ ONLY" : "PRAGMA query_only = ON");
  EXPECT_EQ(errorKind([&] { run(db(), "INSERT INTO vals (id) VALUES (1)"); }), DatabaseError::Kind::kReadOnlyOrFull);
}

TEST_F(DatabaseTest, SyntaxErrorsAreReportedAtPrepareWithTheStatement) {
  try {
    db().prepare("SELEKT nothing FROM nowhere");
    FAIL() << "bad SQL prepared";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kOther);
    EXPECT_NE(std::string(e.what()).find("SELEKT nothing"), std::string::npos) << e.what();
  }
}

TEST_F(DatabaseTest, ExecuteScriptRunsEveryStatement) {
  db().executeScript("-- a comment; with a semicolon\n"
                     "CREATE TABLE s1 (id INTEGER PRIMARY KEY, note VARCHAR(20));\n"
                     "INSERT INTO s1 (id, note) VALUES (1, 'a;b'); INSERT INTO s1 (id, note) VALUES (2, '--x');\n"
                     "/* block; comment */ INSERT INTO s1 (id, note) VALUES (3, 'c')");
  EXPECT_EQ(countRows(db(), "s1"), 3);
  EXPECT_EQ(queryText(db(), "SELECT note FROM s1 WHERE id = 1"), "a;b");
  EXPECT_EQ(queryText(db(), "SELECT note FROM s1 WHERE id = 2"), "--x");
}

TEST(OpenDatabaseTest, SqliteInMissingFolderIsAConnectionError) {
  EXPECT_EQ(errorKind([] { openDatabase("sqlite:/nonexistent-hc-dir/sub/x.db"); }), DatabaseError::Kind::kConnection);
}

TEST(OpenDatabaseTest, UnreachableMysqlIsAConnectionErrorWithoutPassword) {
  try {
    openDatabase("mysql://hc:Hunter2@127.0.0.1:1/db");  // nothing listens on port 1
    FAIL() << "connected to port 1";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kConnection) << e.what();
    EXPECT_EQ(std::string(e.what()).find("Hunter2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("mysql://hc@127.0.0.1:1/db"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace hc::store

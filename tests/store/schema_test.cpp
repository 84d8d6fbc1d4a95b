#include "store/schema.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <thread>

#include "store_test_util.h"
#include "support/test_database.h"

namespace hc::store {
namespace {

using hc::testing::countRows;
using hc::testing::run;

// Every table of the data contract, plus the import log.
const char* const kTables[] = {"imports",    "teams",       "staff",    "establishment",  "cases",
                               "allocations", "transfers",  "visits",   "supervision",    "absences",
                               "team_meetings", "risk_assessments", "feedback", "care_packages", "holidays"};

TEST(SchemaTest, MigrateCreatesEveryTableAndRecordsTheVersion) {
  hc::testing::TestDatabase tdb;
  Database& db = tdb.db();
  EXPECT_EQ(schemaVersion(db), 0);
  const int latest = latestSchemaVersion(db.dialect());
  ASSERT_GE(latest, 1);
  const int count = migrationCount(db.dialect());
  ASSERT_LE(count, latest);
  EXPECT_EQ(migrate(db), count);
  EXPECT_EQ(schemaVersion(db), latest);
  for (const char* table : kTables) EXPECT_EQ(countRows(db, table), 0) << table;
  EXPECT_EQ(countRows(db, "schema_version"), count);
  EXPECT_EQ(hc::testing::queryText(db, "SELECT name FROM schema_version WHERE version = 1"), "0001_initial");
}

TEST(SchemaTest, MigrateIsIdempotent) {
  hc::testing::TestDatabase tdb;
  migrate(tdb.db());
  EXPECT_EQ(migrate(tdb.db()), 0);
  EXPECT_EQ(migrate(*tdb.open()), 0) << "another connection sees the recorded version";
  EXPECT_EQ(schemaVersion(tdb.db()), latestSchemaVersion(tdb.db().dialect()));
}

// Versions are handed to branches in advance, so a database may have later
// versions and lack an earlier one (0006 once 0007 and up are merged):
// migrate() applies the missing one alone.
TEST(SchemaTest, MissingVersionIsAppliedAlone) {
  hc::testing::TestDatabase tdb;
  Database& db = tdb.db();
  migrate(db);
  run(db, "DROP TABLE visit_months", {});
  run(db, "DELETE FROM schema_version WHERE name = ?", {"0006_visit_months"});
  EXPECT_EQ(migrate(db), 1);
  EXPECT_EQ(countRows(db, "visit_months"), 0) << "0006 applied again";
  EXPECT_EQ(migrate(db), 0);
}

TEST(SchemaTest, BothDialectsKnowTheSameVersions) {
  EXPECT_EQ(latestSchemaVersion(Dialect::kSqlite), latestSchemaVersion(Dialect::kMysql));
}

TEST(SchemaTest, NewerDatabaseIsRefusedWithAClearMessage) {
  hc::testing::TestDatabase tdb;
  migrate(tdb.db());
  auto st = tdb.db().prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)");
  st->bindInt(0, 99);
  st->bindText(1, "0099_future");
  st->bindText(2, "2030-01-01 00:00:00");
  st->execute();
  try {
    migrate(tdb.db());
    FAIL() << "a newer database was accepted";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kSchemaTooNew);
    EXPECT_EQ(std::string(e.what()), "this database was written by a newer healthcheck (schema version 99; this "
                                     "program knows up to " +
                                         std::to_string(latestSchemaVersion(tdb.db().dialect())) +
                                         "): upgrade the program");
  }
  EXPECT_EQ(schemaVersion(tdb.db()), 99);
}

TEST(SchemaTest, ConcurrentMigratorsApplyEachMigrationOnce) {
  hc::testing::TestDatabase tdb;
  auto other = tdb.open();
  int applied_here = -1, applied_there = -1;
  std::string error;
  std::thread t([&] {
    try {
      applied_there = migrate(*other);
    } catch (const std::exception& e) {
      error = e.what();
    }
  });
  applied_here = migrate(tdb.db());
  t.join();
  ASSERT_EQ(error, "");
  EXPECT_EQ(applied_here + applied_there, migrationCount(tdb.db().dialect()));
  EXPECT_EQ(countRows(tdb.db(), "schema_version"), migrationCount(tdb.db().dialect()));
}

TEST(SchemaTest, ForeignKeysAreEnforcedByTheMigratedSchema) {
  hc::testing::TestDatabase tdb;
  migrate(tdb.db());
  // Every child table refuses an unknown parent: the schema's REFERENCES
  // took effect on this engine (MySQL ignores column-level ones).
  try {
    run(tdb.db(), "INSERT INTO cases (case_id, team_id, referral_date) VALUES (?, ?, ?)", {"C1", "NOPE", "2025-01-01"});
    FAIL() << "case with unknown team stored";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kConstraint) << e.what();
  }
  EXPECT_EQ(countRows(tdb.db(), "cases"), 0);
}

// 0011 (SQLite) moves the visits stored before it into a table kept in its
// key's tree: every value as it was, the references still enforced.
TEST(SqliteOnlySchemaTest, VisitsStoredBefore0011KeepEveryValue) {
  hc::testing::TestDatabase tdb;
  Database& db = tdb.db();
  ASSERT_EQ(db.dialect(), Dialect::kSqlite);
  migrate(db);
  // The visits table as 0001 made it, with the 0011 record gone.
  db.executeScript(
      "DROP TABLE visits;"
      "CREATE TABLE visits (visit_id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(case_id),"
      " staff_id TEXT NOT NULL REFERENCES staff(staff_id), scheduled_start TEXT NOT NULL,"
      " planned_minutes INTEGER NOT NULL, status TEXT NOT NULL, actual_minutes INTEGER, travel_minutes INTEGER,"
      " purpose TEXT NOT NULL, import_id INTEGER, source_line INTEGER);"
      "DELETE FROM schema_version WHERE version = 11;");
  run(db, "INSERT INTO teams (team_id, name, service) VALUES (?, ?, ?)", {"T1", "Alpha", "children"});
  run(db, "INSERT INTO staff (staff_id, team_id, role, employment, fte, start_date) VALUES (?, ?, ?, ?, ?, ?)",
      {"S1", "T1", "social_worker", "permanent", "1", "2020-01-06"});
  run(db, "INSERT INTO cases (case_id, team_id, referral_date) VALUES (?, ?, ?)", {"C1", "T1", "2024-01-10"});
  const std::string insert =
      "INSERT INTO visits (visit_id, case_id, staff_id, scheduled_start, planned_minutes, status, actual_minutes,"
      " travel_minutes, purpose, import_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  run(db, insert, {"V2", "C1", "S1", "2024-02-01 09:00", "60", "completed", "55", "12", "visit", "1", "3"});
  run(db, insert, {"V1", "C1", "S1", "2024-02-02 10:30", "90", "no_access", std::nullopt, std::nullopt, "review",
                   "1", "2"});
  const std::string dump =
      "SELECT group_concat(visit_id || '|' || case_id || '|' || staff_id || '|' || scheduled_start || '|' ||"
      " planned_minutes || '|' || status || '|' || coalesce(actual_minutes, 'null') || '|' ||"
      " coalesce(travel_minutes, 'null') || '|' || purpose || '|' || import_id || '|' || source_line, ';')"
      " FROM (SELECT * FROM visits ORDER BY visit_id)";
  const std::optional<std::string> before = hc::testing::queryText(db, dump);
  ASSERT_TRUE(before.has_value());

  EXPECT_EQ(migrate(db), 1);
  EXPECT_EQ(hc::testing::queryText(db, dump), before);
  const std::optional<std::string> sql = hc::testing::queryText(db, "SELECT sql FROM sqlite_master WHERE name = 'visits'");
  ASSERT_TRUE(sql.has_value());
  EXPECT_NE(sql->find("WITHOUT ROWID"), std::string::npos) << *sql;
  EXPECT_EQ(countRows(db, "sqlite_master WHERE name = 'visits_by_key'"), 0) << "renamed, not left beside";
  try {
    run(db, insert, {"V3", "NOPE", "S1", "2024-02-03 09:00", "60", "completed", "50", "0", "visit", "1", "4"});
    FAIL() << "a visit of an unknown case was stored";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kConstraint) << e.what();
  }
}

// 0014 adds the analyst role and an account's disabled flag and source on
// both engines; the role check still refuses what is no role, and removing
// an account still removes its scopes and sessions.
TEST(SchemaTest, AccountsTakeTheAnalystRoleAndStillCascade) {
  hc::testing::TestDatabase tdb;
  Database& db = tdb.db();
  migrate(db);
  run(db, "INSERT INTO users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
      {"ann", "analyst", "x", "1"});
  EXPECT_EQ(hc::testing::queryText(db, "SELECT source FROM users WHERE username = 'ann'"), "local");
  EXPECT_EQ(hc::testing::queryText(db, "SELECT disabled FROM users WHERE username = 'ann'"), "0");
  try {
    run(db, "INSERT INTO users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
        {"root", "superuser", "x", "1"});
    FAIL() << "an account with no known role was stored";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kConstraint) << e.what();
  }
  run(db, "INSERT INTO user_scopes (username, kind, value) VALUES (?, ?, ?)", {"ann", "team", "T1"});
  run(db, "INSERT INTO sessions (session_hash, username, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
      {"h1", "ann", "1", "1"});
  run(db, "DELETE FROM users WHERE username = ?", {"ann"});
  EXPECT_EQ(countRows(db, "user_scopes"), 0);
  EXPECT_EQ(countRows(db, "sessions"), 0);
}

// On SQLite 0014 builds the account tables anew: accounts, scopes and
// sessions stored before it are all still there after it.
TEST(SqliteOnlySchemaTest, AccountsStoredBefore0014AreKept) {
  hc::testing::TestDatabase tdb;
  Database& db = tdb.db();
  ASSERT_EQ(db.dialect(), Dialect::kSqlite);
  migrate(db);
  // The account tables as 0004 made them, with the 0014 record gone.
  db.executeScript(
      "DROP TABLE sessions; DROP TABLE user_scopes; DROP TABLE users;"
      "CREATE TABLE users (username TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('admin', 'director',"
      " 'manager', 'member')), password_hash TEXT NOT NULL, failed_logins INTEGER NOT NULL DEFAULT 0,"
      " locked_until INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);"
      "CREATE TABLE user_scopes (username TEXT NOT NULL REFERENCES users(username) ON DELETE CASCADE,"
      " kind TEXT NOT NULL CHECK (kind IN ('team', 'service')), value TEXT NOT NULL,"
      " PRIMARY KEY (username, kind, value)) WITHOUT ROWID;"
      "CREATE TABLE sessions (session_hash TEXT PRIMARY KEY, username TEXT NOT NULL REFERENCES users(username)"
      " ON DELETE CASCADE, created_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL) WITHOUT ROWID;"
      "DELETE FROM schema_version WHERE version = 14;");
  run(db, "INSERT INTO users (username, role, password_hash, failed_logins, locked_until, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      {"mary", "manager", "argon", "2", "99", "7"});
  run(db, "INSERT INTO user_scopes (username, kind, value) VALUES (?, ?, ?)", {"mary", "service", "adults"});
  run(db, "INSERT INTO sessions (session_hash, username, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
      {"h1", "mary", "5", "6"});

  EXPECT_EQ(migrate(db), 1);
  EXPECT_EQ(hc::testing::queryText(db, "SELECT role || '|' || password_hash || '|' || failed_logins || '|' ||"
                                       " locked_until || '|' || created_at || '|' || disabled || '|' || source"
                                       " FROM users"),
            "manager|argon|2|99|7|0|local");
  EXPECT_EQ(hc::testing::queryText(db, "SELECT kind || '|' || value FROM user_scopes WHERE username = 'mary'"),
            "service|adults");
  EXPECT_EQ(hc::testing::queryText(db, "SELECT last_seen_at FROM sessions WHERE session_hash = 'h1'"), "6");
  EXPECT_EQ(countRows(db, "sqlite_master WHERE name LIKE '%_new'"), 0) << "renamed, not left beside";
  run(db, "DELETE FROM users WHERE username = ?", {"mary"});
  EXPECT_EQ(countRows(db, "user_scopes"), 0) << "the scopes still follow their account";
  EXPECT_EQ(countRows(db, "sessions"), 0);
}

}  // namespace
}  // namespace hc::store

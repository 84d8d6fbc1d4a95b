#include "store/schema.h"

#include <gtest/gtest.h>

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
  ASSERT_GE(latest, 8);
  const int applied = migrate(db);
  EXPECT_GE(applied, 5) << "0001 to 0004 and 0008 at least";
  EXPECT_EQ(schemaVersion(db), latest);
  for (const char* table : kTables) EXPECT_EQ(countRows(db, table), 0) << table;
  EXPECT_EQ(countRows(db, "schema_version"), applied);
  EXPECT_EQ(hc::testing::queryText(db, "SELECT name FROM schema_version WHERE version = 1"), "0001_initial");
}

TEST(SchemaTest, MigrateIsIdempotent) {
  hc::testing::TestDatabase tdb;
  migrate(tdb.db());
  EXPECT_EQ(migrate(tdb.db()), 0);
  EXPECT_EQ(migrate(*tdb.open()), 0) << "another connection sees the recorded version";
  EXPECT_EQ(schemaVersion(tdb.db()), latestSchemaVersion(tdb.db().dialect()));
}

TEST(SchemaTest, BothDialectsKnowTheSameVersions) {
  EXPECT_EQ(latestSchemaVersion(Dialect::kSqlite), latestSchemaVersion(Dialect::kMysql));
}

TEST(SchemaTest, NewerDatabaseIsRefusedWithAClearMessage) {
  hc::testing::TestDatabase tdb;
  migrate(tdb.db());
  auto st = tdb.db().prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)");
  const int future = latestSchemaVersion(tdb.db().dialect()) + 1;
  st->bindInt(0, future);
  st->bindText(1, "future");
  st->bindText(2, "2030-01-01 00:00:00");
  st->execute();
  try {
    migrate(tdb.db());
    FAIL() << "a newer database was accepted";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kSchemaTooNew);
    EXPECT_EQ(std::string(e.what()), "this database was written by a newer healthcheck (schema version " +
                                         std::to_string(future) + "; this "
                                     "program knows up to " +
                                         std::to_string(latestSchemaVersion(tdb.db().dialect())) +
                                         "): upgrade the program");
  }
  EXPECT_EQ(schemaVersion(tdb.db()), future);
}

// Migration numbers are reserved ahead by parallel lines of work, so a
// database may lack a number however others are recorded: the missing one
// is applied, once, by number rather than by counting. Here 0008 (the
// council setting) is missing, with the table it replaces holding the
// council's authority.
TEST(SchemaTest, AMissingMigrationIsAppliedOnceAndCarriesTheCouncilOver) {
  hc::testing::TestDatabase tdb;
  Database& db = tdb.db();
  migrate(db);
  run(db, "DROP TABLE council_setting", {});
  run(db, "CREATE TABLE council_authority (council_key INTEGER PRIMARY KEY, old_la_code VARCHAR(64) NOT NULL, "
          "new_la_code VARCHAR(64), la_name VARCHAR(255))", {});
  run(db, "INSERT INTO council_authority VALUES (?, ?, ?, ?)", {"1", "841", "E06000005", "Darlington"});
  run(db, "DELETE FROM schema_version WHERE version = ?", {"8"});

  EXPECT_EQ(migrate(db), 1);
  EXPECT_EQ(hc::testing::queryText(db, "SELECT name FROM council_setting"), std::optional<std::string>("Darlington"))
      << "the council's authority carried into the setting";
  EXPECT_EQ(hc::testing::queryText(db, "SELECT old_la_code FROM council_setting"), std::optional<std::string>("841"));
  EXPECT_EQ(migrate(db), 0);
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
  EXPECT_EQ(countRows(tdb.db(), "schema_version"), applied_here + applied_there);
  EXPECT_EQ(migrate(tdb.db()), 0) << "between them they applied every migration";
  EXPECT_EQ(schemaVersion(tdb.db()), latestSchemaVersion(tdb.db().dialect()));
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

}  // namespace
}  // namespace hc::store

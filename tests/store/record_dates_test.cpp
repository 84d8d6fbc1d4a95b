// How far the stored records reach (store/record_dates.h, data-contract.md
// "Extract dates"): the latest extract date of any import, else the latest
// date in any record, absences' end dates included; and the migration that
// moved Annex A's extract dates into the import log.
#include "store/record_dates.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "store/schema.h"
#include "store/stored_figures.h"
#include "store_test_util.h"
#include "support/test_database.h"

namespace hc::store {
namespace {

using hc::testing::run;

class RecordDatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    migrate(db());
    run(db(), "INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Alpha', 'children')");
    run(db(),
        "INSERT INTO staff (staff_id, team_id, role, employment, fte, start_date) "
        "VALUES ('S1', 'T1', 'social_worker', 'permanent', 1, '2019-04-01')");
  }
  Database& db() { return test_db_.db(); }

  // One import log entry, as an import writes it; `extracted` NULL when absent.
  void logImport(const std::string& file, const std::optional<std::string>& extracted) {
    run(db(), "INSERT INTO imports (file_name, kind, started_at, extracted) VALUES (?, 'staff', '2026-01-01 09:00:00', ?)",
        {file, extracted});
  }
  void addAbsence(const std::string& id, const std::string& start, const std::string& end) {
    run(db(),
        "INSERT INTO absences (absence_id, staff_id, start_date, end_date, reason) VALUES (?, 'S1', ?, ?, 'sickness')",
        {id, start, end});
  }
  static std::optional<Date> day(const char* iso) { return Date::parse(iso); }

  hc::testing::TestDatabase test_db_;
};

// An absence that ends after every other date: the records reach its last
// day (the census year's absences end on 30 September).
TEST_F(RecordDatesTest, WithoutAnExtractDateAbsencesEndDatesCount) {
  addAbsence("B1", "2025-01-01", "2025-03-31");
  addAbsence("B2", "2025-09-01", "2025-09-30");
  logImport("absences.csv", std::nullopt);
  EXPECT_EQ(lastRecordDate(db()), day("2025-09-30"));
  EXPECT_FALSE(latestExtractDate(db()));
}

// The extract date says how far the records reach, both ways: further than
// their latest date, and not as far as a date planned ahead.
TEST_F(RecordDatesTest, TheLatestExtractDateIsHowFarTheRecordsReach) {
  addAbsence("B1", "2025-01-01", "2025-03-31");
  logImport("exports/staff.csv", "2025-09-30");
  EXPECT_EQ(lastRecordDate(db()), day("2025-09-30"));

  // A leaving date agreed ahead, after the extract date: still not covered.
  run(db(), "UPDATE staff SET end_date = '2026-01-31' WHERE staff_id = 'S1'");
  logImport("exports/staff.csv", std::nullopt);
  EXPECT_EQ(lastRecordDate(db()), day("2025-09-30"));

  // An earlier extract later on does not pull the records back; a later one
  // moves them on. The latest names its file.
  logImport("older/teams.csv", "2025-06-30");
  EXPECT_EQ(lastRecordDate(db()), day("2025-09-30"));
  logImport("october/staff.csv", "2025-10-31");
  EXPECT_EQ(lastRecordDate(db()), day("2025-10-31"));
  const std::optional<ExtractDateGiven> given = latestExtractDate(db());
  ASSERT_TRUE(given);
  EXPECT_EQ(given->date, *day("2025-10-31"));
  EXPECT_EQ(given->file, "october/staff.csv");
}

// The answer is kept per data version: an import that gives a later extract
// date moves the version, so the kept answer is not read for it.
TEST_F(RecordDatesTest, KeptAnswerMovesWithTheDataVersion) {
  logImport("staff.csv", "2025-09-30");
  const std::string before = dataVersion(db());
  EXPECT_EQ(lastRecordDate(db()), day("2025-09-30"));
  EXPECT_EQ(hc::testing::queryText(db(), "SELECT data_version FROM record_dates WHERE id = 1"), before);
  logImport("staff.csv", "2025-12-31");
  EXPECT_NE(dataVersion(db()), before);
  EXPECT_EQ(lastRecordDate(db()), day("2025-12-31"));
}

// 0013 moves the extract dates Annex A imports kept in annex_a_extracts
// (0009) into the import log, and drops the table.
TEST_F(RecordDatesTest, Migration0013MovesAnnexAExtractDates) {
  run(db(), "ALTER TABLE imports DROP COLUMN extracted");
  run(db(), "CREATE TABLE annex_a_extracts (import_id BIGINT PRIMARY KEY, extracted DATE NOT NULL)");
  run(db(), "INSERT INTO imports (file_name, kind, started_at) VALUES ('teams.csv', 'teams', '2026-01-01 09:00:00')");
  run(db(), "INSERT INTO imports (file_name, kind, started_at) VALUES ('annex-a.xlsx', 'annex_a', '2026-01-01 09:00:00')");
  run(db(),
      "INSERT INTO annex_a_extracts (import_id, extracted) "
      "SELECT import_id, '2025-04-30' FROM imports WHERE file_name = 'annex-a.xlsx'");
  run(db(), "DELETE FROM schema_version WHERE name = ?", {"0013_extract_dates"});
  EXPECT_EQ(migrate(db()), 1);
  EXPECT_EQ(hc::testing::queryText(db(), "SELECT extracted FROM imports WHERE file_name = 'annex-a.xlsx'").value_or("~").substr(0, 10),
            "2025-04-30");
  EXPECT_EQ(hc::testing::queryText(db(), "SELECT extracted FROM imports WHERE file_name = 'teams.csv'"), std::nullopt);
  EXPECT_EQ(lastRecordDate(db()), day("2025-04-30"));
  EXPECT_THROW(hc::testing::countRows(db(), "annex_a_extracts"), DatabaseError);
}

}  // namespace
}  // namespace hc::store

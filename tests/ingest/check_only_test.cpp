// A check-only import (ImportOptions::check_only, `healthcheck import
// --check`, the upload pages' check): every file read, checked and written
// as an import does, then rolled back, so nothing is stored; the files of
// one check may reference each other's rows as an import's may; and what
// an import would reject is reported in the same words.
#include <gtest/gtest.h>

#include "ingest/checked_keys.h"
#include "ingest/import_log.h"
#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

class CheckOnly : public IngestTest {
 protected:
  void writeExport() {
    write("teams.csv", "team_id,name,service\nT9,Nine,children\n");
    write("staff.csv", "staff_id,team_id,role,employment,fte,start_date\nS9,T9,social_worker,permanent,1,2023-01-01\n");
    write("cases.csv", "case_id,team_id,referral_date\nC9,T9,2024-01-01\nC8,T7,2024-01-01\n");
  }
};

TEST_F(CheckOnly, ReportsWhatAnImportWouldDoAndStoresNothing) {
  writeExport();
  ImportOptions options;
  options.check_only = true;
  const auto reports = importPaths(db(), {path("cases.csv"), path("staff.csv"), path("teams.csv")}, options);
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[0].outcome, FileOutcome::kStored) << "teams first";
  EXPECT_EQ(reports[0].inserted, 1);
  EXPECT_EQ(reports[1].outcome, FileOutcome::kStored) << "staff's T9 is the checked teams file's";
  EXPECT_EQ(reports[2].outcome, FileOutcome::kRejected);
  ASSERT_EQ(reports[2].messages.size(), 1u);
  EXPECT_EQ(reports[2].messages[0].text(), "cases.csv:3: team_id: 'T7' is not a known team");
  EXPECT_TRUE(rows("SELECT team_id FROM teams").empty());
  EXPECT_TRUE(rows("SELECT staff_id FROM staff").empty());
  EXPECT_TRUE(rows("SELECT import_id FROM imports").empty()) << "not even the import log";
  // The same files imported: the same outcome, stored.
  const auto imported = importPaths(db(), {path("cases.csv"), path("staff.csv"), path("teams.csv")}, {});
  EXPECT_EQ(imported[2].messages[0].text(), reports[2].messages[0].text());
  EXPECT_EQ(rows("SELECT staff_id FROM staff"), std::vector<std::string>{"S9"});
}

TEST_F(CheckOnly, AKeyOnlyAnotherCheckSawIsNotKnown) {
  CheckedKeys keys;
  keys.add(*findFileKind("teams"), "T1");
  keys.add(*findFileKind("visits"), "V1");  // no column references visits: not kept
  EXPECT_TRUE(keys.contains("teams", "T1"));
  EXPECT_FALSE(keys.contains("teams", "T2"));
  EXPECT_FALSE(keys.contains("visits", "V1"));
  write("staff.csv", "staff_id,team_id,role,employment,fte,start_date\nS9,T9,social_worker,permanent,1,2023-01-01\n");
  ImportOptions options;
  options.check_only = true;
  const auto reports = importPaths(db(), {path("staff.csv")}, options);
  EXPECT_EQ(reports[0].outcome, FileOutcome::kRejected) << "a fresh check knows only what is stored";
}

TEST_F(CheckOnly, TheImportLogNamesWhoImported) {
  ImportOptions options;
  options.actor = "cli:alice";
  ASSERT_TRUE(importOne("teams.csv", "team_id,name,service\nT9,Nine,children\n", options).stored());
  EXPECT_EQ(rows("SELECT imported_by FROM imports"), std::vector<std::string>{"cli:alice"});
  const auto log = recentImports(db(), 10);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].imported_by, "cli:alice");
  EXPECT_EQ(log[0].kind, "teams");
  EXPECT_EQ(log[0].counts.inserted, 1);
}

}  // namespace
}  // namespace hc::ingest

// Importing several files and folders: dependency order whatever the names'
// order, stray files in a folder, unknown names and the --kind override.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/import_plan.h"
#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

using Texts = std::vector<std::string>;

class Folders : public IngestTest {
 protected:
  // A folder whose files only load in dependency order; their names sort
  // the other way round on disk.
  void writeExport(const std::string& folder) {
    std::filesystem::create_directories(path(folder));
    write(folder + "/visits.csv",
          "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes\n"
          "V1,C9,S9,2024-02-01 09:00,60,completed,50\n");
    write(folder + "/teams.csv", "team_id,name,service\nT9,Nine,children\n");
    write(folder + "/staff.csv",
          "staff_id,team_id,role,employment,fte,start_date\nS9,T9,social_worker,permanent,1,2023-01-01\n");
    write(folder + "/cases.csv", "case_id,team_id,referral_date\nC9,T9,2024-01-01\n");
    write(folder + "/holidays.csv", "date,name\n2024-11-05,Closure\n");
    write(folder + "/Notes.txt", "not data");
    write(folder + "/visits.rejects.csv", "visit_id,reject_reason\n");
  }
};

TEST_F(Folders, LoadsInDependencyOrderAndWarnsAboutStrayFiles) {
  writeExport("export");
  const auto reports = importPaths(db(), {path("export")}, {});
  Texts order;
  for (const FileReport& r : reports) {
    order.push_back(std::filesystem::path(r.path).filename().string() + " " + std::string(name(r.outcome)));
  }
  EXPECT_EQ(order, (Texts{"Notes.txt not_imported", "visits.rejects.csv not_imported", "teams.csv stored",
                          "staff.csv stored", "cases.csv stored", "visits.csv stored", "holidays.csv stored"}));
  EXPECT_EQ(texts(reports[0]), (Texts{"Notes.txt: warning: not a CSV file; not imported"}));
  EXPECT_EQ(reports[1].messages.at(0).text().substr(0, 70),
            "visits.rejects.csv: warning: not a file the data contract defines (tea");
  EXPECT_FALSE(anyRejected(reports));
  EXPECT_EQ(count("visits"), 1);
}

TEST_F(Folders, FilesGivenOneByOneAreSortedToo) {
  writeExport("e");
  const auto reports = importPaths(db(), {path("e/visits.csv"), path("e/cases.csv"), path("e/staff.csv"),
                                          path("e/teams.csv")},
                                   {});
  ASSERT_EQ(reports.size(), 4u);
  EXPECT_EQ(reports[0].kind, "teams");
  EXPECT_EQ(reports[3].kind, "visits");
  EXPECT_EQ(reports[3].outcome, FileOutcome::kStored);
}

TEST_F(Folders, AFailedFileDoesNotStopTheOthersButTheirReferencesFail) {
  writeExport("e");
  write("e/staff.csv", "staff_id,team_id,role,employment,fte,start_date\nS9,T9,wizard,permanent,1,2023-01-01\n");
  const auto reports = importPaths(db(), {path("e")}, {});
  Texts outcomes;
  for (const FileReport& r : reports) outcomes.push_back(r.kind + " " + std::string(name(r.outcome)));
  EXPECT_EQ(outcomes, (Texts{" not_imported", " not_imported", "teams stored", "staff rejected", "cases stored",
                             "visits rejected", "holidays stored"}));
  EXPECT_EQ(texts(reports[5]), (Texts{"visits.csv:2: staff_id: 'S9' is not a known staff member"}));
}

TEST_F(Folders, FileNamesAreMatchedInAnyCase) {
  write("Teams.CSV", "team_id,name,service\nT9,Nine,children\n");
  const auto reports = importPaths(db(), {path("Teams.CSV")}, {});
  EXPECT_EQ(reports.at(0).kind, "teams");
  EXPECT_EQ(reports.at(0).outcome, FileOutcome::kStored);
}

TEST_F(Folders, AnUnknownFileNameNeedsAKind) {
  write("export-2024.csv", "team_id,name,service\nT9,Nine,children\n");
  auto reports = importPaths(db(), {path("export-2024.csv")}, {});
  EXPECT_EQ(reports.at(0).outcome, FileOutcome::kRejected);
  EXPECT_EQ(reports.at(0).messages.at(0).text().substr(0, 81),
            "export-2024.csv: cannot tell the kind of data from the file's name: name it after");
  EXPECT_TRUE(anyRejected(reports));

  ImportOptions options;
  options.kind = "Teams";
  reports = importPaths(db(), {path("export-2024.csv")}, options);
  EXPECT_EQ(reports.at(0).outcome, FileOutcome::kStored);
  EXPECT_EQ(count("teams"), 1);
}

TEST_F(Folders, MissingPathsAndBadKinds) {
  auto reports = importPaths(db(), {path("nope.csv")}, {});
  EXPECT_EQ(texts(reports.at(0)), (Texts{"nope.csv: no such file or folder"}));
  EXPECT_TRUE(anyRejected(reports));
  write("x.csv", "a\n1\n");
  ImportOptions options;
  options.kind = "vists";
  reports = importPaths(db(), {path("x.csv")}, options);
  EXPECT_EQ(reports.at(0).outcome, FileOutcome::kRejected);
  EXPECT_EQ(reports.at(0).messages.at(0).reason.substr(0, 46), "unknown kind 'vists' (expected one of teams.cs");
}

TEST(ImportPlan, EveryKindComesAfterTheKindsItReferences) {
  for (const FileKind& kind : fileKinds()) {
    for (const Column& c : kind.columns) {
      if (c.references.empty()) continue;
      const FileKind* target = findFileKind(c.references);
      ASSERT_NE(target, nullptr) << kind.name << "." << c.name;
      EXPECT_LT(loadOrder(*target), loadOrder(kind)) << kind.name << "." << c.name;
    }
  }
}

}  // namespace
}  // namespace hc::ingest

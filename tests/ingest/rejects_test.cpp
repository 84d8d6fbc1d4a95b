// Skip mode and the rejects file: valid rows stored, every invalid row
// written unchanged (byte for byte) with its reason; nothing dropped.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/csv_reader.h"
#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

using Texts = std::vector<std::string>;

class Rejects : public IngestTest {
 protected:
  void SetUp() override { loadBase(); }
};

// Two bad rows, one spanning two lines with quotes and odd spacing.
const std::string kTeams =
    "\xEF\xBB\xBFteam_id,name,service\r\n"
    "T8,Eight,other\r\n"
    "T9, \"Nine, \"\"the\"\"\r\nsecond\" ,nope\r\n"
    "T10,Ten,adults\r\n"
    "T11,,children\r\n";

TEST_F(Rejects, SkipModeStoresValidRowsAndWritesTheOthersUnchanged) {
  ImportOptions options;
  options.skip_invalid = true;
  options.rejects_path = path("out.csv");
  const FileReport r = importOne("teams.csv", kTeams, options);
  EXPECT_EQ(r.outcome, FileOutcome::kStoredWithRejects);
  EXPECT_EQ(r.rows_read, 4);
  EXPECT_EQ(r.inserted, 2);
  EXPECT_EQ(r.rejected, 2);
  EXPECT_EQ(r.rejects_path, path("out.csv"));
  EXPECT_EQ(table("teams"), (Texts{"T1|Alpha|children|North", "T10|Ten|adults|~", "T2|Beta|adults|South",
                                   "T8|Eight|other|~"}));
  EXPECT_EQ(testing::readFile(path("out.csv")),
            "\xEF\xBB\xBFteam_id,name,service,reject_reason\n"
            "T9, \"Nine, \"\"the\"\"\r\nsecond\" ,nope,\"service: 'nope' is not one of children, adults, other\"\n"
            "T11,,children,name: value is required\n");
  // The rejects file reads back as the original records plus the reason.
  CsvReader reader(path("out.csv"));
  CsvRecord rec;
  ASSERT_TRUE(reader.next(rec));
  EXPECT_EQ(rec.raw, "team_id,name,service,reject_reason");
  ASSERT_TRUE(reader.next(rec));
  EXPECT_EQ(rec.raw.substr(0, rec.raw.rfind(",\"")), "T9, \"Nine, \"\"the\"\"\r\nsecond\" ,nope");
  EXPECT_EQ(rec.fields.back(), "service: 'nope' is not one of children, adults, other");
  ASSERT_TRUE(reader.next(rec));
  EXPECT_EQ(rec.raw, "T11,,children,name: value is required");
  EXPECT_FALSE(reader.next(rec));
}

TEST_F(Rejects, DefaultModeWritesRejectsWhenAskedButStoresNothing) {
  ImportOptions options;
  options.rejects_path = path("out.csv");
  const FileReport r = importOne("teams.csv", kTeams, options);
  EXPECT_EQ(r.outcome, FileOutcome::kRejected);
  EXPECT_EQ(count("teams"), 2);
  const std::string out = testing::readFile(path("out.csv"));
  EXPECT_NE(out.find("\nT11,,children,name: value is required\n"), std::string::npos) << out;
}

TEST_F(Rejects, DefaultModeWithoutAPathWritesNoFile) {
  const FileReport r = importOne("teams.csv", kTeams);
  EXPECT_EQ(r.outcome, FileOutcome::kRejected);
  EXPECT_TRUE(r.rejects_path.empty());
  EXPECT_FALSE(std::filesystem::exists("teams.rejects.csv"));
}

TEST_F(Rejects, SkipModeDefaultsToStemDotRejectsInTheCurrentFolder) {
  const auto cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir());
  ImportOptions options;
  options.skip_invalid = true;
  const FileReport r = importOne("teams.csv", kTeams, options);
  std::filesystem::current_path(cwd);
  EXPECT_EQ(r.rejects_path, "teams.rejects.csv");
  EXPECT_TRUE(std::filesystem::exists(path("teams.rejects.csv")));
}

TEST_F(Rejects, AFolderGetsOneRejectsFilePerFile) {
  std::filesystem::create_directory(path("rej"));
  ImportOptions options;
  options.skip_invalid = true;
  options.rejects_path = path("rej");
  write("teams.csv", "team_id,name,service\nT9,Nine,bad\n");
  write("team_meetings.csv", "meeting_id,team_id,date\nM1,T404,2024-01-01\nM2,T1,2024-01-01\n");
  const auto reports = importPaths(db(), {path("team_meetings.csv"), path("teams.csv")}, options);
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].rejects_path, path("rej") + "/teams.rejects.csv");
  EXPECT_EQ(reports[1].rejects_path, path("rej") + "/team_meetings.rejects.csv");
  EXPECT_EQ(testing::readFile(path("rej/team_meetings.rejects.csv")),
            "meeting_id,team_id,date,reject_reason\nM1,T404,2024-01-01,team_id: 'T404' is not a known team\n");
  EXPECT_TRUE(anyRejected(reports));
}

TEST_F(Rejects, ValidFileLeavesNoRejectsFile) {
  ImportOptions options;
  options.skip_invalid = true;
  options.rejects_path = path("out.csv");
  const FileReport r = importOne("teams.csv", "team_id,name,service\nT9,Nine,other\n", options);
  EXPECT_EQ(r.outcome, FileOutcome::kStored);
  EXPECT_FALSE(std::filesystem::exists(path("out.csv")));
  EXPECT_FALSE(anyRejected({r}));
}

}  // namespace
}  // namespace hc::ingest

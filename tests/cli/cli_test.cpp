// End-to-end tests of the `healthcheck` command line, run in-process through
// hc::cli::run exactly as a user types the commands, against the database of
// HEALTHCHECK_TEST_DB (SQLite and MariaDB).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "cli_fixture.h"

namespace hc {
namespace {

TEST(CliUsageTest, HelpListsEveryCommand) {
  const Outcome r = run({"--help"});
  EXPECT_EQ(r.status, 0);
  for (const char* command : {"init", "import", "metrics", "demo"}) {
    EXPECT_NE(r.out.find(std::string("  ") + command), std::string::npos) << command;
  }
}

TEST(CliUsageTest, EveryCommandHasHelp) {
  for (const char* command : {"init", "import", "metrics", "demo"}) {
    const Outcome r = run({command, "--help"});
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_NE(r.out.find(std::string("Usage: healthcheck")), std::string::npos) << command;
    EXPECT_NE(r.out.find("--help"), std::string::npos) << command;
  }
}

TEST(CliUsageTest, WrongUseExitsTwoWithAMessage) {
  Outcome r = run({"frobnicate"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("unknown command 'frobnicate'"), std::string::npos) << r.err;

  r = run({"import", "--no-such-option", "x.csv"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no-such-option"), std::string::npos) << r.err;

  r = run({"import"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("at least one CSV file or folder"), std::string::npos) << r.err;

  r = run({"metrics"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("period"), std::string::npos) << r.err;

  r = run({"metrics", "--period", "2025-Q3", "--format", "pdf"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--format must be text, json or csv"), std::string::npos) << r.err;

  r = run({"demo", "--out", "/tmp/x", "--teams", "0"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--teams must be between 1 and 20000"), std::string::npos) << r.err;
}

TEST(CliUsageTest, MalformedDatabaseUrlIsAClearFailure) {
  const Outcome r = run({"--db", "postgres://x/y", "init"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("unknown scheme 'postgres'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("sqlite:PATH"), std::string::npos) << r.err;
}

TEST_F(CliTest, BadPeriodNamesTheProblem) {
  const Outcome r = hc({"metrics", "--period", "2025-Q5"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("2025-Q5"), std::string::npos) << r.err;
}

TEST_F(CliTest, InitCreatesTheSchemaOnceThenReportsUpToDate) {
  Outcome r = hc({"init"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("migration(s) applied"), std::string::npos) << r.out;
  r = hc({"init"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("already up to date"), std::string::npos) << r.out;
}

TEST_F(CliTest, DemoImportAndMetricsWorkEndToEnd) {
  const std::string data = dir_ + "/demo";
  Outcome r = hc({"demo", "--out", data, "--teams", "3", "--months", "4", "--seed", "7"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(data + "/visits.csv"));

  r = hc({"import", data});
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("teams.csv"), std::string::npos);
  EXPECT_NE(r.out.find("visits.csv"), std::string::npos);
  EXPECT_EQ(r.out.find(" 0 inserted"), std::string::npos) << "a file stored nothing:\n" << r.out;

  // Importing the same exports again changes nothing: every row is replaced
  // by itself, none is inserted.
  r = hc({"import", data});
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(".csv") == std::string::npos) continue;
    EXPECT_NE(line.find(" 0 inserted"), std::string::npos) << line;
  }

  r = hc({"metrics", "--period", "2026-Q3", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"label\": \"2026-Q3\""), std::string::npos) << r.out.substr(0, 300);
  EXPECT_NE(r.out.find("\"level\": \"council\""), std::string::npos);
  EXPECT_NE(r.out.find("\"vacancy_rate\""), std::string::npos);

  EXPECT_NE(r.out.find("\"rank\": 1,"), std::string::npos) << "a team is first in the order of attention";
  EXPECT_NE(r.out.find("\"signal\": {\"vs_council\": "), std::string::npos);
  EXPECT_NE(r.out.find("\"measures\": "), std::string::npos);

  r = hc({"metrics", "--period", "2026-Q3", "--level", "team", "--format", "csv"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find(",council,"), std::string::npos) << "only team rows were asked for";
  EXPECT_NE(r.out.find(",team,"), std::string::npos);

  // The demo's records end on 2026-09-30: later periods are refused, naming
  // the latest complete one of their kind (metrics.md "Periods with no data").
  r = hc({"metrics", "--period", "2026-Q4"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("2026-Q4 ends on 2026-12-31, after the last day the imported records cover (2026-09-30)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("The latest complete quarter is 2026-Q3."), std::string::npos) << r.err;
  r = hc({"metrics", "--period", "2026"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("The latest complete year is 2025."), std::string::npos) << r.err;
  r = hc({"metrics", "--period", "2026-09"});
  EXPECT_EQ(r.status, 0) << r.err;
}

TEST_F(CliTest, RejectedFileExitsOneAndNamesFileLineAndColumn) {
  testing::writeFile(dir_ + "/teams.csv", "team_id,name,service\nT1,Alpha,children\nT2,Beta,elderly\n");
  const Outcome r = hc({"import", dir_ + "/teams.csv"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("teams.csv:3: service:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing was stored"), std::string::npos) << r.err;
}

TEST_F(CliTest, CheckReportsWhatAnImportWouldDoAndStoresNothing) {
  testing::writeFile(dir_ + "/teams.csv", "team_id,name,service\nT1,Alpha,children\nT2,Beta,elderly\n");
  testing::writeFile(dir_ + "/staff.csv",
                     "staff_id,team_id,role,employment,fte,start_date\nS1,T1,social_worker,permanent,1,2023-01-01\n");
  Outcome r = hc({"import", "--check", dir_ + "/teams.csv", dir_ + "/staff.csv"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("teams.csv:3: service:"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("Checked only: nothing was stored"), std::string::npos) << r.out;
  r = hc({"import", "--check", dir_ + "/staff.csv"});
  EXPECT_NE(r.err.find("'T1' is not a known team"), std::string::npos) << "nothing was stored by the first check";
  testing::writeFile(dir_ + "/teams.csv", "team_id,name,service\nT1,Alpha,children\n");
  r = hc({"import", dir_ + "/teams.csv"});
  EXPECT_EQ(r.status, 0) << r.err;
  auto db = store::openDatabase(database_.url());
  auto st = db->prepare("SELECT imported_by FROM imports");
  ASSERT_TRUE(st->step());
  EXPECT_EQ(st->getText(0).rfind("cli:", 0), 0u) << "the import log names who imported";
}

TEST_F(CliTest, PeriodWithNoDataSaysSoInsteadOfATableOfNulls) {
  ASSERT_EQ(hc({"init"}).status, 0);
  const Outcome r = hc({"metrics", "--period", "2031-Q1"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("nothing to report"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace hc

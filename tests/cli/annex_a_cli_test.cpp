// The demo council's children's teams through Annex A: `demo --annex-a`
// writes the workbook, `annex-a import` reads it into a fresh database
// holding only the teams and named staff, and `metrics` then gives the
// same caseload, unallocated and assessment figures for those teams as the
// CSV route does.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "cli_fixture.h"
#include "support/annex_a_workbooks.h"

namespace hc {
namespace {

// "team|metric|value" for the rows of `csv` (metrics --format csv:
// period,level,scope_id,scope_name,area,metric,value,...) for teams in
// `teams` and metrics in `metrics`: the figures on the period's last day,
// not the previous period's, which an Annex A extract has no history for.
std::set<std::string> figures(const std::string& csv, const std::set<std::string>& teams,
                              const std::set<std::string>& metrics) {
  std::set<std::string> out;
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line)) {
    size_t at = 0;
    for (int comma = 0; comma < 2; ++comma) at = line.find(',', at) + 1;
    const std::string team = line.substr(at, line.find(',', at) - at);
    if (!teams.count(team)) continue;
    for (const std::string& m : metrics) {
      const size_t found = line.find("," + m + ",");
      if (found == std::string::npos) continue;
      const size_t value = found + m.size() + 2;
      out.insert(team + "|" + m + "|" + line.substr(value, line.find(',', value) - value));
    }
  }
  return out;
}

TEST(AnnexACliTest, TheDemoWorkbookGivesTheCsvRoutesFigures) {
  const std::string dir = testing::makeTempDir("hc-annex-a");
  const Outcome demo = run({"demo", "--out", dir + "/csv", "--teams", "4", "--months", "6", "--annex-a",
                            dir + "/annex-a.xlsx"});
  ASSERT_EQ(demo.status, 0) << demo.err;

  testing::TestDatabase csv_db, annex_db;
  ASSERT_EQ(run({"--db", csv_db.url(), "import", dir + "/csv"}).status, 0);
  ASSERT_EQ(run({"--db", annex_db.url(), "import", dir + "/csv/teams.csv", dir + "/csv/staff.csv"}).status, 0);
  const Outcome annex = run({"--db", annex_db.url(), "annex-a", "import", dir + "/annex-a.xlsx", "--extracted",
                             "2026-09-30"});
  ASSERT_EQ(annex.status, 0) << annex.out << annex.err;
  // The workbook's quirks were read, not refused: the text date, the
  // non-breaking space and the #N/A (a missing worker on list 3).
  EXPECT_NE(annex.out.find("children stored as cases"), std::string::npos);

  std::set<std::string> children_teams;
  std::ifstream teams(dir + "/csv/teams.csv");
  std::string line;
  while (std::getline(teams, line))
    if (line.find(",children") != std::string::npos) children_teams.insert(line.substr(0, line.find(',')));
  ASSERT_FALSE(children_teams.empty());

  const std::set<std::string> metrics = {"caseload_avg", "caseload_max", "unallocated_cases", "unallocated_rate",
                                         "assessment_median_days", "assessment_within_45_days",
                                         "referral_peak_ratio"};
  const std::vector<std::string> args = {"metrics", "--period", "2026-Q3", "--level", "team", "--format", "csv"};
  std::vector<std::string> a = {"--db", csv_db.url()}, b = {"--db", annex_db.url()};
  a.insert(a.end(), args.begin(), args.end());
  b.insert(b.end(), args.begin(), args.end());
  const Outcome from_csv = run(a), from_annex = run(b);
  ASSERT_EQ(from_csv.status, 0) << from_csv.err;
  ASSERT_EQ(from_annex.status, 0) << from_annex.err;
  const auto expected = figures(from_csv.out, children_teams, metrics);
  ASSERT_EQ(expected.size(), children_teams.size() * metrics.size()) << from_csv.out;
  EXPECT_EQ(figures(from_annex.out, children_teams, metrics), expected);
}

// The hand-written workbook's figures on its extract date, worked out by
// hand from the children listed in support/annex_a_workbooks.h:
//   T1: open on 30 April only C1 (C2 closed in February), allocated to Sam
//       Jones: no unallocated case; Sam holds 1 case on 1 FTE.
//   T2: open C3, C4 and C5; only C4 allocated (Alex Brown): 2 unallocated
//       of 3 (66.7%), waiting since referral 60 days (C3, 1 March) and
//       5 days (C5, 25 April): median 32.5; Alex holds 1 case.
//   Assessments in the first quarter: C3's, referral 1 March to 5 March,
//       4 days, within 45 working days.
TEST(AnnexACliTest, TheHandWrittenWorkbookGivesTheFiguresWorkedOutByHand) {
  const std::string dir = testing::makeTempDir("hc-annex-a");
  testing::writeFile(dir + "/teams.csv", testing::kAnnexATeamsCsv);
  testing::writeFile(dir + "/staff.csv", testing::kAnnexAStaffCsv);
  testing::quirkyAnnexA().write(dir + "/annex-a.xlsx");
  testing::TestDatabase db;
  ASSERT_EQ(run({"--db", db.url(), "import", dir + "/teams.csv", dir + "/staff.csv"}).status, 0);
  const Outcome annex =
      run({"--db", db.url(), "annex-a", "import", dir + "/annex-a.xlsx", "--extracted", "2025-04-30"});
  ASSERT_EQ(annex.status, 0) << annex.err;
  auto metrics = [&](const std::string& period) {
    const Outcome o = run({"--db", db.url(), "metrics", "--period", period, "--level", "team", "--format", "csv",
                           "--min-group", "1"});
    EXPECT_EQ(o.status, 0) << o.err;
    return o.out;
  };
  const std::set<std::string> teams = {"T1", "T2"};
  EXPECT_EQ(figures(metrics("2025-04"), teams,
                    {"unallocated_cases", "unallocated_rate", "unallocated_median_days", "caseload_max"}),
            (std::set<std::string>{"T1|caseload_max|1", "T1|unallocated_cases|0", "T1|unallocated_rate|0",
                                   "T1|unallocated_median_days|", "T2|caseload_max|1", "T2|unallocated_cases|2",
                                   "T2|unallocated_rate|66.66666666666667", "T2|unallocated_median_days|32.5"}));
  EXPECT_EQ(figures(metrics("2025-Q1"), {"T2"}, {"assessment_median_days", "assessment_within_45_days"}),
            (std::set<std::string>{"T2|assessment_median_days|4", "T2|assessment_within_45_days|100"}));
}

}  // namespace
}  // namespace hc

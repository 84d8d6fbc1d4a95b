// The demo council: writes a realistic council's exports as the contract's
// CSV files (`healthcheck demo`).
//
// A mix of children's, adults' and other teams, with staff who come and go,
// vacancies, agency workers, newly qualified workers, two years (--months)
// of referrals, allocations, transfers, visits, supervision, absences,
// meetings, risk assessments, feedback and care packages. Teams differ
// believably: the first, "Safeguarding East", is clearly struggling, the
// second, "Children in Need North", clearly healthy, the rest in between.
//
// The output depends only on the options: the same options give
// byte-identical files on any machine. Rows stream to disk team by team, so
// memory stays small whatever --teams is; `--teams 5000` is a national-size
// data set for benchmarks.
//
// Thread-safety: writeDemoCouncil may run concurrently for different
// folders.
#ifndef HC_DEMO_DEMO_COUNCIL_H_
#define HC_DEMO_DEMO_COUNCIL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "demo/staff_survey.h"

namespace hc::demo {

struct DemoOptions {
  int teams = 12;
  int months = 24;
  uint64_t seed = 1;
  // The last day of the data. Fixed, not today, so that the files depend on
  // the options alone: its latest quarter is 2026-Q3, its census year
  // csww-2026.
  Date end = Date::fromCivil(2026, 9, 30);
  // Not in any contract file (councils export no name): for messages.
  std::string council_name = "Northshire County Council";
  // When given, staff survey responses too (demo/staff_survey.h).
  std::optional<DemoSurvey> survey;
};

struct DemoSummary {
  // Data rows written per file, in dependency order ({"teams.csv", 12}, ...).
  std::vector<std::pair<std::string, int64_t>> rows_per_file;
};

// Creates `out_dir` if needed and writes teams.csv, staff.csv,
// establishment.csv, cases.csv, allocations.csv, transfers.csv, visits.csv,
// supervision.csv, absences.csv, team_meetings.csv, risk_assessments.csv,
// feedback.csv and care_packages.csv into it, replacing files of those
// names, and with a survey the staff survey files of each whole quarter
// (demo/staff_survey.h). Throws std::invalid_argument for teams < 1 or
// months < 1, and
// std::runtime_error when a file cannot be written.
DemoSummary writeDemoCouncil(const DemoOptions& options, const std::string& out_dir);

}  // namespace hc::demo

#endif  // HC_DEMO_DEMO_COUNCIL_H_

// DemoFiles: the contract CSV files of one demo council, open for writing,
// and the identifier spellings the generators share.
//
// Identifier numbers are the running row count of their file (the 17th
// visit written is V00000017), so ids are unique and dense however the
// teams are split between generators. Widths fit a national data set of
// 5000 teams; larger numbers are written in full.
//
// Thread-safety: none; one generator writes a DemoFiles at a time.
#ifndef HC_DEMO_DEMO_FILES_H_
#define HC_DEMO_DEMO_FILES_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "demo/csv_file.h"

namespace hc::demo {

inline constexpr IdFormat kTeamId{"T", 4};
inline constexpr IdFormat kStaffId{"S", 6};
inline constexpr IdFormat kCaseId{"C", 7};
inline constexpr IdFormat kAllocationId{"A", 7};
inline constexpr IdFormat kTransferId{"X", 6};
inline constexpr IdFormat kVisitId{"V", 8};
inline constexpr IdFormat kSessionId{"SV", 7};
inline constexpr IdFormat kAbsenceId{"AB", 7};
inline constexpr IdFormat kMeetingId{"M", 6};
inline constexpr IdFormat kRiskAssessmentId{"R", 6};
inline constexpr IdFormat kFeedbackId{"F", 7};
inline constexpr IdFormat kPackageId{"P", 7};

struct DemoFiles {
  // Creates every file in `dir` (which must exist) with its header.
  explicit DemoFiles(const std::string& dir);

  CsvFile teams;
  CsvFile staff;
  CsvFile establishment;
  CsvFile cases;
  CsvFile allocations;
  CsvFile transfers;
  CsvFile visits;
  CsvFile supervision;
  CsvFile absences;
  CsvFile team_meetings;
  CsvFile risk_assessments;
  CsvFile feedback;
  CsvFile care_packages;

  // Closes every file (throwing if one failed) and returns its data rows,
  // in the contract's dependency order: {"teams.csv", 12}, ...
  std::vector<std::pair<std::string, int64_t>> close();
};

}  // namespace hc::demo

#endif  // HC_DEMO_DEMO_FILES_H_

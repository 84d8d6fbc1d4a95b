// The demo council's staff survey: for each whole quarter of the window,
// the responses of each team's staff as one file in the survey import
// layout (src/surveys/survey_import.h: a team_id column and one column per
// scale question, 1..5), named staff-survey-SURVEY-YYYY-QN.csv, which
// `healthcheck import DIR` imports as that survey's responses for that
// quarter.
//
// Nine in ten staff in post answer. Answers follow the team's health
// on the quarter's last day (healthOn), each person's own outlook and some
// noise, reversed where agreeing is the unhealthy answer, so that healthy
// teams score about 75 to 80 of 100 and struggling ones below 45.
//
// Thread-safety: none; one writer, like DemoFiles.
#ifndef HC_DEMO_STAFF_SURVEY_H_
#define HC_DEMO_STAFF_SURVEY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "demo/csv_file.h"
#include "demo/demo_window.h"
#include "demo/workforce.h"

namespace hc::demo {

// The scale questions of a survey definition, as the demo needs them.
struct DemoSurvey {
  struct Question {
    std::string id;        // the column: "wl1"
    bool reverse = false;  // agreeing is the unhealthy answer
  };
  std::string id;  // "health-check"
  std::vector<Question> questions;
};

inline constexpr std::string_view kStaffSurveyFilePrefix = "staff-survey-";

// staffSurveyFileName("health-check", "2026-Q3") ==
// "staff-survey-health-check-2026-Q3.csv".
std::string staffSurveyFileName(std::string_view survey_id, std::string_view period_label);

// The survey id and period label of such a name, for each way of splitting
// it at a hyphen ("staff-survey-health-check-2026-Q3.csv" gives
// {"health", "check-2026-Q3"}, {"health-check", "2026-Q3"}, ...): the caller
// keeps the split whose survey it knows and whose period parses. Empty for
// a name that is not a staff survey file.
std::vector<std::pair<std::string, std::string>> staffSurveyFileNameSplits(std::string_view file_name);

class StaffSurveyFiles {
 public:
  // Creates one file per whole quarter of `window` in `dir`.
  StaffSurveyFiles(const std::string& dir, const DemoSurvey& survey, const DemoWindow& window);
  // Appends the team's responses to every quarter's file.
  void writeTeam(const TeamContext& team);
  // Closes the files: {"staff-survey-health-check-2024-Q4.csv", rows}, ...
  std::vector<std::pair<std::string, int64_t>> close();

 private:
  struct Quarter {
    std::string file_name;
    Date last_day;
    std::unique_ptr<CsvFile> file;
  };
  DemoSurvey survey_;
  std::vector<Quarter> quarters_;
};

}  // namespace hc::demo

#endif  // HC_DEMO_STAFF_SURVEY_H_

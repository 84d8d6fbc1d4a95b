// A council small enough to rate by hand, written as the contract's CSV
// files: three children's teams in one locality, each with an
// establishment of 20 FTE and permanent full-time staff in post since 2020
// (Alder 19, Birch 17, Cedar 15): vacancy rates 5%, 15% and 25%, no
// agency staff, no leavers, no supervision sessions. With the shipped
// thresholds each team's workload area rates vacancy (green, amber, red),
// agency green, turnover green and supervision compliance red (0%):
// scores 75 (green), 62.5 (amber) and 50 (amber). Four areas a team are
// rated (allocation, wellbeing and delivery besides workload; tools has
// no survey): 12 team area ratings in 2026-Q3 (extract date 2026-09-30).
//
// Raising vacancy_rate's green limit from 10 to 20 makes Birch's vacancy
// green, its workload 75: green, one rating changed. Raising only the
// amber limit from 20 to 30 makes Cedar's vacancy amber, its workload
// 62.5: still amber, no rating changed.
#ifndef HC_TESTS_SUPPORT_VACANCY_TEAMS_H_
#define HC_TESTS_SUPPORT_VACANCY_TEAMS_H_

#include <string>
#include <vector>

#include "support/test_files.h"

namespace hc::testing {

// Writes teams.csv, staff.csv and establishment.csv into `dir`; returns their paths.
inline std::vector<std::string> writeVacancyTeams(const std::string& dir) {
  writeFile(dir + "/teams.csv",
            "team_id,name,service,locality\nT1,Alder team,children,North\nT2,Birch team,children,North\n"
            "T3,Cedar team,children,North\n");
  std::string staff = "staff_id,team_id,role,employment,fte,start_date,end_date,qualified_date,name\n";
  int id = 0;
  for (const auto& [team, in_post] : std::vector<std::pair<std::string, int>>{{"T1", 19}, {"T2", 17}, {"T3", 15}})
    for (int k = 0; k < in_post; ++k)
      staff += "S" + std::to_string(++id) + "," + team + ",social_worker,permanent,1,2020-01-01,,,\n";
  writeFile(dir + "/staff.csv", staff);
  writeFile(dir + "/establishment.csv",
            "team_id,effective_from,budgeted_fte\nT1,2020-01-01,20\nT2,2020-01-01,20\nT3,2020-01-01,20\n");
  return {dir + "/teams.csv", dir + "/staff.csv", dir + "/establishment.csv"};
}

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_VACANCY_TEAMS_H_

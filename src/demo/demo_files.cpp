#include "demo/demo_files.h"

namespace hc::demo {

DemoFiles::DemoFiles(const std::string& dir)
    : teams(dir + "/teams.csv", {"team_id", "name", "service", "locality"}),
      staff(dir + "/staff.csv",
            {"staff_id", "team_id", "role", "employment", "fte", "start_date", "end_date", "qualified_date"}),
      establishment(dir + "/establishment.csv", {"team_id", "effective_from", "budgeted_fte"}),
      cases(dir + "/cases.csv", {"case_id", "team_id", "referral_date", "assessment_completed_date", "closed_date"}),
      allocations(dir + "/allocations.csv", {"allocation_id", "case_id", "staff_id", "start_date", "end_date"}),
      transfers(dir + "/transfers.csv",
                {"transfer_id", "case_id", "from_team", "to_team", "requested_date", "completed_date"}),
      visits(dir + "/visits.csv", {"visit_id", "case_id", "staff_id", "scheduled_start", "planned_minutes", "status",
                                   "actual_minutes", "travel_minutes", "purpose"}),
      supervision(dir + "/supervision.csv",
                  {"session_id", "staff_id", "supervisor_id", "date", "duration_minutes", "kind"}),
      absences(dir + "/absences.csv",
               {"absence_id", "staff_id", "start_date", "end_date", "reason", "working_days_lost"}),
      team_meetings(dir + "/team_meetings.csv", {"meeting_id", "team_id", "date"}),
      risk_assessments(dir + "/risk_assessments.csv", {"assessment_id", "staff_id", "completed_date", "kind"}),
      feedback(dir + "/feedback.csv", {"feedback_id", "team_id", "date", "kind", "upheld", "rating"}),
      care_packages(dir + "/care_packages.csv",
                    {"package_id", "case_id", "staff_id", "assessed_date", "need_band", "weekly_cost"}) {}

std::vector<std::pair<std::string, int64_t>> DemoFiles::close() {
  std::vector<std::pair<std::string, int64_t>> rows;
  const std::pair<const char*, CsvFile*> files[] = {
      {"teams.csv", &teams},
      {"staff.csv", &staff},
      {"establishment.csv", &establishment},
      {"cases.csv", &cases},
      {"allocations.csv", &allocations},
      {"transfers.csv", &transfers},
      {"visits.csv", &visits},
      {"supervision.csv", &supervision},
      {"absences.csv", &absences},
      {"team_meetings.csv", &team_meetings},
      {"risk_assessments.csv", &risk_assessments},
      {"feedback.csv", &feedback},
      {"care_packages.csv", &care_packages},
  };
  for (const auto& [name, file] : files) {
    file->close();
    rows.emplace_back(name, file->rows());
  }
  return rows;
}

}  // namespace hc::demo

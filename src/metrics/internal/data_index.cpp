#include "metrics/internal/data_index.h"

namespace hc::metrics::internal {
namespace {

template <typename Record, typename Key, typename Index>
std::vector<int32_t> resolve(const std::vector<Record>& records, Key key, const Index& index) {
  std::vector<int32_t> out(records.size());
  index.findAll(records.size(), [&](size_t i) -> std::string_view { return key(records[i]); }, out.data());
  return out;
}

template <typename Record, typename Key>
std::vector<int32_t> resolveTeams(const std::vector<Record>& records, Key key, const ScopeLayout& layout) {
  std::vector<int32_t> out(records.size());
  for (size_t i = 0; i < records.size(); ++i) out[i] = layout.findTeam(key(records[i]));
  return out;
}

}  // namespace

DataIndex::DataIndex(const Dataset& d, const std::string& council_name, Date window_from, Date window_to)
    : data(d), layout(d.teams, council_name), working_days(d.holidays) {
  staff_team = resolveTeams(d.staff, [](const Staff& s) -> const std::string& { return s.team_id; }, layout);
  case_team = resolveTeams(d.cases, [](const Case& c) -> const std::string& { return c.team_id; }, layout);

  IdIndex<IdOf<Staff, &Staff::staff_id>> staff_ids(d.staff.size(), {&d.staff});
  staff_ids.insertAll(d.staff.size());

  // Cases are the largest table; only allocations need their ids.
  if (!d.allocations.empty()) {
    IdIndex<IdOf<Case, &Case::case_id>> case_ids(d.cases.size(), {&d.cases});
    case_ids.insertAll(d.cases.size());
    const std::vector<int32_t> cases = resolve(d.allocations, [](const Allocation& a) -> const std::string& { return a.case_id; }, case_ids);
    const std::vector<int32_t> workers = resolve(d.allocations, [](const Allocation& a) -> const std::string& { return a.staff_id; }, staff_ids);
    allocations.resize(d.allocations.size());
    for (size_t i = 0; i < d.allocations.size(); ++i)
      if (d.allocations[i].start_date <= window_to) allocations[i] = {cases[i], workers[i]};
  }

  // Only the visit summaries in the window are looked up.
  std::vector<size_t> in_window;
  for (size_t i = 0; i < d.visit_months.size(); ++i) {
    const Date month = d.visit_months[i].month;
    if (window_from <= month && month <= window_to) in_window.push_back(i);
  }
  std::vector<int32_t> visit_staff(in_window.size());
  staff_ids.findAll(in_window.size(),
                    [&](size_t k) -> std::string_view { return d.visit_months[in_window[k]].staff_id; },
                    visit_staff.data());
  visit_team.assign(d.visit_months.size(), -1);
  for (size_t k = 0; k < in_window.size(); ++k)
    if (visit_staff[k] >= 0) visit_team[in_window[k]] = staff_team[size_t(visit_staff[k])];

  supervision_staff = resolve(d.supervision, [](const Supervision& r) -> const std::string& { return r.staff_id; }, staff_ids);
  absence_staff = resolve(d.absences, [](const Absence& r) -> const std::string& { return r.staff_id; }, staff_ids);
  risk_staff = resolve(d.risk_assessments, [](const RiskAssessment& r) -> const std::string& { return r.staff_id; }, staff_ids);
  package_staff = resolve(d.care_packages, [](const CarePackage& r) -> const std::string& { return r.staff_id; }, staff_ids);
  transfer_to_team = resolveTeams(d.transfers, [](const Transfer& r) -> const std::string& { return r.to_team; }, layout);
  meeting_team = resolveTeams(d.team_meetings, [](const TeamMeeting& r) -> const std::string& { return r.team_id; }, layout);
  feedback_team = resolveTeams(d.feedback, [](const Feedback& r) -> const std::string& { return r.team_id; }, layout);
  survey_team = resolveTeams(d.survey_responses,
                             [](const SurveyResponseScores& r) -> const std::string& { return r.team_id; }, layout);
}

}  // namespace hc::metrics::internal

#include "surveys/excess_responses.h"

namespace hc::surveys {

std::string excessNote(const ScopeResults& s) {
  if (!s.more_responses_than_staff) return "";
  return std::string(kMoreResponsesThanStaff) +
         (s.awaiting_review ? "; not rated until an administrator reviews it" : "; reviewed by an administrator");
}

int64_t reviewResponses(store::Database& db, const std::string& run_id, const std::string& team_id) {
  SurveyRuns runs(db);
  if (!runs.hasTeam(run_id, team_id)) {
    runs.get(run_id);  // throws for an unknown run
    throw SurveyRunError("team " + team_id + " is not in survey run " + run_id);
  }
  for (const TeamStatus& s : runs.status(run_id)) {
    if (s.team_id != team_id) continue;
    if (!moreResponsesThanStaff(s.responses, s.staff_in_post))
      throw SurveyRunError("team " + team_id + " has " + std::to_string(s.responses) + " response(s) to " + run_id +
                           " and " + std::to_string(s.staff_in_post) + " staff in post: nothing to review");
    auto st = db.prepare("UPDATE survey_run_teams SET reviewed_responses = ? WHERE run_id = ? AND team_id = ?");
    st->bindInt(0, s.responses);
    st->bindText(1, run_id);
    st->bindText(2, team_id);
    st->execute();
    return s.responses;
  }
  throw SurveyRunError("team " + team_id + " is not in survey run " + run_id);
}

std::set<std::pair<std::string, std::string>> teamsAwaitingReview(store::Database& db, Date from, Date to) {
  auto st = db.prepare("SELECT run_id FROM survey_runs WHERE period_to >= ? AND period_to <= ?");
  st->bindText(0, from.iso());
  st->bindText(1, to.iso());
  std::vector<std::string> run_ids;
  while (st->step()) run_ids.push_back(st->getText(0));
  std::set<std::pair<std::string, std::string>> out;
  SurveyRuns runs(db);
  for (const std::string& run_id : run_ids)
    for (const TeamStatus& s : runs.status(run_id))
      if (awaitingReview(s)) out.emplace(run_id, s.team_id);
  return out;
}

}  // namespace hc::surveys

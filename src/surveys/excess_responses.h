// Excess responses: a team with more responses to a run than staff in post
// on the period's last day. Only an open link can do that (one person
// answering more than once, or someone outside the team), so such a team
// is flagged wherever its response rate or survey figures appear, with
// kMoreResponsesThanStaff, and its responses are left out of the ratings
// (loadSurveyScores) until an administrator reviews them with `healthcheck
// survey review RUN --team T`, which accepts the responses counted at that
// moment: more after it want another review.
//
// Thread-safety: pure functions; the database ones use the caller's Database.
#ifndef HC_SURVEYS_EXCESS_RESPONSES_H_
#define HC_SURVEYS_EXCESS_RESPONSES_H_

#include <cstdint>
#include <set>
#include <string>
#include <utility>

#include "core/date.h"
#include "store/database.h"
#include "surveys/survey_results.h"
#include "surveys/survey_runs.h"

namespace hc::surveys {

constexpr const char* kMoreResponsesThanStaff =
    "more responses than staff: the open link may have been used more than once";

// True when `responses` outnumber `staff_in_post`. A team with no staff on
// record has no response rate to judge by ("No staff in post"), so it is
// never flagged: otherwise a council without staff records would lose
// every survey rating.
inline bool moreResponsesThanStaff(int64_t responses, int64_t staff_in_post) {
  return staff_in_post > 0 && responses > staff_in_post;
}

// True when the team is flagged and no review accepted its current count.
inline bool awaitingReview(const TeamStatus& s) {
  return moreResponsesThanStaff(s.responses, s.staff_in_post) && s.reviewed_responses < s.responses;
}

// What a page or report says beside the team's response rate: "" for a
// team not flagged, else kMoreResponsesThanStaff and whether it is rated.
std::string excessNote(const ScopeResults& s);

// Accepts the team's responses to the run as they stand, so that they are
// rated; returns how many. Throws SurveyRunError for an unknown run or team,
// or a team not flagged (nothing to review).
int64_t reviewResponses(store::Database& db, const std::string& run_id, const std::string& team_id);

// (run, team) of every team awaiting review in the runs whose period ends
// in [from, to].
std::set<std::pair<std::string, std::string>> teamsAwaitingReview(store::Database& db, Date from, Date to);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_EXCESS_RESPONSES_H_

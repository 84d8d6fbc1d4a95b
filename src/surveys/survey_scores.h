// Survey scores as metrics.md defines them ("Survey scores"): an answer v
// (1..5) scores (v - 1) / 4 x 100, or (5 - v) / 4 x 100 when the question is
// reverse-scored; a response's area score is the mean of its answered
// questions in the area. loadSurveyScores() feeds the metrics engine
// (Dataset::survey_responses), which averages over responses and
// suppresses below the minimum group size.
//
// Thread-safety: pure functions; loadSurveyScores uses the caller's Database.
#ifndef HC_SURVEYS_SURVEY_SCORES_H_
#define HC_SURVEYS_SURVEY_SCORES_H_

#include <vector>

#include "core/date.h"
#include "core/records.h"
#include "store/database.h"

namespace hc::surveys {

// The answer v (1..5) oriented so that 5 is always the healthy answer.
inline int orientedAnswer(int v, bool reverse) { return reverse ? 6 - v : v; }

// metrics.md's 0..100 score of one answer.
inline double answerScore(int v, bool reverse) { return (orientedAnswer(v, reverse) - 1) / 4.0 * 100.0; }

// One SurveyResponseScores per stored response of every survey run whose
// period ends in [from, to] (survey_date = that last day), from the
// questions scored in the tools, wellbeing and delivery areas. Responses
// that answered none of them are left out, and so are those of a team
// awaiting review for more responses than staff (excess_responses.h). Ordered by team, then date, then
// the scores themselves: a total order, so that sums over the responses are
// the same bit for bit however the database returned them.
std::vector<SurveyResponseScores> loadSurveyScores(store::Database& db, Date from, Date to);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_SURVEY_SCORES_H_

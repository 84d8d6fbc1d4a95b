// Writing SurveyResults for people (text) and for other programs and the
// reports (JSON). Suppressed figures are written as "suppressed" / null,
// never as zero, so a reader cannot mistake them for real values.
//
// JSON shape:
//   {"run": {"id", "survey", "period", "from", "to"},
//    "scopes": [{"scope": "council"|TEAM, "service", "responses",
//                "staff_in_post", "response_rate", "suppressed",
//                "more_responses_than_staff": TEXT and "awaiting_review":
//                bool (only for a team with more responses than staff),
//                "areas": {AREA: score|null}, "groups": {GROUP: mean|null},
//                "questions": [{"id", "answered", "counts": [n1..n5],
//                               "score", "suppressed"}],
//                "comments": [...] (only where shown)}]}
//
// Thread-safety: pure functions.
#ifndef HC_SURVEYS_RESULTS_OUTPUT_H_
#define HC_SURVEYS_RESULTS_OUTPUT_H_

#include <ostream>

#include "surveys/survey_results.h"

namespace hc::surveys {

void writeResultsText(const SurveyResults& results, std::ostream& out);
void writeResultsJson(const SurveyResults& results, std::ostream& out);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_RESULTS_OUTPUT_H_

// What each figure says, as a clause members can read aloud: "14.2% of
// posts are vacant", "the largest caseload is 31 cases", "teams met 1.5
// times a month". The members' report builds its sentences from these, so
// no sentence reads "Unallocated cases was 94".
//
// Example:
//   figurePhrase(metrics::info(metrics::Metric::kUnallocatedCases), 94)
//     == "94 cases have no social worker"
//
// Thread-safety: pure functions.
#ifndef HC_REPORTS_FIGURE_PHRASES_H_
#define HC_REPORTS_FIGURE_PHRASES_H_

#include <string>

#include "metrics/catalogue.h"

namespace hc::reports {

// The clause for `value` of the metric, starting in lower case (or with
// the figure); the caller capitalises it at the start of a sentence.
std::string figurePhrase(const metrics::MetricInfo& info, double value);

// The figure named in running text: "the vacancy rate", "staff's score
// for their tools". Lower case.
std::string figureName(const metrics::MetricInfo& info);

// `text` with its first letter in upper case (ASCII).
std::string capitalised(std::string text);

}  // namespace hc::reports

#endif  // HC_REPORTS_FIGURE_PHRASES_H_

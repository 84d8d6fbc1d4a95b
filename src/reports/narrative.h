// The generated plain-English sentences of the members' report: what each
// figure is, which way it moved and whether that is good, and what changed
// in each area. Plain text: the HTML writer escapes it.
//
// Example (council, vacancy_rate 14.2, previous 11.0, amber):
//   "Vacancy rate was 14.2% in the quarter to 30 September 2025, up from
//    11.0% in the previous quarter. That is worse: lower is better.
//    Rating: Amber."
//
// Thread-safety: pure functions.
#ifndef HC_REPORTS_NARRATIVE_H_
#define HC_REPORTS_NARRATIVE_H_

#include <optional>
#include <string>

#include "reports/report_model.h"

namespace hc::reports {

// "quarter", "month", "year", "financial year" or "census year".
const char* periodNoun(const metrics::Period& period);

// One metric of one scope in a sentence or three. `national`: the DfE's
// comparators, if any ("The England rate was 14.2%, ..."); the phrase is
// left out without them.
std::string metricSentence(const ReportModel& model, const MetricFigure& figure,
                           const metrics::MetricBenchmark* national = nullptr);

// Why a figure is not shown: "Not published: it rests on fewer than 5
// people, who could be identified."
std::string suppressionReason(const ReportModel& model, const MetricFigure& figure);

// The area's rating against last period's: "Rated Amber, worse than Green
// in the previous quarter."
std::string areaStatusSentence(const ReportModel& model, const AreaFigures& area);

// How the area's figures moved: "Since the previous quarter, 3 measures
// improved, 1 got worse and 2 stayed the same." Only figures shown in both
// periods count.
std::string areaChangeSentence(const ReportModel& model, const AreaFigures& area);

}  // namespace hc::reports

#endif  // HC_REPORTS_NARRATIVE_H_

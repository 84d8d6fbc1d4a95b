// The generated sentences of the members' report, written to be read aloud
// at a committee: what each figure says in words ("14.2% of posts are
// vacant"), how it stands against the council's limits and last period,
// and what changed in each area. The sentence shapes vary so that a page
// does not repeat one template. Plain text: the HTML writer escapes it.
//
// Example (council, vacancy_rate 14.2, previous 11.0, amber, limits 10/20):
//   "14.2% of posts are vacant, above the target of 10.0% but within the
//    limit of 20.0%; it was 11.0% last quarter."
//
// Thread-safety: pure functions.
#ifndef HC_REPORTS_NARRATIVE_H_
#define HC_REPORTS_NARRATIVE_H_

#include <optional>
#include <string>
#include <vector>

#include "reports/report_model.h"

namespace hc::reports {

// "quarter", "month", "year", "financial year" or "census year".
const char* periodNoun(const metrics::Period& period);

// "last quarter", "last month", "last year", or "the previous financial
// year" / "the previous census year".
std::string lastPeriod(const metrics::Period& period);

// Why a figure is not shown: "Not published: it rests on fewer than 5
// people, who could be identified."
std::string suppressionReason(const ReportModel& model, const MetricFigure& figure);

// One figure in a sentence: what it says, where it stands against the
// council's limits, and how it compares with last period. `variant`
// picks one of three sentence shapes (the caller counts figures up), so
// consecutive sentences read differently. `national`: the DfE's
// comparators, added as a second sentence when given. "" for a figure
// without a value (see areaSentences for those). `dfe_scope_said`: where a
// paragraph holds several such figures, the DfE figures' scope (children's
// social workers, so set beside children's services) is said once: true
// after the first, which says it.
std::string figureSentence(const ReportModel& model, const MetricFigure& figure,
                           const metrics::MetricBenchmark* national, int variant, bool* dfe_scope_said = nullptr);

// "above the council's limit of 20.0%", "short of the target of 90.0%",
// "within the council's target of 10.0%": the figure against its limits;
// "" without limits.
std::string standingPhrase(const ReportModel& model, const MetricFigure& figure);

// The area's rating against last period's: "Rated red, as it was last
// quarter." / "Rated amber, better than red last quarter."
std::string areaStatusSentence(const ReportModel& model, const AreaFigures& area);

// How the area's figures moved: "Since last quarter, 3 measures improved,
// 1 got worse and none stayed the same." Only figures shown in both periods
// count.
std::string areaChangeSentence(const ReportModel& model, const AreaFigures& area);

// The area's figures for the whole council as a paragraph: a sentence for
// each red or amber figure and each figure with national comparators, one
// sentence naming the figures on target, one naming those not published
// and one naming those with no figure, and why.
std::vector<std::string> areaSentences(const ReportModel& model, const AreaFigures& area);

// True when the area has no figure at all to show.
bool noFigures(const AreaFigures& area);

// The one sentence for an area without figures: why there are none, and
// what would give them. "There are no figures for having the right tools
// to do the job this quarter: no staff survey ran. Running the staff
// survey (healthcheck survey open) next quarter would give them."
std::string noFiguresSentence(const ReportModel& model, const AreaFigures& area);

// "a, b and c".
std::string listInWords(const std::vector<std::string>& items);

}  // namespace hc::reports

#endif  // HC_REPORTS_NARRATIVE_H_

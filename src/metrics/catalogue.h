// The metric catalogue: every metric of metrics.md with its area, a label
// for people, its unit, which direction is better, whether it is a
// people-based figure for the small-numbers rule, a plain-English
// definition and what its `n` counts. The engine, the thresholds file, the
// outputs and the reports all read this one table.
//
// Thread-safety: immutable static data.
#ifndef HC_METRICS_CATALOGUE_H_
#define HC_METRICS_CATALOGUE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hc::metrics {

// Metrics in metrics.md order; the value is the position in catalogue().
enum class Metric : int {
  // workload
  kVacancyRate, kAgencyRate, kTurnoverRate, kCaseloadAvg, kCaseloadMax, kCaseloadOverLimit,
  kSupervisionCompliance,
  // allocation
  kUnallocatedCases, kUnallocatedRate, kUnallocatedMedianDays, kReferralPeakRatio,
  kTransferMedianDays, kTransfersPending,
  // tools
  kSurveyTools,
  // wellbeing
  kSicknessRate, kStressShare, kTeamMeetingsPerMonth, kLoneWorkingAssessed, kSurveyWellbeing,
  // delivery
  kVisitCompletionRate, kNoAccessRate, kRescheduledRate, kUnproductiveHours, kDirectTimeShare,
  kAssessmentMedianDays, kAssessmentWithin45Days, kComplaintsPer100Cases, kComplaintsUpheldRate,
  kComplimentsPer100Cases, kSatisfactionRate, kPackageCostOutliers, kSurveyDelivery,
};
inline constexpr int kMetricCount = 32;

enum class Area : int { kWorkload, kAllocation, kTools, kWellbeing, kDelivery };
inline constexpr int kAreaCount = 5;

enum class Unit { kPercent, kCount, kDays, kRatio, kHours, kPer100, kPerMonth, kScore };
enum class Better { kHigher, kLower };

struct MetricInfo {
  Metric metric;
  std::string_view id;          // "vacancy_rate"
  Area area;
  std::string_view label;       // "Vacancy rate"
  Unit unit;
  Better better;
  bool people_based;            // small-numbers rule applies (metrics.md "Small numbers")
  bool survey;                  // suppressed below the minimum group size even unpublished
  std::string_view definition;  // plain English, for reports
  std::string_view n_counts;    // what MetricResult::n counts: "permanent staff in post on the last day"
};

struct AreaInfo {
  Area area;
  std::string_view id;     // "workload"
  std::string_view label;  // "Workload management"
};

// All metrics in metrics.md order: catalogue()[int(Metric::kAgencyRate)].id == "agency_rate".
const std::vector<MetricInfo>& catalogue();
const MetricInfo& info(Metric m);
// findMetric("caseload_avg")->unit == Unit::kRatio; nullptr for an unknown id.
const MetricInfo* findMetric(std::string_view id);

// The five areas in metrics.md order.
const std::vector<AreaInfo>& areas();
const AreaInfo& info(Area a);
// findArea("wellbeing")->label == "A healthy workplace"; nullptr for an unknown id.
const AreaInfo* findArea(std::string_view id);
// The area's label, or the id itself when it names no area.
std::string areaLabel(std::string_view id);

// The values a metric can take: every metric is 0 or more; a share of a
// whole (a percentage of its people, cases, visits, FTE or days) and a
// survey score are 100 at most. Turnover, sickness absence and direct time
// are percentages of a denominator they can exceed (leavers of a year
// against staff in post now; overtime), so they have no ceiling. Limits
// drawn from the figures (signals.h) are kept inside this range.
struct ValueRange {
  double lowest = 0;
  std::optional<double> highest;  // none: no ceiling
  // `v` moved into the range: clamp(192.5) == 100 for stress_share.
  double clamp(double v) const;
};
// valueRange(Metric::kStressShare).highest == 100; valueRange(Metric::kTurnoverRate).highest is none.
ValueRange valueRange(Metric m);

// "%", "cases", "days", "", "hours", "per 100 cases", "per month", "/100".
std::string_view unitSuffix(Unit u);
// Decimal places a figure is shown with: 0 for counts, 1 otherwise. The
// reports, the dashboard and the as-shown CSV all round this way.
int displayDecimals(Unit u);
// "higher" or "lower".
std::string_view name(Better b);

}  // namespace hc::metrics

#endif  // HC_METRICS_CATALOGUE_H_

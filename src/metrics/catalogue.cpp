#include "metrics/catalogue.h"

namespace hc::metrics {
namespace {

using A = Area;
using B = Better;
using M = Metric;
using U = Unit;

// Kept in metrics.md order; the definitions paraphrase metrics.md for
// readers who will never open it.
const std::vector<MetricInfo> kCatalogue = {
    {M::kVacancyRate, "vacancy_rate", A::kWorkload, "Vacancy rate", U::kPercent, B::kLower, false, false,
     "Budgeted posts not filled by permanent staff on the last day, as a share of vacant plus filled "
     "permanent FTE.",
     "permanent staff in post on the last day"},
    {M::kAgencyRate, "agency_rate", A::kWorkload, "Agency rate", U::kPercent, B::kLower, false, false,
     "Agency FTE in post on the last day as a share of agency plus permanent FTE.", "staff in post on the last day"},
    {M::kTurnoverRate, "turnover_rate", A::kWorkload, "Turnover rate (12 months)", U::kPercent, B::kLower,
     false, false, "FTE of permanent leavers in the 12 months to the last day, per permanent FTE in post.",
     "permanent staff in post on the last day"},
    {M::kCaseloadAvg, "caseload_avg", A::kWorkload, "Average caseload", U::kRatio, B::kLower, false, false,
     "Cases allocated on the last day per FTE of the staff holding them.", "staff holding cases on the last day"},
    {M::kCaseloadMax, "caseload_max", A::kWorkload, "Largest caseload", U::kCount, B::kLower, false, false,
     "The most cases allocated to one person on the last day.", "staff holding cases on the last day"},
    {M::kCaseloadOverLimit, "caseload_over_limit", A::kWorkload, "Staff over the caseload limit",
     U::kPercent, B::kLower, true, false,
     "Share of staff holding cases whose cases per FTE exceed the caseload limit (default 20).",
     "staff holding cases on the last day"},
    {M::kSupervisionCompliance, "supervision_compliance", A::kWorkload, "Supervision compliance",
     U::kPercent, B::kHigher, true, false,
     "Share of staff who had enough individual supervision of 90 minutes or more in every whole month "
     "they were in post (4 a month in the first 6 weeks after qualifying, 2 until 6 months, then 1).",
     "eligible staff"},
    {M::kUnallocatedCases, "unallocated_cases", A::kAllocation, "Unallocated cases", U::kCount, B::kLower,
     false, false, "Open cases on the last day with no worker in post holding them.", "open cases on the last day"},
    {M::kUnallocatedRate, "unallocated_rate", A::kAllocation, "Unallocated rate", U::kPercent, B::kLower,
     false, false, "Unallocated cases as a share of open cases on the last day.", "open cases on the last day"},
    {M::kUnallocatedMedianDays, "unallocated_median_days", A::kAllocation, "Median wait unallocated",
     U::kDays, B::kLower, false, false,
     "Median days unallocated cases have waited since referral or since they lost their worker.",
     "unallocated cases on the last day"},
    {M::kReferralPeakRatio, "referral_peak_ratio", A::kAllocation, "Referral peak ratio", U::kRatio,
     B::kLower, false, false, "Busiest week's referrals divided by the average week's, over whole weeks.",
     "referrals in the whole weeks"},
    {M::kTransferMedianDays, "transfer_median_days", A::kAllocation, "Median transfer time", U::kDays,
     B::kLower, false, false, "Median days from request to completion of transfers completed in the period.",
     "transfers completed"},
    {M::kTransfersPending, "transfers_pending", A::kAllocation, "Transfers pending", U::kCount, B::kLower,
     false, false, "Transfers requested by the last day and not completed by then.", "transfers pending"},
    {M::kSurveyTools, "survey_tools", A::kTools, "Staff survey: tools", U::kScore, B::kHigher, true, true,
     "Staff survey score (0-100) for having the right tools to do the job.", "survey responses"},
    {M::kSicknessRate, "sickness_rate", A::kWellbeing, "Sickness absence rate", U::kPercent, B::kLower,
     true, false, "Working time lost to sickness by permanent staff as a share of their available time.",
     "permanent staff in post on the last day"},
    {M::kStressShare, "stress_share", A::kWellbeing, "Stress share of sickness", U::kPercent, B::kLower,
     true, false, "Share of time lost to sickness that was lost to stress, anxiety or depression.",
     "sickness absences in the period"},
    {M::kTeamMeetingsPerMonth, "team_meetings_per_month", A::kWellbeing, "Team meetings a month",
     U::kPerMonth, B::kHigher, false, false, "Team meetings held in the period per month.", "team meetings"},
    {M::kLoneWorkingAssessed, "lone_working_assessed", A::kWellbeing, "Lone working assessed",
     U::kPercent, B::kHigher, true, false,
     "Share of staff in post with a lone-working risk assessment in the last 365 days.",
     "staff in post on the last day"},
    {M::kSurveyWellbeing, "survey_wellbeing", A::kWellbeing, "Staff survey: wellbeing", U::kScore,
     B::kHigher, true, true, "Staff survey score (0-100) for a healthy workplace.", "survey responses"},
    {M::kVisitCompletionRate, "visit_completion_rate", A::kDelivery, "Visits completed", U::kPercent,
     B::kHigher, false, false, "Share of scheduled visits that took place.", "visits scheduled"},
    {M::kNoAccessRate, "no_access_rate", A::kDelivery, "No-access visits", U::kPercent, B::kLower, false,
     false, "Share of scheduled visits where the worker could not get in.", "visits scheduled"},
    {M::kRescheduledRate, "rescheduled_rate", A::kDelivery, "Visits moved by the service", U::kPercent,
     B::kLower, false, false, "Share of scheduled visits rescheduled or cancelled by the service.",
     "visits scheduled"},
    {M::kUnproductiveHours, "unproductive_hours", A::kDelivery, "Hours lost to no access", U::kHours,
     B::kLower, false, false, "Planned and travel time of no-access visits, in hours.", "no-access visits"},
    {M::kDirectTimeShare, "direct_time_share", A::kDelivery, "Direct time share", U::kPercent, B::kHigher,
     false, false, "Time spent on completed visits as a share of contracted working time.",
     "completed visits"},
    {M::kAssessmentMedianDays, "assessment_median_days", A::kDelivery, "Median assessment time", U::kDays,
     B::kLower, false, false, "Median days from referral to completed assessment.",
     "assessments completed"},
    {M::kAssessmentWithin45Days, "assessment_within_45_days", A::kDelivery, "Assessments within 45 days",
     U::kPercent, B::kHigher, false, false,
     "Share of assessments completed within 45 working days of referral.", "assessments completed"},
    {M::kComplaintsPer100Cases, "complaints_per_100_cases", A::kDelivery, "Complaints per 100 cases",
     U::kPer100, B::kLower, false, false, "Complaints in the period per 100 open cases on the last day.",
     "open cases on the last day"},
    {M::kComplaintsUpheldRate, "complaints_upheld_rate", A::kDelivery, "Complaints upheld", U::kPercent,
     B::kLower, false, false, "Share of complaints in the period that were upheld.", "complaints"},
    {M::kComplimentsPer100Cases, "compliments_per_100_cases", A::kDelivery, "Compliments per 100 cases",
     U::kPer100, B::kHigher, false, false, "Compliments in the period per 100 open cases on the last day.",
     "open cases on the last day"},
    {M::kSatisfactionRate, "satisfaction_rate", A::kDelivery, "Satisfied service users", U::kPercent,
     B::kHigher, false, false, "Share of ratings in the period that were 4 or 5 out of 5.", "ratings"},
    {M::kPackageCostOutliers, "package_cost_outliers", A::kDelivery, "Care package cost outliers",
     U::kPercent, B::kLower, false, false,
     "Share of assessors whose median weekly cost in a need band is more than 1.25 times the band's "
     "median.",
     "assessors with 3+ packages in a band"},
    {M::kSurveyDelivery, "survey_delivery", A::kDelivery, "Staff survey: delivery", U::kScore, B::kHigher,
     true, true, "Staff survey score (0-100) for effective service delivery.", "survey responses"},
};

const std::vector<AreaInfo> kAreas = {
    {A::kWorkload, "workload", "Workload management"},
    {A::kAllocation, "allocation", "Case allocation"},
    {A::kTools, "tools", "Having the right tools to do the job"},
    {A::kWellbeing, "wellbeing", "A healthy workplace"},
    {A::kDelivery, "delivery", "Effective service delivery"},
};

}  // namespace

const std::vector<MetricInfo>& catalogue() { return kCatalogue; }
const MetricInfo& info(Metric m) { return kCatalogue[static_cast<size_t>(m)]; }

const MetricInfo* findMetric(std::string_view id) {
  for (const MetricInfo& m : kCatalogue)
    if (m.id == id) return &m;
  return nullptr;
}

const std::vector<AreaInfo>& areas() { return kAreas; }

const AreaInfo* findArea(std::string_view id) {
  for (const AreaInfo& a : kAreas)
    if (a.id == id) return &a;
  return nullptr;
}

std::string areaLabel(std::string_view id) {
  const AreaInfo* a = findArea(id);
  return std::string(a ? a->label : id);
}
const AreaInfo& info(Area a) { return kAreas[static_cast<size_t>(a)]; }

std::string_view unitSuffix(Unit u) {
  switch (u) {
    case Unit::kPercent: return "%";
    case Unit::kCount: return "";
    case Unit::kDays: return " days";
    case Unit::kRatio: return "";
    case Unit::kHours: return " h";
    case Unit::kPer100: return " /100 cases";
    case Unit::kPerMonth: return " /month";
    case Unit::kScore: return " /100";
  }
  return "";
}

double ValueRange::clamp(double v) const {
  if (v < lowest) return lowest;
  return highest && v > *highest ? *highest : v;
}

ValueRange valueRange(Metric m) {
  switch (m) {
    case Metric::kTurnoverRate:
    case Metric::kSicknessRate:
    case Metric::kDirectTimeShare:
      return {};
    default: {
      const Unit unit = info(m).unit;
      if (unit == Unit::kPercent || unit == Unit::kScore) return {0, 100.0};
      return {};
    }
  }
}

int displayDecimals(Unit u) { return u == Unit::kCount ? 0 : 1; }

std::string_view name(Better b) { return b == Better::kHigher ? "higher" : "lower"; }

}  // namespace hc::metrics

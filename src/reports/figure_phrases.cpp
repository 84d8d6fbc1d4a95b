#include "reports/figure_phrases.h"

#include "reports/figure_text.h"

namespace hc::reports {
namespace {

using metrics::Metric;

// "1 case", "94 cases": counts read as words, with the noun agreeing.
std::string count(double value, const char* one, const char* many) {
  const std::string n = formatValue(metrics::Unit::kCount, value);
  return n + " " + (n == "1" ? one : many);
}

}  // namespace

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string figurePhrase(const metrics::MetricInfo& info, double value) {
  const std::string v = formatValue(info.unit, value);
  // formatValue's "1.5 a month" and "2.1 per 100 cases" read as part of
  // the clause; plain numbers get their noun here.
  const std::string number = formatNumber(value, displayDecimals(info.unit));
  switch (info.metric) {
    case Metric::kVacancyRate: return v + " of posts are vacant";
    case Metric::kAgencyRate: return "agency workers fill " + v + " of posts";
    case Metric::kTurnoverRate: return v + " of permanent staff left in the last 12 months";
    case Metric::kCaseloadAvg: return "social workers hold " + number + " cases each on average";
    case Metric::kCaseloadMax: return "the largest caseload is " + count(value, "case", "cases");
    case Metric::kCaseloadOverLimit: return v + " of staff hold more cases than the caseload limit";
    case Metric::kSupervisionCompliance: return v + " of staff had all the supervision they should";
    case Metric::kUnallocatedCases: return count(value, "case has", "cases have") + " no social worker";
    case Metric::kUnallocatedRate: return v + " of open cases have no social worker";
    case Metric::kUnallocatedMedianDays: return "cases without a worker have typically waited " + v;
    case Metric::kReferralPeakRatio: return "the busiest week brought " + number + " times an average week's referrals";
    case Metric::kTransferMedianDays: return "a transfer typically took " + v + " to complete";
    case Metric::kTransfersPending: return count(value, "transfer is", "transfers are") + " waiting to be completed";
    case Metric::kSurveyTools: return "staff scored their tools " + v;
    case Metric::kSicknessRate: return v + " of working time was lost to sickness";
    case Metric::kStressShare: return "stress, anxiety or depression caused " + v + " of the time lost to sickness";
    case Metric::kTeamMeetingsPerMonth: return "teams met " + number + " times a month";
    case Metric::kLoneWorkingAssessed: return v + " of staff have an up-to-date lone-working risk assessment";
    case Metric::kSurveyWellbeing: return "staff scored their wellbeing at work " + v;
    case Metric::kVisitCompletionRate: return v + " of planned visits took place";
    case Metric::kNoAccessRate: return "workers could not get in on " + v + " of visits";
    case Metric::kRescheduledRate: return "the service moved or cancelled " + v + " of visits";
    case Metric::kUnproductiveHours: return v + " went on visits where workers could not get in";
    case Metric::kDirectTimeShare: return v + " of working time was spent with people on visits";
    case Metric::kAssessmentMedianDays: return "an assessment typically took " + v;
    case Metric::kAssessmentWithin45Days: return v + " of assessments were finished within 45 working days";
    case Metric::kComplaintsPer100Cases: return "there were " + number + " complaints for every 100 cases";
    case Metric::kComplaintsUpheldRate: return v + " of complaints were upheld";
    case Metric::kComplimentsPer100Cases: return "there were " + number + " compliments for every 100 cases";
    case Metric::kSatisfactionRate: return v + " of people who rated the service gave it 4 or 5 out of 5";
    case Metric::kPackageCostOutliers:
      return v + " of assessors arrange care packages costing well above the usual for the need";
    case Metric::kSurveyDelivery: return "staff scored the service they give " + v;
  }
  return std::string(info.label) + ": " + v;
}

std::string figureName(const metrics::MetricInfo& info) {
  switch (info.metric) {
    case Metric::kSurveyTools: return "staff's score for their tools";
    case Metric::kSurveyWellbeing: return "staff's score for their wellbeing";
    case Metric::kSurveyDelivery: return "staff's score for the service they give";
    case Metric::kStressShare: return "the share of sickness due to stress";
    case Metric::kTeamMeetingsPerMonth: return "team meetings";
    case Metric::kLoneWorkingAssessed: return "lone-working risk assessments";
    case Metric::kVisitCompletionRate: return "visits completed";
    case Metric::kNoAccessRate: return "no-access visits";
    case Metric::kRescheduledRate: return "visits moved by the service";
    case Metric::kUnproductiveHours: return "hours lost to no-access visits";
    case Metric::kSatisfactionRate: return "satisfaction";
    case Metric::kUnallocatedCases: return "unallocated cases";
    case Metric::kUnallocatedMedianDays: return "the wait of unallocated cases";
    case Metric::kTransfersPending: return "transfers pending";
    case Metric::kCaseloadOverLimit: return "staff over the caseload limit";
    case Metric::kSupervisionCompliance: return "supervision";
    case Metric::kComplaintsUpheldRate: return "complaints upheld";
    case Metric::kAssessmentWithin45Days: return "assessments within 45 working days";
    case Metric::kComplaintsPer100Cases: return "complaints";
    case Metric::kComplimentsPer100Cases: return "compliments";
    case Metric::kPackageCostOutliers: return "care package cost outliers";
    default: break;
  }
  std::string label(info.label);
  // "Turnover rate (12 months)" reads as "the turnover rate".
  if (const size_t paren = label.find(" ("); paren != std::string::npos) label.resize(paren);
  if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] - 'A' + 'a');
  return "the " + label;
}

}  // namespace hc::reports

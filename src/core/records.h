// The plain records of a council's social work data, one struct per file of
// the data contract (../shared/spec/data-contract.md), and the Dataset that
// holds them. The importer produces them, the store keeps them, the metrics
// engine reads them; none of them knows about the others.
//
// Thread-safety: plain values; a const Dataset may be shared between threads.
#ifndef HC_CORE_RECORDS_H_
#define HC_CORE_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace hc {

enum class Service { kChildren, kAdults, kOther };
enum class Role { kSocialWorker, kSeniorPractitioner, kTeamManager, kServiceManager, kOther };
enum class Employment { kPermanent, kAgency };
enum class VisitStatus { kCompleted, kNoAccess, kCancelledByPerson, kCancelledByService, kRescheduled };
enum class VisitPurpose { kAssessment, kReview, kVisit, kOther };
enum class SupervisionKind { kIndividual, kGroup };
enum class AbsenceReason { kSickness, kStress, kOther };
enum class RiskAssessmentKind { kLoneWorking, kOther };
enum class FeedbackKind { kComplaint, kCompliment, kComment, kRating };

// The contract's spelling of each value: name(Role::kTeamManager) is
// "team_manager". parseX matches case-insensitively after trimming:
// parseRole(" Team_Manager") == Role::kTeamManager.
std::string_view name(Service v);
std::string_view name(Role v);
std::string_view name(Employment v);
std::string_view name(VisitStatus v);
std::string_view name(VisitPurpose v);
std::string_view name(SupervisionKind v);
std::string_view name(AbsenceReason v);
std::string_view name(RiskAssessmentKind v);
std::string_view name(FeedbackKind v);
std::optional<Service> parseService(std::string_view s);
std::optional<Role> parseRole(std::string_view s);
std::optional<Employment> parseEmployment(std::string_view s);
std::optional<VisitStatus> parseVisitStatus(std::string_view s);
std::optional<VisitPurpose> parseVisitPurpose(std::string_view s);
std::optional<SupervisionKind> parseSupervisionKind(std::string_view s);
std::optional<AbsenceReason> parseAbsenceReason(std::string_view s);
std::optional<RiskAssessmentKind> parseRiskAssessmentKind(std::string_view s);
std::optional<FeedbackKind> parseFeedbackKind(std::string_view s);

struct Team {
  std::string team_id;
  std::string name;
  Service service = Service::kOther;
  std::string locality;  // empty: none given
};

struct Staff {
  std::string staff_id;
  std::string team_id;
  Role role = Role::kSocialWorker;
  Employment employment = Employment::kPermanent;
  double fte = 1.0;
  Date start_date;
  std::optional<Date> end_date;        // last day in post
  std::optional<Date> qualified_date;  // none: experienced

  bool inPostOn(Date d) const { return start_date <= d && (!end_date || d <= *end_date); }
};

struct Establishment {
  std::string team_id;
  Date effective_from;
  double budgeted_fte = 0;
};

struct Case {
  std::string case_id;
  std::string team_id;
  Date referral_date;
  std::optional<Date> assessment_completed_date;
  std::optional<Date> closed_date;

  bool openOn(Date d) const { return referral_date <= d && (!closed_date || d < *closed_date); }
};

struct Allocation {
  std::string allocation_id;
  std::string case_id;
  std::string staff_id;
  Date start_date;
  std::optional<Date> end_date;  // the day it ended

  bool currentOn(Date d) const { return start_date <= d && (!end_date || d < *end_date); }
};

struct Transfer {
  std::string transfer_id;
  std::string case_id;
  std::string from_team;
  std::string to_team;
  Date requested_date;
  std::optional<Date> completed_date;
};

struct Visit {
  std::string visit_id;
  std::string case_id;
  std::string staff_id;
  DateTime scheduled_start;
  int planned_minutes = 0;
  VisitStatus status = VisitStatus::kCompleted;
  std::optional<int> actual_minutes;
  std::optional<int> travel_minutes;
  VisitPurpose purpose = VisitPurpose::kVisit;
};

// One worker's visits in one calendar month with one status, summed. Every
// visit metric of metrics.md is a count or a sum of minutes over the visits
// of whole months, attributed through the worker, so the engine reads these
// rather than single visits: at national scale the 5.1 million visits of a
// half-year are 635,000 summaries, a tenth of the memory, and two years of
// them fit in memory for a trend. core/visit_tally.h makes them.
struct VisitMonth {
  std::string staff_id;
  Date month;  // its first day
  VisitStatus status = VisitStatus::kCompleted;
  int64_t visits = 0;
  int64_t planned_minutes = 0;
  int64_t actual_minutes = 0;  // a visit without actual_minutes adds 0
  int64_t travel_minutes = 0;  // likewise travel_minutes
};

struct Supervision {
  std::string session_id;
  std::string staff_id;
  std::optional<std::string> supervisor_id;
  Date date;
  int duration_minutes = 0;
  SupervisionKind kind = SupervisionKind::kIndividual;
};

struct Absence {
  std::string absence_id;
  std::string staff_id;
  Date start_date;
  Date end_date;  // last day of absence
  AbsenceReason reason = AbsenceReason::kSickness;
  std::optional<double> working_days_lost;
};

struct TeamMeeting {
  std::string meeting_id;
  std::string team_id;
  Date date;
};

struct RiskAssessment {
  std::string assessment_id;
  std::string staff_id;
  Date completed_date;
  RiskAssessmentKind kind = RiskAssessmentKind::kLoneWorking;
};

struct Feedback {
  std::string feedback_id;
  std::string team_id;
  Date date;
  FeedbackKind kind = FeedbackKind::kComment;
  std::optional<bool> upheld;
  std::optional<int> rating;  // 1..5
};

struct CarePackage {
  std::string package_id;
  std::string case_id;
  std::string staff_id;
  Date assessed_date;
  int need_band = 1;  // 1 = low ... 4 = critical
  double weekly_cost = 0;
};

struct Holiday {
  Date date;
  std::string name;
};

// One staff survey response reduced to its area scores (0..100) as its
// survey definition scores them; an area is absent where the response
// answered none of its questions. `survey_date` is the last day of the
// survey's period: responses carry no finer time, to stay anonymous.
struct SurveyResponseScores {
  std::string team_id;
  Date survey_date;
  std::optional<double> tools;
  std::optional<double> wellbeing;
  std::optional<double> delivery;
};

// Every record the metrics engine may need for one reporting window.
// holidays holds the shipped bank holidays plus imported ones.
struct Dataset {
  std::vector<Team> teams;
  std::vector<Staff> staff;
  std::vector<Establishment> establishments;
  std::vector<Case> cases;
  std::vector<Allocation> allocations;
  std::vector<Transfer> transfers;
  std::vector<VisitMonth> visit_months;  // summaries, not single visits
  std::vector<Supervision> supervision;
  std::vector<Absence> absences;
  std::vector<TeamMeeting> team_meetings;
  std::vector<RiskAssessment> risk_assessments;
  std::vector<Feedback> feedback;
  std::vector<CarePackage> care_packages;
  std::vector<Holiday> holidays;
  std::vector<SurveyResponseScores> survey_responses;
};

}  // namespace hc

#endif  // HC_CORE_RECORDS_H_

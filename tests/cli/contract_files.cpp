#include "contract_files.h"

#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace hc::testing {
namespace {

// `value` in tenths, exactly: 0.3 -> 3.
int64_t tenths(double value, const char* what) {
  const int64_t t = std::llround(value * 10);
  if (std::abs(static_cast<double>(t) / 10 - value) > 1e-9)
    throw std::invalid_argument(std::string(what) + " is not a whole number of tenths");
  return t;
}

void optionalDate(demo::CsvFile& f, const std::optional<Date>& d) {
  if (d) f.date(*d);
  else f.empty();
}

}  // namespace

ContractFiles::ContractFiles(const std::string& dir)
    : teams_(dir + "/teams.csv", {"team_id", "name", "service", "locality"}),
      staff_(dir + "/staff.csv",
             {"staff_id", "team_id", "role", "employment", "fte", "start_date", "end_date", "qualified_date"}),
      establishment_(dir + "/establishment.csv", {"team_id", "effective_from", "budgeted_fte"}),
      cases_(dir + "/cases.csv",
             {"case_id", "team_id", "referral_date", "assessment_completed_date", "closed_date"}),
      allocations_(dir + "/allocations.csv", {"allocation_id", "case_id", "staff_id", "start_date", "end_date"}),
      absences_(dir + "/absences.csv",
                {"absence_id", "staff_id", "start_date", "end_date", "reason", "working_days_lost"}) {}

void ContractFiles::add(const Dataset& d, const std::string& p) {
  if (!d.transfers.empty() || !d.visit_months.empty() || !d.supervision.empty() ||
      !d.team_meetings.empty() || !d.risk_assessments.empty() || !d.feedback.empty() || !d.care_packages.empty() ||
      !d.survey_responses.empty())
    throw std::invalid_argument("ContractFiles writes teams, staff, establishment, cases, allocations and absences only");
  for (const Team& t : d.teams)
    teams_.text(p + t.team_id).text(p + t.name).text(name(t.service)).text(t.locality).endRow();
  for (const Staff& s : d.staff) {
    staff_.text(p + s.staff_id).text(p + s.team_id).text(name(s.role)).text(name(s.employment));
    staff_.decimal(tenths(s.fte, "fte"), 1).date(s.start_date);
    optionalDate(staff_, s.end_date);
    optionalDate(staff_, s.qualified_date);
    staff_.endRow();
  }
  for (const Establishment& e : d.establishments)
    establishment_.text(p + e.team_id).date(e.effective_from).decimal(tenths(e.budgeted_fte, "budgeted_fte"), 1).endRow();
  for (const Case& c : d.cases) {
    cases_.text(p + c.case_id).text(p + c.team_id).date(c.referral_date);
    optionalDate(cases_, c.assessment_completed_date);
    optionalDate(cases_, c.closed_date);
    cases_.endRow();
  }
  for (const Allocation& a : d.allocations) {
    allocations_.text(p + a.allocation_id).text(p + a.case_id).text(p + a.staff_id).date(a.start_date);
    optionalDate(allocations_, a.end_date);
    allocations_.endRow();
  }
  for (const Absence& a : d.absences) {
    absences_.text(p + a.absence_id).text(p + a.staff_id).date(a.start_date).date(a.end_date).text(name(a.reason));
    if (a.working_days_lost) absences_.decimal(tenths(*a.working_days_lost, "working_days_lost"), 1);
    else absences_.empty();
    absences_.endRow();
  }
}

void ContractFiles::close() {
  for (demo::CsvFile* f : {&teams_, &staff_, &establishment_, &cases_, &allocations_, &absences_}) f->close();
}

}  // namespace hc::testing

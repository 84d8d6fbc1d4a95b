#include "national/census_dataset.h"

#include <algorithm>

#include "core/bank_holidays.h"

namespace hc::national {
namespace {

Role roleOf(const std::optional<int>& org_role) {
  if (!org_role) return Role::kSocialWorker;
  switch (*org_role) {
    case 1:
    case 2: return Role::kServiceManager;      // senior, middle manager
    case 3: return Role::kTeamManager;         // first line manager
    case 4: return Role::kSeniorPractitioner;
    case 5: return Role::kSocialWorker;        // case holder
    default: return Role::kOther;              // 6: qualified without cases
  }
}

class Mapper {
 public:
  Mapper(const CensusReturn& census, const metrics::Period& period, const std::string& file,
         ingest::DiagnosticList& diagnostics)
      : census_(census), period_(period), file_(file), diagnostics_(diagnostics) {}

  CensusDataset run() {
    CensusDataset out;
    out.period = period_;
    Dataset& data = out.data;
    data.teams.push_back(Team{kCensusTeamId,
                              "Census return" + (census_.la_code.empty() ? "" : " LA " + census_.la_code),
                              Service::kChildren, ""});
    const Date d = period_.to;
    for (const CensusWorker& w : census_.workers) {
      std::optional<Staff> staff = staffOf(w);
      if (!staff) continue;
      const bool in_post = staff->inPostOn(d);
      if (in_post && staff->employment == Employment::kPermanent) out.inpost_fte += staff->fte;
      if (in_post && staff->employment == Employment::kAgency) {
        out.agency_fte += staff->fte;
        ++out.agency_headcount;
      }
      if (w.absent_30_sept.value_or(false)) ++out.absent_on_census_date;
      addCases(w, *staff, in_post, data);
      addAbsence(w, *staff, data);
      data.staff.push_back(std::move(*staff));
    }
    // Establishment as the DfE defines vacancies: posts = in post + vacant.
    data.establishments.push_back(Establishment{kCensusTeamId, period_.from, out.inpost_fte + census_.vacancies_fte});
    data.holidays = allHolidays({});
    return out;
  }

 private:
  void warn(const CensusWorker& w, const std::string& element, const std::string& reason) {
    diagnostics_.add({file_, w.line, element, reason, false});
  }

  std::optional<Staff> staffOf(const CensusWorker& w) {
    Staff s;
    s.staff_id = w.swe_no;
    s.team_id = kCensusTeamId;
    s.role = roleOf(w.org_role);
    s.employment = w.agency ? Employment::kAgency : Employment::kPermanent;
    if (w.fte && *w.fte > 0) {
      s.fte = *w.fte;
    } else if (w.fte30 && *w.fte30 > 0) {
      s.fte = *w.fte30;
    } else {
      warn(w, "FTE", "neither FTE nor FTE30 is above 0: worker " + w.swe_no + " is left out of the figures");
      return std::nullopt;
    }
    const Date before_year = period_.from.plusDays(-1);
    s.start_date = w.start_date ? *w.start_date : before_year;
    s.end_date = w.end_date;
    if (!w.start_date && s.end_date && *s.end_date < s.start_date) s.start_date = *s.end_date;
    if (s.start_date > period_.to) {
      warn(w, "RoleStartDate", s.start_date.iso() + " is after the census date " + period_.to.iso() +
                                   ": not in post in census year " + period_.label);
    } else if (s.end_date && *s.end_date < period_.from) {
      warn(w, "RoleEndDate", s.end_date->iso() + " is before census year " + period_.label + " began (" +
                                 period_.from.iso() + "): not counted in it");
    }
    return s;
  }

  void addCases(const CensusWorker& w, const Staff& s, bool in_post, Dataset& data) {
    if (!w.cases30 || *w.cases30 == 0) return;
    if (!in_post) {
      warn(w, "Cases30", "worker " + w.swe_no + " is not in post on " + period_.to.iso() +
                             "; their cases are not counted");
      return;
    }
    for (int64_t k = 1; k <= *w.cases30; ++k) {
      const std::string id = s.staff_id + "-" + std::to_string(k);
      data.cases.push_back(Case{id, kCensusTeamId, period_.to, std::nullopt, std::nullopt});
      data.allocations.push_back(Allocation{id, id, s.staff_id, period_.to, std::nullopt});
    }
  }

  void addAbsence(const CensusWorker& w, const Staff& s, Dataset& data) {
    if (!w.working_days_lost || *w.working_days_lost <= 0) return;
    const Date from = std::max(s.start_date, period_.from);
    const Date to = s.end_date ? std::min(*s.end_date, period_.to) : period_.to;
    if (to < from) {
      warn(w, "WorkingDaysLost", "worker " + w.swe_no + " is not in post in census year " + period_.label +
                                     "; their days lost are not counted");
      return;
    }
    data.absences.push_back(
        Absence{s.staff_id + "-absence", s.staff_id, from, to, AbsenceReason::kSickness, *w.working_days_lost});
  }

  const CensusReturn& census_;
  const metrics::Period& period_;
  const std::string& file_;
  ingest::DiagnosticList& diagnostics_;
};

}  // namespace

std::optional<CensusDataset> mapCensus(const CensusReturn& census, std::optional<int> year, const std::string& file,
                                       ingest::DiagnosticList& diagnostics) {
  if (!year) year = census.year;
  if (!year && census.reference_date) year = census.reference_date->year();
  if (!year) {
    diagnostics.add({file, 0, "Year",
                     "the return names no collection year (Header/CollectionDetails/Year or ReferenceDate); "
                     "give it with --year"});
    return std::nullopt;
  }
  std::string error;
  const std::optional<metrics::Period> period = metrics::Period::parse("csww-" + std::to_string(*year), &error);
  if (!period) {
    diagnostics.add({file, 0, "Year", error});
    return std::nullopt;
  }
  if (census.reference_date && *census.reference_date != period->to) {
    diagnostics.add({file, 0, "ReferenceDate",
                     census.reference_date->iso() + " is not the census date of " + period->label + " (" +
                         period->to.iso() + "); figures are taken on " + period->to.iso(),
                     false});
  }
  return Mapper(census, *period, file, diagnostics).run();
}

}  // namespace hc::national

// A census return mapped onto the health check's own records, so that the
// metrics engine computes the council's census-year figures from it with
// metrics.md's (the DfE's) formulas.
//
// The mapping, for census year Y (period csww-Y, 1 Oct Y-1 to D = 30 Sep Y):
//  - one children's team, "CENSUS", holds every worker;
//  - each worker is a Staff record: staff_id = SWENo; agency or permanent
//    from AgencyWorker; fte = FTE, or FTE30 where FTE is 0 or absent (the
//    DfE's returns give leavers FTE 0 and their FTE in FTE30); start =
//    RoleStartDate, or when absent the day before the census year (the
//    schema asks for it only for starters: the worker was in post before
//    the year); end = RoleEndDate; role from OrgRole (1, 2 service manager;
//    3 team manager; 4 senior practitioner; 5 social worker; 6 other;
//    absent: social worker);
//  - the establishment on D = the permanent FTE in post on D plus the
//    authority's NumberOfVacancies, so vacancy_rate is the DfE's
//    vacancies / (vacancies + in post);
//  - Cases30 becomes that many cases, open and allocated to the worker on D;
//  - WorkingDaysLost becomes one sickness absence over the worker's days in
//    post within the census year, with working_days_lost given, so the
//    FTE-days lost fall wholly in the year (the DfE's absence rate).
// Absat30Sept and ReasonAbsence have no metric: they are counted for the
// summary only. Workers the census year cannot count (no FTE above 0,
// starting after D, leaving before the year; Cases30 or WorkingDaysLost of
// someone not in post) are warnings naming the worker's line.
//
// Thread-safety: pure function of its arguments.
#ifndef HC_NATIONAL_CENSUS_DATASET_H_
#define HC_NATIONAL_CENSUS_DATASET_H_

#include <cstdint>
#include <optional>
#include <string>

#include "core/records.h"
#include "ingest/diagnostic.h"
#include "metrics/period.h"
#include "national/census_return.h"

namespace hc::national {

inline constexpr const char* kCensusTeamId = "CENSUS";

struct CensusDataset {
  metrics::Period period;  // csww-Y
  Dataset data;            // with the shipped bank holidays
  // Figures of the worker records on D, for the comparison with the
  // authority's own LALevelVacancies figures.
  double inpost_fte = 0;          // permanent
  double agency_fte = 0;
  int64_t agency_headcount = 0;
  int64_t absent_on_census_date = 0;  // Absat30Sept 1
};

// The census year is `year` when given, else the header's Year, else the
// year of its ReferenceDate; with none of them, nullopt and an error in
// `diagnostics`. `file` names the return in messages.
std::optional<CensusDataset> mapCensus(const CensusReturn& census, std::optional<int> year, const std::string& file,
                                       ingest::DiagnosticList& diagnostics);

}  // namespace hc::national

#endif  // HC_NATIONAL_CENSUS_DATASET_H_

// A children's social work workforce census return as read from its XML
// (schema csww-census-2022.xsd): the header, the local authority's own
// vacancy and agency figures, and one record per worker, holding what the
// health check uses. Element names are the schema's.
//
// Thread-safety: plain values.
#ifndef HC_NATIONAL_CENSUS_RETURN_H_
#define HC_NATIONAL_CENSUS_RETURN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace hc::national {

struct CensusWorker {
  int64_t line = 0;                   // line of its <CSWWWorker>, for messages
  bool agency = false;                // AgencyWorker 1
  std::string swe_no;                 // SWENo: Social Work England registration number
  std::optional<double> fte;          // FTE, 0..1
  std::optional<double> fte30;        // FTE30, 0..1
  std::optional<int> org_role;        // OrgRole 1..6
  std::optional<Date> start_date;     // RoleStartDate
  std::optional<Date> end_date;       // RoleEndDate
  std::optional<int64_t> cases30;     // Cases30: cases held on 30 September
  std::optional<double> working_days_lost;  // WorkingDaysLost in the census year
  std::optional<bool> absent_30_sept;       // Absat30Sept
  std::vector<std::string> absence_reasons; // ReasonAbsence: SIC, MAT, TRN ...
};

struct CensusReturn {
  // Header (optional in the schema).
  std::optional<int> year;              // CollectionDetails/Year
  std::optional<Date> reference_date;   // CollectionDetails/ReferenceDate
  std::string la_code;                  // Source/LEA, three digits; empty when absent
  // LALevelVacancies: the authority's own figures.
  double vacancies_fte = 0;             // NumberOfVacancies
  double agency_fte = 0;                // NoAgencyFTE
  int64_t agency_headcount = 0;         // NoAgencyHeadcount
  std::vector<CensusWorker> workers;    // valid workers, in file order
};

}  // namespace hc::national

#endif  // HC_NATIONAL_CENSUS_RETURN_H_

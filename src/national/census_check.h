// "Census return vs our calculation": the council's census-year figures as
// the metrics engine computes them from the return's worker records
// (census_dataset.h), beside the authority's own figures in the return
// (LALevelVacancies) and, where the DfE indicators are imported, the
// DfE's published figures for the authority and year. A figure that
// differs shows where the council's own calculation and ours part.
//
// Thread-safety: pure functions of their arguments.
#ifndef HC_NATIONAL_CENSUS_CHECK_H_
#define HC_NATIONAL_CENSUS_CHECK_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "metrics/health_check.h"
#include "national/census_dataset.h"
#include "national/census_return.h"
#include "national/published_data.h"

namespace hc::national {

struct CensusFigure {
  std::string id;     // "agency_rate", "agency_fte" ...
  std::string label;  // "Agency rate (%)"
  std::optional<double> census;     // from the return's own LA figures
  std::optional<double> ours;       // computed from the worker records
  std::optional<double> published;  // the DfE's figure for the authority and year
};

struct CensusCheck {
  std::string period_label;  // "csww-2022"
  std::string la_code;       // LEA
  int64_t workers = 0;       // worker records used
  int64_t absent_on_census_date = 0;
  std::vector<CensusFigure> figures;  // FTE and headcount figures, then the five rates
};

// Compares. `health_check` is computeHealthCheck over mapped.data for
// mapped.period; `published` is the authority's DfE row for the year, if
// imported.
CensusCheck checkCensus(const CensusReturn& census, const CensusDataset& mapped,
                        const metrics::HealthCheck& health_check, const std::optional<PublishedArea>& published);

// The value of metric `id` for the council scope; nullopt when null.
std::optional<double> councilValue(const metrics::HealthCheck& health_check, const std::string& id);

// The table for people:
//   Census csww-2022, LA 301: 27 worker records
//   figure                       census return   our calculation   DfE published
//   Agency workers (FTE)                 59.82              5.71               -
void writeCensusCheck(std::ostream& out, const CensusCheck& check);

}  // namespace hc::national

#endif  // HC_NATIONAL_CENSUS_CHECK_H_

// The DfE's children's social work workforce indicators as this program
// knows them: the measure columns of the open data file
// (csww_indicators_2017_to_2025.csv), and which health-check metrics have a
// published equivalent (metrics.md uses the DfE's formula for exactly these):
//
//   vacancy_rate  <-> vacancy_rate_fte      agency_rate   <-> agency_rate_fte
//   turnover_rate <-> turnover_rate_fte     caseload_avg  <-> caseload_fte
//   sickness_rate <-> absence_rate_fte
//
// Thread-safety: immutable static data.
#ifndef HC_NATIONAL_PUBLISHED_MEASURES_H_
#define HC_NATIONAL_PUBLISHED_MEASURES_H_

#include <string_view>
#include <vector>

namespace hc::national {

// Every numeric column of the indicators file, in the file's order. Each is
// a column of the national_indicators table of the same name. `required`:
// an edition without it is not the DfE's layout and is refused.
struct MeasureColumn {
  std::string_view name;
  bool required;
};
const std::vector<MeasureColumn>& measureColumns();

// A health-check metric with a published DfE equivalent.
struct PublishedEquivalent {
  std::string_view metric_id;   // "vacancy_rate"
  std::string_view dfe_column;  // "vacancy_rate_fte"
};
// The five pairs above, in metrics.md order.
const std::vector<PublishedEquivalent>& publishedEquivalents();

// The DfE column for a metric id; nullptr when the DfE publishes none.
const PublishedEquivalent* findEquivalent(std::string_view metric_id);

}  // namespace hc::national

#endif  // HC_NATIONAL_PUBLISHED_MEASURES_H_

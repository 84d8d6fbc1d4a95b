// The DfE's five published workforce rates of csww-2025 and their formulas,
// for the conformity tests: the engine's (tests/metrics/dfe_conformity_test.cpp)
// and the command line's (tests/cli/dfe_conformity_cli_test.cpp).
//
//   engine                DfE column          DfE formula
//   vacancy_rate          vacancy_rate_fte    vacancy / (vacancy + in post) x 100
//   agency_rate           agency_rate_fte     agency / (agency + in post) x 100
//   turnover_rate         turnover_rate_fte   leavers / in post x 100
//   caseload_avg          caseload_fte        cases / case holders' FTE
//   sickness_rate         absence_rate_fte    days lost / (in post x 253) x 100
//
// Thread-safety: pure functions and immutable tables.
#ifndef HC_TESTS_METRICS_DFE_RATES_H_
#define HC_TESTS_METRICS_DFE_RATES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "metrics/dfe_records.h"

namespace hc::testing::dfe {

inline constexpr const char* kCensusYear = "csww-2025";
inline constexpr const char* kTimePeriod = "2025";  // the file's time_period for csww-2025

// The rows compared: England and each local authority of csww-2025
// (regions are sums of authorities and add nothing).
bool isCompared(const IndicatorRow& row);

// "Newham (E09000025, line 1234)", for messages.
std::string label(const IndicatorRow& row);

// An exact rate num / den, both >= 0; den == 0 means null.
struct Ratio {
  int64_t num = 0;
  int64_t den = 0;
  double value() const { return static_cast<double>(num) / static_cast<double>(den); }
  // Rounded half up to one decimal place, in tenths, in exact arithmetic:
  // a value such as Merton's vacancy rate, 23 / 80 = 28.75 exactly, would
  // otherwise round either way depending on floating-point noise.
  int64_t roundedTenths() const { return (20 * num + den) / (2 * den); }
};

// One compared rate: the engine's metric, the DfE's column, and the DfE's
// formula over two published inputs x and y (in tenths; cases as count x 10).
struct RateSpec {
  const char* metric_id;
  const char* dfe_column;
  Figure IndicatorRow::*published;
  int64_t (*x)(const Inputs&);
  int64_t (*y)(const Inputs&);
  bool x_is_count;  // a whole count, published exactly (not rounded)
  // The formula over exact tenths, and the same over real numbers for
  // the rounding analysis. wd: working days in the year.
  Ratio (*exact)(int64_t x, int64_t y, int wd);
  double (*real)(double x, double y, int wd);
};

// The five, in the order above.
const std::vector<RateSpec>& rateSpecs();

// A compared row with all seven inputs and all five rates published.
struct CompleteRow {
  const IndicatorRow* row;
  Inputs in;
};
// The complete rows among `rows` (which must outlive them); the other
// compared rows go to *excluded (when given) with what is missing.
std::vector<CompleteRow> completeRows(const std::vector<IndicatorRow>& rows, std::vector<std::string>* excluded);

}  // namespace hc::testing::dfe

#endif  // HC_TESTS_METRICS_DFE_RATES_H_

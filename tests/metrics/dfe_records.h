// Records built from the DfE's children's social work workforce indicators
// (../shared/data/csww_indicators_2017_to_2025.csv), for the DfE conformity
// test (dfe_conformity_test.cpp).
//
// The file has one row per census year and national, regional or local
// authority level. Its FTE figures are published to one decimal place and
// its rates to one decimal place (whole numbers written without ".0");
// suppressed or missing figures are text markers ("x", "c", "z", "u",
// "low", ".", empty). Everything here works in exact integer tenths so that
// the records reproduce the published figures to the last digit.
//
// synthesiseDataset() turns one row's published inputs into a Dataset of a
// single children's team whose records, read by metrics.md's definitions,
// give back exactly those inputs:
//   permanent staff in post on D   FTE = inpost_fte
//   agency staff in post on D      FTE = agency_fte
//   establishment on D             = inpost_fte + vacancy_fte
//   permanent leavers in the 12 months ending D  FTE = leavers_fte
//   staff in post on D holding a case            FTE = case_holders_fte
//   cases allocated on D                         = cases
//   FTE-days lost to sickness by permanent staff = working_days_lost_fte
#ifndef HC_TESTS_METRICS_DFE_RECORDS_H_
#define HC_TESTS_METRICS_DFE_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/records.h"

namespace hc::testing::dfe {

inline constexpr const char* kIndicatorsFileName = "csww_indicators_2017_to_2025.csv";
inline constexpr const char* kTeamId = "T1";

// One published figure: its text as written and, when the text is a number
// with at most one decimal place, its value in tenths ("36186.3" ->
// 361863, "13" -> 130). Markers such as "x" or "low" have no value.
struct Figure {
  std::string text;
  std::optional<int64_t> tenths;
};

struct IndicatorRow {
  int line = 0;              // line in the file, for messages
  std::string time_period;   // "2025"
  std::string level;         // "National", "Regional", "Local authority"
  std::string name;          // la_name, region_name or country_name
  std::string code;          // new_la_code, region_code or country_code

  // Inputs.
  Figure inpost_fte, agency_fte, leavers_fte, vacancy_fte, case_holders_fte, cases,
      working_days_lost_fte;
  // Published rates.
  Figure vacancy_rate_fte, agency_rate_fte, turnover_rate_fte, caseload_fte, absence_rate_fte;
};

// Every row of the indicators file at `path`. Throws std::runtime_error when
// the file cannot be read or lacks one of the columns above.
std::vector<IndicatorRow> readIndicators(const std::string& path);

// A row's inputs in tenths of an FTE (cases: a plain count).
struct Inputs {
  int64_t inpost_t = 0;
  int64_t agency_t = 0;
  int64_t leavers_t = 0;
  int64_t vacancy_t = 0;
  int64_t case_holders_t = 0;
  int64_t cases = 0;
  int64_t working_days_lost_t = 0;
};

// The row's seven inputs when all are published as numbers (and cases as a
// whole number); nullopt otherwise, with what is missing in *missing, e.g.
// "agency_fte='low'".
std::optional<Inputs> completeInputs(const IndicatorRow& row, std::string* missing);

// The England and Wales bank holidays from 1 October 2023 to 30 September
// 2025: the census years csww-2024 and csww-2025 (the engine also computes
// the previous period, for the trend).
std::vector<Holiday> englandAndWalesBankHolidays();

// Monday to Friday from `from` to `to` inclusive, less `holidays`.
int workingDays(Date from, Date to, const std::vector<Holiday>& holidays);

// One children's team (kTeamId) whose records reproduce `in` for the period
// from..to (see the file comment), with `holidays` as the dataset's public
// holidays. Requires in.cases >= the number of case-holding people and
// case_holders_t <= inpost_t + agency_t; throws std::invalid_argument
// otherwise.
Dataset synthesiseDataset(const Inputs& in, Date from, Date to, const std::vector<Holiday>& holidays);

}  // namespace hc::testing::dfe

#endif  // HC_TESTS_METRICS_DFE_RECORDS_H_

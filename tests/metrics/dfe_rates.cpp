#include "metrics/dfe_rates.h"

namespace hc::testing::dfe {

bool isCompared(const IndicatorRow& row) {
  return row.time_period == kTimePeriod && (row.level == "National" || row.level == "Local authority");
}

std::string label(const IndicatorRow& row) {
  return row.name + " (" + (row.code.empty() ? row.level : row.code) + ", line " + std::to_string(row.line) +
         ")";
}

const std::vector<RateSpec>& rateSpecs() {
  static const std::vector<RateSpec> specs = {
      {"vacancy_rate", "vacancy_rate_fte", &IndicatorRow::vacancy_rate_fte,
       [](const Inputs& in) { return in.vacancy_t; }, [](const Inputs& in) { return in.inpost_t; }, false,
       [](int64_t v, int64_t i, int) { return Ratio{100 * v, v + i}; },
       [](double v, double i, int) { return 100 * v / (v + i); }},
      {"agency_rate", "agency_rate_fte", &IndicatorRow::agency_rate_fte,
       [](const Inputs& in) { return in.agency_t; }, [](const Inputs& in) { return in.inpost_t; }, false,
       [](int64_t a, int64_t i, int) { return Ratio{100 * a, a + i}; },
       [](double a, double i, int) { return 100 * a / (a + i); }},
      {"turnover_rate", "turnover_rate_fte", &IndicatorRow::turnover_rate_fte,
       [](const Inputs& in) { return in.leavers_t; }, [](const Inputs& in) { return in.inpost_t; }, false,
       [](int64_t l, int64_t i, int) { return Ratio{100 * l, i}; },
       [](double l, double i, int) { return 100 * l / i; }},
      {"caseload_avg", "caseload_fte", &IndicatorRow::caseload_fte,
       [](const Inputs& in) { return in.cases * 10; }, [](const Inputs& in) { return in.case_holders_t; },
       true, [](int64_t c, int64_t h, int) { return Ratio{c, h}; },
       [](double c, double h, int) { return c / h; }},
      {"sickness_rate", "absence_rate_fte", &IndicatorRow::absence_rate_fte,
       [](const Inputs& in) { return in.working_days_lost_t; }, [](const Inputs& in) { return in.inpost_t; },
       false, [](int64_t w, int64_t i, int wd) { return Ratio{100 * w, i * wd}; },
       [](double w, double i, int wd) { return 100 * w / (i * wd); }},
  };
  return specs;
}

std::vector<CompleteRow> completeRows(const std::vector<IndicatorRow>& rows, std::vector<std::string>* excluded) {
  std::vector<CompleteRow> out;
  for (const auto& row : rows) {
    if (!isCompared(row)) continue;
    std::string missing;
    auto in = completeInputs(row, &missing);
    for (const auto& spec : rateSpecs()) {
      const Figure& f = row.*spec.published;
      if (!f.tenths) missing += (missing.empty() ? "" : ", ") + std::string(spec.dfe_column) + "='" + f.text + "'";
    }
    if (in && missing.empty())
      out.push_back({&row, *in});
    else if (excluded)
      excluded->push_back(label(row) + ": " + missing);
  }
  return out;
}

}  // namespace hc::testing::dfe

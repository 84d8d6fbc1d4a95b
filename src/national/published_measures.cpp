#include "national/published_measures.h"

namespace hc::national {

const std::vector<MeasureColumn>& measureColumns() {
  // Headcount and agency-cover figures are informative only: older or
  // future editions may lack them without changing what we compare.
  static const std::vector<MeasureColumn> columns = {
      {"inpost_fte", true},          {"inpost_headcount", false},
      {"starters_fte", true},        {"starters_headcount", false},
      {"leavers_fte", true},         {"leavers_headcount", false},
      {"turnover_rate_fte", true},   {"turnover_rate_headcount", false},
      {"agency_fte", true},          {"agency_headcount", false},
      {"agency_rate_fte", true},     {"agency_rate_headcount", false},
      {"agency_cover_fte", false},   {"agency_cover_rate_fte", false},
      {"vacancy_fte", true},         {"vacancy_rate_fte", true},
      {"vacancy_agency_cover_rate_fte", false},
      {"case_holders_fte", true},    {"cases", true},
      {"caseload_fte", true},        {"working_days_lost_fte", true},
      {"absence_rate_fte", true},
  };
  return columns;
}

const std::vector<PublishedEquivalent>& publishedEquivalents() {
  static const std::vector<PublishedEquivalent> pairs = {
      {"vacancy_rate", "vacancy_rate_fte"},   {"agency_rate", "agency_rate_fte"},
      {"turnover_rate", "turnover_rate_fte"}, {"caseload_avg", "caseload_fte"},
      {"sickness_rate", "absence_rate_fte"},
  };
  return pairs;
}

const PublishedEquivalent* findEquivalent(std::string_view metric_id) {
  for (const auto& p : publishedEquivalents())
    if (p.metric_id == metric_id) return &p;
  return nullptr;
}

}  // namespace hc::national

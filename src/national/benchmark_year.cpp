#include "national/benchmark_year.h"

namespace hc::national {

std::optional<int> matchingYear(const std::vector<int>& published_years, const metrics::Period& period) {
  std::optional<int> best;
  for (int year : published_years) {
    if (Date::fromCivil(year, 9, 30) <= period.to && (!best || year > *best)) best = year;
  }
  return best;
}

}  // namespace hc::national

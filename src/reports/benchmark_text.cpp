#include "reports/benchmark_text.h"

#include "core/date.h"
#include "reports/figure_text.h"

namespace hc::reports {

std::vector<Comparator> comparators(const metrics::MetricBenchmark& b) {
  std::vector<Comparator> out;
  using Kind = Comparator::Kind;
  if (b.england) out.push_back({Kind::kEngland, "England", *b.england});
  // Without a region name the figure cannot be labelled: it is left out.
  if (b.region && !b.region_name.empty()) out.push_back({Kind::kRegion, b.region_name, *b.region});
  if (b.neighbours) out.push_back({Kind::kNeighbours, "Statistical neighbours' average", *b.neighbours});
  return out;
}

std::string benchmarkSource(const metrics::MetricBenchmark& b) {
  // The DfE's time_period Y is the census year to 30 September Y.
  return "DfE, year to " + longDate(Date::fromCivil(b.year, 9, 30));
}

std::string benchmarkSentence(const metrics::MetricInfo& info, const metrics::MetricBenchmark& b) {
  const std::vector<Comparator> list = comparators(b);
  if (list.empty()) return "";
  const std::string noun = info.unit == metrics::Unit::kPercent ? " rate" : " figure";
  std::string s;
  for (size_t i = 0; i < list.size(); ++i) {
    const Comparator& c = list[i];
    if (i > 0) s += i + 1 == list.size() ? " and " : ", ";
    // "the statistical neighbours' average", not "the ... average rate".
    const std::string who = c.kind == Comparator::Kind::kNeighbours ? "the statistical neighbours' average"
                                                                     : "the " + c.name + noun;
    s += who + " was " + formatValue(info.unit, c.value);
  }
  s[0] = 'T';
  return s + " (" + benchmarkSource(b) + ").";
}

}  // namespace hc::reports

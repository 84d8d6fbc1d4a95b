#include "national/comparison.h"

#include <algorithm>
#include <set>

#include "metrics/catalogue.h"
#include "national/benchmark_year.h"
#include "national/council_setting.h"
#include "national/joint_codes.h"
#include "national/published_data.h"
#include "national/published_measures.h"

namespace hc::national {
namespace {

// Everything a comparison needs for one year, read once.
struct YearData {
  int year = 0;
  std::vector<PublishedArea> areas;
  std::optional<Authority> council;
  std::vector<std::string> neighbours;  // old codes
};

std::optional<YearData> loadYear(store::Database& db, const metrics::Period& period) {
  const std::optional<int> year = matchingYear(publishedYears(db), period);
  if (!year) return std::nullopt;
  YearData data;
  data.year = *year;
  data.areas = loadPublishedYear(db, *year);
  data.council = councilAuthority(db);
  if (data.council) data.neighbours = councilNeighbours(db, *data.council);
  return data;
}

// The area of `level` with `code` (any code for an empty one); a local
// authority by its old or new code, also within a joint row ("314 / 318").
const PublishedArea* findArea(const YearData& data, std::string_view level, std::string_view code) {
  for (const auto& a : data.areas) {
    if (a.level != level) continue;
    if (code.empty() || a.area_code == code || jointIndex(a.old_la_code, code) >= 0 ||
        jointIndex(a.area_code, code) >= 0)
      return &a;
  }
  return nullptr;
}

RankedAuthority ranked(const PublishedArea& a, size_t rate, bool is_council) {
  return RankedAuthority{a.old_la_code, a.area_code, a.area_name, a.rates[rate], std::nullopt, is_council};
}

// Competition ranking (1, 2, 2, 4) in the better direction; unpublished last.
void rankList(std::vector<RankedAuthority>& list, metrics::Better better) {
  auto isBetter = [better](double x, double y) { return better == metrics::Better::kLower ? x < y : x > y; };
  std::stable_sort(list.begin(), list.end(), [&](const RankedAuthority& x, const RankedAuthority& y) {
    if (x.value.has_value() != y.value.has_value()) return x.value.has_value();
    return x.value && isBetter(*x.value, *y.value);
  });
  for (auto& a : list) {
    if (!a.value) continue;
    int better_count = 0;
    for (const auto& o : list) better_count += o.value && isBetter(*o.value, *a.value) ? 1 : 0;
    a.rank = better_count + 1;
  }
}

// The neighbours' published values (the council left out).
std::vector<double> neighbourValues(const std::vector<RankedAuthority>& list) {
  std::vector<double> values;
  for (const auto& a : list)
    if (!a.is_council && a.value) values.push_back(*a.value);
  return values;
}

std::optional<double> meanOf(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  double sum = 0;
  for (double v : values) sum += v;
  return sum / double(values.size());
}

std::optional<double> medianOf(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// The ranking of the published equivalent at index `rate`.
Ranking rankFor(const YearData& data, size_t rate) {
  const PublishedEquivalent& eq = publishedEquivalents()[rate];
  Ranking r;
  r.metric_id = std::string(eq.metric_id);
  r.year = data.year;
  if (const PublishedArea* england = findArea(data, "National", "")) r.england = england->rates[rate];
  if (!data.council) return r;
  const metrics::Better better = metrics::findMetric(eq.metric_id)->better;

  const PublishedArea* council = findArea(data, "Local authority", data.council->old_la_code);
  if (council && !council->region_code.empty()) {
    r.region_name = council->region_name;
    if (const PublishedArea* region = findArea(data, "Regional", council->region_code))
      r.region_value = region->rates[rate];
    for (const auto& a : data.areas) {
      if (a.level == "Local authority" && a.region_code == council->region_code)
        r.region.push_back(ranked(a, rate, &a == council));
    }
    rankList(r.region, better);
  }

  if (council) r.neighbours.push_back(ranked(*council, rate, true));
  // A neighbour published jointly with the council, or with another
  // neighbour, is one figure: listed once, never as a neighbour of itself.
  std::set<const PublishedArea*> listed = {council};
  std::set<std::string> missing;
  for (const auto& code : data.neighbours) {
    if (const PublishedArea* n = findArea(data, "Local authority", code)) {
      if (listed.insert(n).second) r.neighbours.push_back(ranked(*n, rate, false));
    } else if (missing.insert(code).second) {  // not in this year's figures (e.g. reorganised): listed, unpublished
      r.neighbours.push_back(RankedAuthority{code, "", "authority " + code, std::nullopt, std::nullopt, false});
    }
  }
  rankList(r.neighbours, better);
  const std::vector<double> values = neighbourValues(r.neighbours);
  r.neighbours_published = int(values.size());
  r.neighbours_mean = meanOf(values);
  r.neighbours_median = medianOf(values);
  return r;
}

Benchmark summarise(const Ranking& r, size_t rate) {
  Benchmark b;
  b.metric_id = r.metric_id;
  b.dfe_column = std::string(publishedEquivalents()[rate].dfe_column);
  b.year = r.year;
  b.england = r.england;
  b.region = r.region_value;
  b.region_name = r.region_name;
  b.neighbours = r.neighbours_mean;
  b.neighbours_median = r.neighbours_median;
  b.neighbours_published = r.neighbours_published;
  for (const auto& a : r.neighbours) b.neighbours_total += a.is_council ? 0 : 1;
  auto place = [](const std::vector<RankedAuthority>& list, std::optional<int>& rank, std::optional<int>& size) {
    int with_value = 0;
    for (const auto& a : list) with_value += a.value ? 1 : 0;
    for (const auto& a : list) {
      if (!a.is_council || !a.rank) continue;
      rank = a.rank;
      size = with_value;
    }
  };
  place(r.region, b.rank_in_region, b.region_size);
  place(r.neighbours, b.rank_among_neighbours, b.neighbours_size);
  for (const auto& a : r.neighbours)
    if (a.is_council) b.council_published = a.value;
  return b;
}

// The reasons a council cannot be ranked, worded once for both callers.
std::string noYear(const metrics::Period& period) {
  return "no imported DfE year ends by " + period.to.iso() + " (import the DfE indicators)";
}
constexpr const char* kNoCouncil = "this council's local authority is not set (healthcheck benchmarks council --la CODE)";

}  // namespace

Benchmarks loadBenchmarks(store::Database& db, const metrics::Period& period) {
  Benchmarks out;
  for (MeasureComparison& m : compareEveryMeasure(db, period, nullptr))
    out.emplace(m.benchmark.metric_id, std::move(m.benchmark));
  return out;
}

std::vector<MeasureComparison> compareEveryMeasure(store::Database& db, const metrics::Period& period,
                                                   std::string* error) {
  std::vector<MeasureComparison> out;
  const std::optional<YearData> data = loadYear(db, period);
  if (!data) {
    if (error) *error = noYear(period);
    return out;
  }
  if (!data->council && error) *error = kNoCouncil;
  for (size_t i = 0; i < publishedEquivalents().size(); ++i) {
    Ranking r = rankFor(*data, i);
    MeasureComparison m{summarise(r, i), std::nullopt};
    if (data->council) m.ranking = std::move(r);
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<Ranking> rankCouncil(store::Database& db, std::string_view metric_id, const metrics::Period& period,
                                   std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<Ranking> {
    if (error) *error = why;
    return std::nullopt;
  };
  const PublishedEquivalent* eq = findEquivalent(metric_id);
  if (!eq) return fail("the DfE publishes no equivalent of '" + std::string(metric_id) + "'");
  const std::optional<YearData> data = loadYear(db, period);
  if (!data) return fail(noYear(period));
  if (!data->council) return fail(kNoCouncil);
  const size_t rate = static_cast<size_t>(eq - publishedEquivalents().data());
  return rankFor(*data, rate);
}

}  // namespace hc::national

// Comparison with others: for each health-check metric the DfE publishes
// an equivalent of (published_measures.h), the England, region and
// statistical-neighbour figures of the matching year (benchmark_year.h),
// and where this council stands among its region and its neighbours.
// This is the data model the metrics JSON, the dashboard, the members'
// report and the workbook display.
//
// Definitions (documented for members and analysts):
//  - England and region: the DfE's published National and Regional rows.
//    The region is the one the DfE files the council under in that year
//    (London authorities: Inner or Outer London).
//  - Neighbours: the simple mean of the neighbours' published values, as
//    the DfE's LAIT tool shows the statistical-neighbour average; a
//    neighbour whose figure is not published is left out of the mean
//    (neighbours_published says how many it rests on). The median, for the
//    workbook, is of the same values. Authorities that
//    share children's services are published as one joint row (joint_codes.h):
//    it counts once, and not as a neighbour of a council within it.
//  - Ranks: 1 is best (the metric's better direction: lowest for all five
//    published rates); ties share a rank (1, 2, 2, 4); authorities whose
//    figure is not published are listed last, unranked. The council is
//    ranked by the DfE's published figure for it, so that every rank
//    compares like with like.
// Without imported indicators there are no benchmarks; without a council
// setting only England's figure is given.
//
// Example:
//   auto period = *hc::metrics::Period::parse("csww-2025");
//   for (const auto& [id, b] : hc::national::loadBenchmarks(db, period))
//     if (b.england) std::cout << id << ": England " << *b.england << "%\n";
//
// Thread-safety: reads the caller's Database on the caller's thread; the
// results are plain values.
#ifndef HC_NATIONAL_COMPARISON_H_
#define HC_NATIONAL_COMPARISON_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metrics/period.h"
#include "store/database.h"

namespace hc::national {

struct Benchmark {
  std::string metric_id;   // "vacancy_rate"
  std::string dfe_column;  // "vacancy_rate_fte"
  int year = 0;            // the DfE time_period compared with: 2025 = census year to 30 Sep 2025
  std::optional<double> england;
  std::optional<double> region;
  std::string region_name;  // "North East"; empty when the council's region is not known
  std::optional<double> neighbours;  // mean of the neighbours' published values
  std::optional<double> neighbours_median;  // their median (the middle two's mean for an even count)
  int neighbours_published = 0;      // neighbours whose value the mean and median rest on
  int neighbours_total = 0;          // neighbours in the group (a joint row counts once)
  std::optional<double> council_published;  // the DfE's own figure for this council
  std::optional<int> rank_in_region, region_size;              // among the region's authorities with a figure
  std::optional<int> rank_among_neighbours, neighbours_size;   // among the council and neighbours with a figure
};

// Keyed by metric id; empty when no DfE year matches the period.
using Benchmarks = std::map<std::string, Benchmark>;

Benchmarks loadBenchmarks(store::Database& db, const metrics::Period& period);

// One authority in a comparison list.
struct RankedAuthority {
  std::string old_la_code, new_la_code, name;
  std::optional<double> value;  // published figure; nullopt: not published
  std::optional<int> rank;      // 1 = best; nullopt when not published
  bool is_council = false;
};

// The council among its region and among its neighbours for one metric,
// for a comparison page: each list best first, unpublished last.
struct Ranking {
  std::string metric_id;
  int year = 0;
  std::string region_name;
  std::vector<RankedAuthority> region;      // every authority of the council's region
  std::vector<RankedAuthority> neighbours;  // the council and its neighbours
  std::optional<double> england, region_value, neighbours_mean, neighbours_median;
  int neighbours_published = 0;  // neighbours the mean and median rest on
};

// nullopt with the reason in *error when the metric has no published
// equivalent, no DfE year matches, or the council's authority is not set.
std::optional<Ranking> rankCouncil(store::Database& db, std::string_view metric_id, const metrics::Period& period,
                                   std::string* error);

// Every published measure from one read of the matching year, in
// publishedEquivalents() order: its benchmark and, where the council's
// authority is set, the council's ranking (otherwise nullopt, the reason
// in *error). Empty, the reason in *error, when no DfE year matches. For a
// page that shows them all: the calls above read the year each time.
struct MeasureComparison {
  Benchmark benchmark;
  std::optional<Ranking> ranking;
};
std::vector<MeasureComparison> compareEveryMeasure(store::Database& db, const metrics::Period& period,
                                                   std::string* error);

}  // namespace hc::national

#endif  // HC_NATIONAL_COMPARISON_H_

// Thresholds: the green and amber limit of every metric, from which a
// value's red/amber/green status follows (metrics.md "Status"). They ship
// as reports/thresholds.csv, which users may edit:
//
//   # comment lines start with '#'; blank lines are ignored
//   id,green,amber
//   vacancy_rate,10,20
//
// Which way is better comes from the metric catalogue, not the file: for
// vacancy_rate (lower is better) 10,20 means green <= 10, amber <= 20. A
// metric the file leaves out keeps its default, so an older file stays
// valid when metrics are added.
//
// Example:
//   std::vector<std::string> errors;
//   auto t = Thresholds::parse(text, "thresholds.csv", &errors);
//   if (!t) for (auto& e : errors) std::cerr << e << "\n";
//   // "thresholds.csv:7: caseload_avg: green limit 22 is worse than amber
//   //  limit 20 (lower is better)"
//
// No I/O here: load/thresholds_file.h reads a file and hands its text to
// parse().
//
// Thread-safety: an immutable value once built; share freely.
#ifndef HC_METRICS_THRESHOLDS_H_
#define HC_METRICS_THRESHOLDS_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metrics/catalogue.h"

namespace hc::metrics {

struct ThresholdLimits {
  double green = 0;  // a value at least this good is green
  double amber = 0;  // else a value at least this good is amber, else red
};

class Thresholds {
 public:
  // The shipped defaults: metrics.md's for the headline metrics and the
  // project's documented choice (reports/thresholds.csv) for the others.
  static Thresholds defaults();

  // Reads thresholds text over the defaults. `source` names the text in
  // messages ("thresholds.csv"). nullopt when any line is bad, with one
  // message per bad line appended to *errors ("SOURCE:LINE: id: reason").
  static std::optional<Thresholds> parse(std::string_view text, std::string_view source,
                                         std::vector<std::string>* errors);

  // The limits of `m`; nullopt only if they were never set (never for
  // defaults() or what parse() returns).
  std::optional<ThresholdLimits> limits(Metric m) const { return limits_[static_cast<size_t>(m)]; }
  // Same by id; nullopt also for an unknown id.
  std::optional<ThresholdLimits> limits(std::string_view metric_id) const;

  // One metric's limits as written ("16", "20"), checked as parse() checks
  // a line: nullopt with each reason appended to *reasons, without the
  // id ("green limit 22 is worse than amber limit 20 (lower is better)").
  // The settings page checks its table with it, cell by cell.
  static std::optional<ThresholdLimits> checkLimits(const MetricInfo& metric, std::string_view green,
                                                    std::string_view amber, std::vector<std::string>* reasons);
  // These thresholds with `m`'s limits replaced (checked by the caller).
  Thresholds with(Metric m, ThresholdLimits limits) const;
  // As a thresholds file: "id,green,amber", then a line per metric in the
  // catalogue's order; parse(toText()) gives the same thresholds back.
  std::string toText() const;
  bool operator==(const Thresholds& other) const { return toText() == other.toText(); }
  bool operator!=(const Thresholds& other) const { return !(*this == other); }

 private:
  std::array<std::optional<ThresholdLimits>, kMetricCount> limits_;
};

}  // namespace hc::metrics

#endif  // HC_METRICS_THRESHOLDS_H_

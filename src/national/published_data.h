// Reading the stored DfE figures back: which census years are published,
// every area's compared rates for one year, and the DfE's neighbour groups.
//
// Thread-safety: uses the caller's Database on the caller's thread.
#ifndef HC_NATIONAL_PUBLISHED_DATA_H_
#define HC_NATIONAL_PUBLISHED_DATA_H_

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace hc::national {

// One row of national_indicators with the rates that have a health-check
// equivalent, in publishedEquivalents() order (nullopt: not published).
struct PublishedArea {
  std::string level;  // "National", "Regional" or "Local authority"
  std::string area_code, area_name;
  std::string region_code, region_name;  // the region it lies in (empty for England)
  std::string old_la_code;               // local authorities only
  std::vector<std::optional<double>> rates;
};

// The time_periods stored, ascending: {2017, ..., 2025}.
std::vector<int> publishedYears(store::Database& db);

// Every area stored for `year`, England first, then regions, then local
// authorities, each by code.
std::vector<PublishedArea> loadPublishedYear(store::Database& db, int year);

// The DfE's neighbours of an authority (old code), closest first; empty
// when none are stored.
std::vector<std::string> dfeNeighbours(store::Database& db, const std::string& old_la_code);

}  // namespace hc::national

#endif  // HC_NATIONAL_PUBLISHED_DATA_H_

// VisitTally: sums visits into VisitMonth summaries (one per worker,
// calendar month and status), so that no single visit need be kept. The
// importer tallies the visits a file adds and replaces and stores the sums
// (ingest/visit_summaries.h), which is what the dataset loader reads; tests
// and small tools summarise a vector of Visit records with
// summariseVisits().
//
// Example:
//   VisitTally tally;
//   tally.add("S1", 2025, 8, VisitStatus::kCompleted, 60, 75, 20);
//   std::vector<VisitMonth> months = tally.summaries();  // one, for S1 in August
//
// Thread-safety: one thread at a time per tally; merge() reads the other.
#ifndef HC_CORE_VISIT_TALLY_H_
#define HC_CORE_VISIT_TALLY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "core/records.h"

namespace hc {

class VisitTally {
 public:
  // A visit in month `month` (1..12) of `year`.
  void add(std::string_view staff_id, int year, unsigned month, VisitStatus status, int64_t planned_minutes,
           std::optional<int64_t> actual_minutes, std::optional<int64_t> travel_minutes);
  void add(const Visit& v);
  // Takes back a visit added earlier, here or in a tally this one is merged
  // with: an import replacing a stored visit removes the old one's share.
  // A summary whose visits and minutes all come to zero is not reported.
  void remove(std::string_view staff_id, int year, unsigned month, VisitStatus status, int64_t planned_minutes,
              std::optional<int64_t> actual_minutes, std::optional<int64_t> travel_minutes);
  // Adds every summary of `other` to this one.
  void merge(const VisitTally& other);

  // The summaries, ordered by staff_id, month and status, so that the same
  // visits give the same vector whatever order they came in.
  std::vector<VisitMonth> summaries() const;

 private:
  struct Cell {
    int32_t key = 0;  // months since year 0 x 8 + status
    int64_t visits = 0, planned = 0, actual = 0, travel = 0;
  };
  void count(std::string_view staff_id, int year, unsigned month, VisitStatus status, int64_t sign,
             int64_t planned_minutes, std::optional<int64_t> actual_minutes, std::optional<int64_t> travel_minutes);
  uint32_t slotOf(std::string_view staff_id);
  Cell& cellOf(uint32_t slot, int32_t key);

  std::unordered_map<std::string, uint32_t> slots_;  // staff_id -> index below
  std::vector<std::string> staff_ids_;
  std::vector<std::vector<Cell>> cells_;  // per staff member, few: months x statuses
  // Consecutive visits are mostly the same worker's (exports list a case's
  // visits together), so the last lookup is kept.
  uint32_t last_slot_ = UINT32_MAX;
  size_t last_cell_ = SIZE_MAX;  // in the last slot's cells
};

// The summaries of `visits`.
std::vector<VisitMonth> summariseVisits(const std::vector<Visit>& visits);

}  // namespace hc

#endif  // HC_CORE_VISIT_TALLY_H_

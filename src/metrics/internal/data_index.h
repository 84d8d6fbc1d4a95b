// DataIndex: a Dataset's string references resolved once to dense indices
// (team of every staff member and case, staff of every visit, ...), shared
// by the current and the previous period so that neither pays for string
// hashing in its loops. Index vectors run parallel to the Dataset's; -1
// marks a reference that does not resolve (or, for visits, a summary of a
// month outside the window, which no metric of either period reads).
//
// Thread-safety: immutable after construction; refers into the Dataset,
// which must outlive it.
#ifndef HC_METRICS_INTERNAL_DATA_INDEX_H_
#define HC_METRICS_INTERNAL_DATA_INDEX_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/records.h"
#include "core/working_days.h"
#include "metrics/internal/scopes.h"

namespace hc::metrics::internal {

struct DataIndex {
  // `window_from`..`window_to`: the first day of the earliest period and
  // the last day of the latest that will be computed.
  DataIndex(const Dataset& data, const std::string& council_name, Date window_from, Date window_to);

  const Dataset& data;
  ScopeLayout layout;
  WorkingDays working_days;

  std::vector<int32_t> staff_team;  // per staff record: team index
  std::vector<int32_t> case_team;   // per case: team index
  struct AllocationRef {
    int32_t case_index = -1;
    int32_t staff_index = -1;
  };
  std::vector<AllocationRef> allocations;  // per allocation; -1 when starting after the window
  std::vector<int32_t> visit_team;         // per visit summary: team of its worker
  std::vector<int32_t> supervision_staff;  // per session: the supervisee
  std::vector<int32_t> absence_staff;
  std::vector<int32_t> risk_staff;
  std::vector<int32_t> package_staff;     // per care package: the assessor
  std::vector<int32_t> transfer_to_team;
  std::vector<int32_t> meeting_team;
  std::vector<int32_t> feedback_team;
  std::vector<int32_t> survey_team;
};

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_DATA_INDEX_H_

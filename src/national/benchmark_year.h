// Which published DfE year a reporting period is compared with.
//
// The DfE publishes one figure per census year: time_period Y covers
// 1 October Y-1 to 30 September Y (snapshots on 30 September Y). A period
// is compared with the latest published year whose census year ends on or
// before the period's last day, so the comparison never uses figures from
// after the period:
//   csww-2025            -> 2025 (when published)
//   2025/26 (to 31 Mar)  -> 2025       2025-Q3 (to 30 Sep 2025) -> 2025
//   2025-07 (to 31 Jul)  -> 2024       csww-2026, not yet published -> 2025
//
// Thread-safety: pure function.
#ifndef HC_NATIONAL_BENCHMARK_YEAR_H_
#define HC_NATIONAL_BENCHMARK_YEAR_H_

#include <optional>
#include <vector>

#include "metrics/period.h"

namespace hc::national {

// nullopt when no published year ends by the period's end.
std::optional<int> matchingYear(const std::vector<int>& published_years, const metrics::Period& period);

}  // namespace hc::national

#endif  // HC_NATIONAL_BENCHMARK_YEAR_H_

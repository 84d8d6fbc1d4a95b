// What every area's computation shares for one period: the resolved data,
// the period, the options, the state of every case on D, and the table the
// figures go into. computeFigures() runs every area over one period.
//
// Thread-safety: a PeriodContext is read-only once built; each
// computeFigures() call owns its FigureTable.
#ifndef HC_METRICS_INTERNAL_CONTEXT_H_
#define HC_METRICS_INTERNAL_CONTEXT_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "metrics/catalogue.h"
#include "metrics/figure_table.h"
#include "metrics/health_check.h"
#include "metrics/internal/data_index.h"

namespace hc::metrics::internal {

using metrics::Figure;
using metrics::FigureTable;

// Every case's state on D, computed once per period for the allocation,
// workload and delivery areas.
struct CaseState {
  static constexpr int32_t kNone = std::numeric_limits<int32_t>::min();
  // Staff index of the worker holding the case on D (data-contract
  // "allocated"; of several, the latest start, then the earlier
  // allocation_id), or -1.
  std::vector<int32_t> holder;
  // Latest "waiting since" day the case's allocations give (metrics.md
  // unallocated_median_days) as days since the epoch, or kNone.
  std::vector<int32_t> waiting_since;
  std::vector<double> open_by_team;  // open cases on D per team
};

struct PeriodContext {
  const Dataset& data;
  const DataIndex& index;
  const ScopeLayout& layout;
  const WorkingDays& working_days;
  const HealthCheckOptions& options;
  Period period;
  CaseState cases;
};

CaseState computeCaseState(const DataIndex& index, Date d);

// The areas, one file each (workload.cpp ...); each fills its own metrics
// for every scope. The survey metrics of tools, wellbeing and delivery
// share survey.cpp.
void computeWorkload(const PeriodContext& ctx, FigureTable& out);
void computeAllocation(const PeriodContext& ctx, FigureTable& out);
void computeWellbeing(const PeriodContext& ctx, FigureTable& out);
void computeDelivery(const PeriodContext& ctx, FigureTable& out);
void computeSurvey(const PeriodContext& ctx, FigureTable& out);

// Every metric of every scope for one period.
FigureTable computeFigures(const DataIndex& index, const Period& period, const HealthCheckOptions& options);

// Whether any dated record falls on or before d (HealthCheck::has_data).
bool hasDataOnOrBefore(const Dataset& data, Date d);

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_CONTEXT_H_

#include "metrics/period_figures.h"

#include <algorithm>
#include <atomic>
#include <future>

#include "metrics/coverage.h"
#include "metrics/internal/context.h"

namespace hc::metrics {

std::vector<PeriodFigures> computePeriodFigures(const Dataset& data, const std::vector<Period>& periods,
                                                size_t first_in_full, const HealthCheckOptions& options) {
  std::vector<PeriodFigures> out(periods.size());
  if (periods.empty()) return out;
  Date from = periods.front().from, to = periods.front().to;
  for (const Period& p : periods) {
    from = std::min(from, p.from);
    to = std::max(to, p.to);
  }
  const internal::DataIndex index(data, options.council_name, from, to);

  const std::optional<Date> first_activity = firstActivityDate(data);
  std::vector<size_t> wanted;
  for (size_t k = 0; k < periods.size(); ++k) {
    PeriodFigures& f = out[k];
    f.period = periods[k];
    f.covered = first_activity && *first_activity < f.period.from.plusMonths(1);
    f.has_data = internal::hasDataOnOrBefore(data, f.period.to);
    if (f.covered || k >= first_in_full) wanted.push_back(k);
  }

  // The periods are independent: two workers take them in turn.
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t w; (w = next.fetch_add(1)) < wanted.size();) {
      PeriodFigures& f = out[wanted[w]];
      f.table.emplace(internal::computeFigures(index, f.period, options));
    }
  };
  std::future<void> helper = std::async(std::launch::async, work);
  work();
  helper.get();
  return out;
}

int scopeCountFor(const std::vector<Team>& teams) { return internal::ScopeLayout(teams, "").scopeCount(); }

}  // namespace hc::metrics

// Area `allocation` of metrics.md: unallocated cases and how long they
// wait, referral peaks, transfers. Cases count in their own team_id,
// transfers in their to_team.
#include "metrics/internal/context.h"
#include "metrics/internal/rollup.h"
#include "metrics/internal/staff_rules.h"

namespace hc::metrics::internal {
namespace {

enum Col { kOpen, kUnallocated, kTransfersPending, kCols };

// Referral counts of the Monday-to-Sunday weeks lying wholly in the period,
// one column per week, then largest / mean per scope.
void referralPeaks(const PeriodContext& ctx, FigureTable& out) {
  const Period& p = ctx.period;
  const Date first_monday = p.from.plusDays(int(7 - p.from.weekday()) % 7);
  const int weeks = first_monday > p.to ? 0 : (p.to - first_monday + 1) / 7;
  if (weeks < 4) {
    for (int sc = 0; sc < ctx.layout.scopeCount(); ++sc) out.set(sc, Metric::kReferralPeakRatio, std::nullopt, 0);
    return;
  }
  const Date last_sunday = first_monday.plusDays(weeks * 7 - 1);
  ScopeSums weekly(ctx.layout, weeks);
  for (size_t c = 0; c < ctx.data.cases.size(); ++c) {
    const int t = ctx.index.case_team[c];
    const Date referral = ctx.data.cases[c].referral_date;
    if (t >= 0 && within(referral, first_monday, last_sunday)) weekly.add(t, (referral - first_monday) / 7, 1);
  }
  weekly.rollUp();
  for (int sc = 0; sc < ctx.layout.scopeCount(); ++sc) {
    double total = 0, peak = 0;
    for (int w = 0; w < weeks; ++w) {
      total += weekly.get(sc, w);
      peak = std::max(peak, weekly.get(sc, w));
    }
    // peak / (total / weeks); null with no referrals.
    out.setRatio(sc, Metric::kReferralPeakRatio, peak * weeks, total, 1, int64_t(total));
  }
}

}  // namespace

void computeAllocation(const PeriodContext& ctx, FigureTable& out) {
  const Date d = ctx.period.to;
  ScopeSums sums(ctx.layout, kCols);
  ScopeValues waits(ctx.layout);
  for (size_t c = 0; c < ctx.data.cases.size(); ++c) {
    const Case& kase = ctx.data.cases[c];
    const int t = ctx.index.case_team[c];
    if (t < 0 || !kase.openOn(d)) continue;
    sums.add(t, kOpen, 1);
    if (ctx.cases.holder[c] >= 0) continue;
    sums.add(t, kUnallocated, 1);
    const int32_t waiting_since = std::max(kase.referral_date.days(), ctx.cases.waiting_since[c]);
    waits.add(t, d.days() - waiting_since);
  }

  ScopeValues transfer_days(ctx.layout);
  for (size_t i = 0; i < ctx.data.transfers.size(); ++i) {
    const Transfer& x = ctx.data.transfers[i];
    const int t = ctx.index.transfer_to_team[i];
    if (t < 0) continue;
    if (x.completed_date && within(*x.completed_date, ctx.period.from, d))
      transfer_days.add(t, *x.completed_date - x.requested_date);
    if (x.requested_date <= d && (!x.completed_date || *x.completed_date > d)) sums.add(t, kTransfersPending, 1);
  }
  sums.rollUp();

  const auto wait_medians = waits.medians();
  const auto transfer_medians = transfer_days.medians();
  for (int sc = 0; sc < ctx.layout.scopeCount(); ++sc) {
    const double open = sums.get(sc, kOpen), unallocated = sums.get(sc, kUnallocated);
    out.set(sc, Metric::kUnallocatedCases, unallocated, int64_t(open));
    out.setRatio(sc, Metric::kUnallocatedRate, unallocated, open, 100, int64_t(open));
    out.set(sc, Metric::kUnallocatedMedianDays, wait_medians[size_t(sc)].first, wait_medians[size_t(sc)].second);
    out.set(sc, Metric::kTransferMedianDays, transfer_medians[size_t(sc)].first, transfer_medians[size_t(sc)].second);
    const double pending = sums.get(sc, kTransfersPending);
    out.set(sc, Metric::kTransfersPending, pending, int64_t(pending));
  }
  referralPeaks(ctx, out);
}

}  // namespace hc::metrics::internal

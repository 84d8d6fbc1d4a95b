// Area `workload` of metrics.md: vacancy, agency, turnover, caseloads and
// supervision. Staff and the cases a person holds count in the staff
// member's team; establishment in its team.
#include <algorithm>
#include <limits>

#include "metrics/internal/context.h"
#include "metrics/internal/rollup.h"
#include "metrics/internal/staff_rules.h"

namespace hc::metrics::internal {
namespace {

enum Col {
  kPermFte, kPermHeads, kAgencyFte, kHeads, kEstablishment, kTeamsWithEstablishment, kLeaverFte,
  kCasesHeld, kHolderFte, kHolders, kOverLimit, kEligible, kCompliant, kCols
};

// The establishment of each team on d: its row with the latest
// effective_from <= d (data-contract.md); teams without one add nothing.
void addEstablishments(const PeriodContext& ctx, Date d, ScopeSums& sums) {
  constexpr int32_t kNoRow = std::numeric_limits<int32_t>::min();
  std::vector<int32_t> latest(size_t(ctx.layout.teamCount()), kNoRow);
  std::vector<double> fte(latest.size(), 0.0);
  for (const Establishment& e : ctx.data.establishments) {
    const int32_t t = ctx.layout.findTeam(e.team_id);
    if (t < 0 || e.effective_from > d || e.effective_from.days() < latest[size_t(t)]) continue;
    latest[size_t(t)] = e.effective_from.days();
    fte[size_t(t)] = e.budgeted_fte;
  }
  for (size_t t = 0; t < latest.size(); ++t) {
    if (latest[t] == kNoRow) continue;
    sums.add(int(t), kEstablishment, fte[t]);
    sums.add(int(t), kTeamsWithEstablishment, 1);
  }
}

// Qualifying individual sessions of 90 minutes or more, per staff member
// and month of the period: counts[staff * months + month].
std::vector<uint16_t> qualifyingSessions(const PeriodContext& ctx) {
  const Period& p = ctx.period;
  std::vector<uint16_t> counts(ctx.data.staff.size() * size_t(p.months), 0);
  const int first_month = p.from.year() * 12 + int(p.from.month());
  for (size_t i = 0; i < ctx.data.supervision.size(); ++i) {
    const Supervision& s = ctx.data.supervision[i];
    const int32_t who = ctx.index.supervision_staff[i];
    if (who < 0 || s.kind != SupervisionKind::kIndividual || s.duration_minutes < 90 || !within(s.date, p.from, p.to))
      continue;
    const int month = s.date.year() * 12 + int(s.date.month()) - first_month;
    uint16_t& c = counts[size_t(who) * size_t(p.months) + size_t(month)];
    if (c < 0xFFFF) ++c;
  }
  return counts;
}

// Sessions a person needs in the month starting `first`: more while newly
// qualified (metrics.md supervision_compliance).
int requiredSessions(const Staff& s, Date first) {
  if (!s.qualified_date) return 1;
  const int since = first - *s.qualified_date;
  return since < 42 ? 4 : since < 182 ? 2 : 1;
}

// -1: not eligible (no month wholly in post); 0: eligible, missed a month;
// 1: met the standard in every eligible month.
int supervisionOutcome(const Staff& s, const uint16_t* sessions, const std::vector<std::pair<Date, Date>>& months) {
  bool eligible = false;
  for (size_t m = 0; m < months.size(); ++m) {
    const auto [first, last] = months[m];
    if (!(s.start_date <= first && (!s.end_date || *s.end_date >= last))) continue;
    eligible = true;
    if (sessions[m] < requiredSessions(s, first)) return 0;
  }
  return eligible ? 1 : -1;
}

}  // namespace

void computeWorkload(const PeriodContext& ctx, FigureTable& out) {
  const Date d = ctx.period.to;
  const Date year_start = twelveMonthsStart(d);
  const std::vector<Staff>& staff = ctx.data.staff;
  ScopeSums sums(ctx.layout, kCols);
  ScopeValues caseloads(ctx.layout);

  std::vector<int32_t> held(staff.size(), 0);
  for (size_t c = 0; c < ctx.cases.holder.size(); ++c)
    if (ctx.cases.holder[c] >= 0 && ctx.data.cases[c].openOn(d)) ++held[size_t(ctx.cases.holder[c])];

  const std::vector<uint16_t> sessions = qualifyingSessions(ctx);
  std::vector<std::pair<Date, Date>> months;  // first and last day of each month of the period
  for (int m = 0; m < ctx.period.months; ++m)
    months.emplace_back(ctx.period.from.plusMonths(m), ctx.period.from.plusMonths(m).lastOfMonth());
  for (size_t i = 0; i < staff.size(); ++i) {
    const Staff& s = staff[i];
    const int t = ctx.index.staff_team[i];
    if (t < 0) continue;
    const bool permanent = s.employment == Employment::kPermanent;
    if (s.inPostOn(d)) {
      sums.add(t, permanent ? kPermFte : kAgencyFte, s.fte);
      sums.add(t, kHeads, 1);
      if (permanent) sums.add(t, kPermHeads, 1);
    }
    if (permanent && s.end_date && within(*s.end_date, year_start, d)) sums.add(t, kLeaverFte, s.fte);
    if (held[i] > 0) {  // held[] only counts workers in post on d
      sums.add(t, kCasesHeld, held[i]);
      sums.add(t, kHolderFte, s.fte);
      sums.add(t, kHolders, 1);
      if (held[i] / s.fte > ctx.options.caseload_limit) sums.add(t, kOverLimit, 1);
      caseloads.add(t, held[i]);
    }
    const int outcome = supervisionOutcome(s, &sessions[i * months.size()], months);
    if (outcome >= 0) {
      sums.add(t, kEligible, 1);
      sums.add(t, kCompliant, outcome);
    }
  }
  addEstablishments(ctx, d, sums);
  sums.rollUp();

  const auto max_caseload = caseloads.maxima();
  for (int sc = 0; sc < ctx.layout.scopeCount(); ++sc) {
    auto get = [&](Col c) { return sums.get(sc, c); };
    const double inpost = get(kPermFte);
    const int64_t perm_heads = int64_t(get(kPermHeads));
    if (get(kTeamsWithEstablishment) > 0) {
      const double vacancy = std::max(0.0, get(kEstablishment) - inpost);
      out.setRatio(sc, Metric::kVacancyRate, vacancy, vacancy + inpost, 100, perm_heads);
    } else {
      out.set(sc, Metric::kVacancyRate, std::nullopt, perm_heads);
    }
    out.setRatio(sc, Metric::kAgencyRate, get(kAgencyFte), get(kAgencyFte) + inpost, 100, int64_t(get(kHeads)));
    out.setRatio(sc, Metric::kTurnoverRate, get(kLeaverFte), inpost, 100, perm_heads);
    const int64_t holders = int64_t(get(kHolders));
    out.setRatio(sc, Metric::kCaseloadAvg, get(kCasesHeld), get(kHolderFte), 1, holders);
    out.set(sc, Metric::kCaseloadMax, max_caseload[size_t(sc)].first, holders);
    out.setRatio(sc, Metric::kCaseloadOverLimit, get(kOverLimit), holders, 100, holders);
    out.setRatio(sc, Metric::kSupervisionCompliance, get(kCompliant), get(kEligible), 100, int64_t(get(kEligible)));
  }
}

}  // namespace hc::metrics::internal

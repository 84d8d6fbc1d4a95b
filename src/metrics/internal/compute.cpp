// Runs the areas over one period, and the per-period state they share.
#include <algorithm>

#include "metrics/internal/context.h"

namespace hc::metrics::internal {

CaseState computeCaseState(const DataIndex& index, Date d) {
  const Dataset& data = index.data;
  const size_t cases = data.cases.size();
  CaseState st;
  st.waiting_since.assign(cases, CaseState::kNone);
  std::vector<int32_t> best(cases, -1);  // allocation holding the case

  for (size_t i = 0; i < index.allocations.size(); ++i) {
    const DataIndex::AllocationRef ref = index.allocations[i];
    if (ref.case_index < 0) continue;
    const Allocation& a = data.allocations[i];
    int32_t& waiting = st.waiting_since[size_t(ref.case_index)];
    if (a.end_date && *a.end_date <= d) waiting = std::max(waiting, a.end_date->days());
    if (!a.currentOn(d) || ref.staff_index < 0) continue;
    const Staff& worker = data.staff[size_t(ref.staff_index)];
    if (worker.inPostOn(d)) {
      int32_t& b = best[size_t(ref.case_index)];
      if (b < 0) {
        b = int32_t(i);
        continue;
      }
      const Allocation& held = data.allocations[size_t(b)];
      if (a.start_date > held.start_date || (a.start_date == held.start_date && a.allocation_id < held.allocation_id))
        b = int32_t(i);
    } else if (worker.end_date && *worker.end_date < d) {
      // Left with the case still on them: it has waited since the day after.
      waiting = std::max(waiting, worker.end_date->days() + 1);
    }
  }

  st.holder.assign(cases, -1);
  st.open_by_team.assign(size_t(index.layout.teamCount()), 0.0);
  for (size_t c = 0; c < cases; ++c) {
    if (best[c] >= 0) st.holder[c] = index.allocations[size_t(best[c])].staff_index;
    const int32_t team = index.case_team[c];
    if (team >= 0 && data.cases[c].openOn(d)) ++st.open_by_team[size_t(team)];
  }
  return st;
}

FigureTable computeFigures(const DataIndex& index, const Period& period, const HealthCheckOptions& options) {
  PeriodContext ctx{index.data, index, index.layout, index.working_days, options, period,
                    computeCaseState(index, period.to)};
  FigureTable out(index.layout.scopeCount());
  computeWorkload(ctx, out);
  computeAllocation(ctx, out);
  computeWellbeing(ctx, out);
  computeDelivery(ctx, out);
  computeSurvey(ctx, out);
  return out;
}

namespace {

template <typename Record, typename DateOf>
bool anyOnOrBefore(const std::vector<Record>& records, Date d, DateOf date_of) {
  return std::any_of(records.begin(), records.end(), [&](const Record& r) { return date_of(r) <= d; });
}

}  // namespace

bool hasDataOnOrBefore(const Dataset& x, Date d) {
  return anyOnOrBefore(x.staff, d, [](const Staff& r) { return r.start_date; }) ||
         anyOnOrBefore(x.establishments, d, [](const Establishment& r) { return r.effective_from; }) ||
         anyOnOrBefore(x.cases, d, [](const Case& r) { return r.referral_date; }) ||
         anyOnOrBefore(x.allocations, d, [](const Allocation& r) { return r.start_date; }) ||
         anyOnOrBefore(x.transfers, d, [](const Transfer& r) { return r.requested_date; }) ||
         anyOnOrBefore(x.visit_months, d, [](const VisitMonth& r) { return r.month; }) ||
         anyOnOrBefore(x.supervision, d, [](const Supervision& r) { return r.date; }) ||
         anyOnOrBefore(x.absences, d, [](const Absence& r) { return r.start_date; }) ||
         anyOnOrBefore(x.team_meetings, d, [](const TeamMeeting& r) { return r.date; }) ||
         anyOnOrBefore(x.risk_assessments, d, [](const RiskAssessment& r) { return r.completed_date; }) ||
         anyOnOrBefore(x.feedback, d, [](const Feedback& r) { return r.date; }) ||
         anyOnOrBefore(x.care_packages, d, [](const CarePackage& r) { return r.assessed_date; }) ||
         anyOnOrBefore(x.survey_responses, d, [](const SurveyResponseScores& r) { return r.survey_date; });
}

}  // namespace hc::metrics::internal

// Area `delivery` of metrics.md (its survey score is in survey.cpp):
// visits, direct time, assessments, feedback and care package costs.
// Visits and care packages count in the worker's team; cases (assessments)
// and feedback in their own team_id.
#include <algorithm>
#include <array>
#include <tuple>

#include "metrics/internal/context.h"
#include "metrics/internal/rollup.h"
#include "metrics/internal/staff_rules.h"

namespace hc::metrics::internal {
namespace {

enum Col {
  kScheduled, kCompleted, kNoAccess, kMoved, kNoAccessMinutes, kDirectMinutes, kCapacityMinutes,
  kAssessments, kWithin45, kComplaints, kUpheld, kCompliments, kRatings, kSatisfied, kCols
};

// 444 minutes: a 37-hour week over 5 days.
constexpr double kMinutesPerWorkingDay = 444;
constexpr int kAssessmentWorkingDays = 45;
constexpr double kOutlierFactor = 1.25;
constexpr int kMinPackagesInBand = 3;
constexpr int kBands = 4;

// Visits come summed per worker, month and status (VisitMonth); a period is
// whole months, so a summary lies wholly inside it or wholly outside.
void addVisits(const PeriodContext& ctx, ScopeSums& sums) {
  const Date from = ctx.period.from, d = ctx.period.to;
  for (size_t i = 0; i < ctx.data.visit_months.size(); ++i) {
    const int t = ctx.index.visit_team[i];
    if (t < 0) continue;
    const VisitMonth& v = ctx.data.visit_months[i];
    if (!within(v.month, from, d)) continue;
    const double visits = double(v.visits);
    sums.add(t, kScheduled, visits);
    switch (v.status) {
      case VisitStatus::kCompleted:
        sums.add(t, kCompleted, visits);
        sums.add(t, kDirectMinutes, double(v.actual_minutes));
        break;
      case VisitStatus::kNoAccess:
        sums.add(t, kNoAccess, visits);
        sums.add(t, kNoAccessMinutes, double(v.planned_minutes + v.travel_minutes));
        break;
      case VisitStatus::kRescheduled:
      case VisitStatus::kCancelledByService:
        sums.add(t, kMoved, visits);
        break;
      case VisitStatus::kCancelledByPerson:
        break;
    }
  }
  for (size_t i = 0; i < ctx.data.staff.size(); ++i) {
    const int t = ctx.index.staff_team[i];
    const Staff& s = ctx.data.staff[i];
    if (t >= 0)
      sums.add(t, kCapacityMinutes, s.fte * kMinutesPerWorkingDay * workingDaysInPost(s, from, d, ctx.working_days));
  }
}

void addAssessments(const PeriodContext& ctx, ScopeSums& sums, ScopeValues& days) {
  for (size_t c = 0; c < ctx.data.cases.size(); ++c) {
    const Case& k = ctx.data.cases[c];
    const int t = ctx.index.case_team[c];
    if (t < 0 || !k.assessment_completed_date || !within(*k.assessment_completed_date, ctx.period.from, ctx.period.to))
      continue;
    const Date done = *k.assessment_completed_date;
    sums.add(t, kAssessments, 1);
    days.add(t, done - k.referral_date);
    // Working days after the referral day, up to and including completion.
    if (ctx.working_days.count(k.referral_date.plusDays(1), done) <= kAssessmentWorkingDays) sums.add(t, kWithin45, 1);
  }
}

void addFeedback(const PeriodContext& ctx, ScopeSums& sums) {
  for (size_t i = 0; i < ctx.data.feedback.size(); ++i) {
    const Feedback& f = ctx.data.feedback[i];
    const int t = ctx.index.feedback_team[i];
    if (t < 0 || !within(f.date, ctx.period.from, ctx.period.to)) continue;
    switch (f.kind) {
      case FeedbackKind::kComplaint:
        sums.add(t, kComplaints, 1);
        if (f.upheld.value_or(false)) sums.add(t, kUpheld, 1);
        break;
      case FeedbackKind::kCompliment:
        sums.add(t, kCompliments, 1);
        break;
      case FeedbackKind::kRating:
        if (!f.rating) break;
        sums.add(t, kRatings, 1);
        if (*f.rating >= 4) sums.add(t, kSatisfied, 1);
        break;
      case FeedbackKind::kComment:
        break;
    }
  }
}

// package_cost_outliers. An assessor's median per band does not depend on
// the scope; the band's median does, so each assessor is judged once for
// each of the three scopes they are in (team, service, council).
void packageOutliers(const PeriodContext& ctx, FigureTable& out) {
  struct Package {
    int32_t staff;
    int band;
    double cost;
  };
  std::vector<Package> packages;
  std::array<ScopeValues, kBands> band_costs{ScopeValues(ctx.layout), ScopeValues(ctx.layout),
                                             ScopeValues(ctx.layout), ScopeValues(ctx.layout)};
  for (size_t i = 0; i < ctx.data.care_packages.size(); ++i) {
    const CarePackage& p = ctx.data.care_packages[i];
    const int32_t who = ctx.index.package_staff[i];
    if (who < 0 || p.need_band < 1 || p.need_band > kBands || !within(p.assessed_date, ctx.period.from, ctx.period.to))
      continue;
    const int t = ctx.index.staff_team[size_t(who)];
    if (t < 0) continue;
    packages.push_back({who, p.need_band - 1, p.weekly_cost});
    band_costs[size_t(p.need_band - 1)].add(t, p.weekly_cost);
  }
  std::array<std::vector<std::pair<std::optional<double>, int64_t>>, kBands> band_median;
  for (int b = 0; b < kBands; ++b) band_median[size_t(b)] = band_costs[size_t(b)].medians();

  std::sort(packages.begin(), packages.end(), [](const Package& a, const Package& b) {
    return std::tie(a.staff, a.band, a.cost) < std::tie(b.staff, b.band, b.cost);
  });
  std::vector<int64_t> assessors(size_t(ctx.layout.scopeCount()), 0), outlying(assessors.size(), 0);
  std::vector<double> costs;
  for (size_t i = 0; i < packages.size();) {  // one assessor at a time
    const int32_t who = packages[i].staff;
    const int t = ctx.index.staff_team[size_t(who)];
    std::array<std::optional<double>, kBands> own_median;
    bool eligible = false;
    while (i < packages.size() && packages[i].staff == who) {
      const int band = packages[i].band;
      costs.clear();
      for (; i < packages.size() && packages[i].staff == who && packages[i].band == band; ++i)
        costs.push_back(packages[i].cost);
      // A band with 1 or 2 of their packages is too few to call outlying.
      if (costs.size() < size_t(kMinPackagesInBand)) continue;
      eligible = true;
      own_median[size_t(band)] = medianInPlace(costs.data(), costs.data() + costs.size());
    }
    if (!eligible) continue;
    for (const int sc : {ctx.layout.teamScope(t), ctx.layout.serviceScopeOfTeam(t), 0}) {
      ++assessors[size_t(sc)];
      for (int b = 0; b < kBands; ++b) {
        const std::optional<double> band = band_median[size_t(b)][size_t(sc)].first;
        if (own_median[size_t(b)] && band && *own_median[size_t(b)] > kOutlierFactor * *band) {
          ++outlying[size_t(sc)];
          break;
        }
      }
    }
  }
  for (int sc = 0; sc < ctx.layout.scopeCount(); ++sc)
    out.setRatio(sc, Metric::kPackageCostOutliers, double(outlying[size_t(sc)]), double(assessors[size_t(sc)]), 100,
                 assessors[size_t(sc)]);
}

}  // namespace

void computeDelivery(const PeriodContext& ctx, FigureTable& out) {
  ScopeSums sums(ctx.layout, kCols);
  ScopeValues assessment_days(ctx.layout);
  addVisits(ctx, sums);
  addAssessments(ctx, sums, assessment_days);
  addFeedback(ctx, sums);
  sums.rollUp();
  ScopeSums open(ctx.layout, 1);
  for (int t = 0; t < ctx.layout.teamCount(); ++t) open.add(t, 0, ctx.cases.open_by_team[size_t(t)]);
  open.rollUp();

  const auto medians = assessment_days.medians();
  for (int sc = 0; sc < ctx.layout.scopeCount(); ++sc) {
    auto get = [&](Col c) { return sums.get(sc, c); };
    const double scheduled = get(kScheduled);
    const int64_t visits = int64_t(scheduled);
    out.setRatio(sc, Metric::kVisitCompletionRate, get(kCompleted), scheduled, 100, visits);
    out.setRatio(sc, Metric::kNoAccessRate, get(kNoAccess), scheduled, 100, visits);
    out.setRatio(sc, Metric::kRescheduledRate, get(kMoved), scheduled, 100, visits);
    out.set(sc, Metric::kUnproductiveHours, get(kNoAccessMinutes) / 60, int64_t(get(kNoAccess)));
    out.setRatio(sc, Metric::kDirectTimeShare, get(kDirectMinutes), get(kCapacityMinutes), 100, int64_t(get(kCompleted)));
    out.set(sc, Metric::kAssessmentMedianDays, medians[size_t(sc)].first, medians[size_t(sc)].second);
    out.setRatio(sc, Metric::kAssessmentWithin45Days, get(kWithin45), get(kAssessments), 100, int64_t(get(kAssessments)));
    const double open_cases = open.get(sc, 0);
    out.setRatio(sc, Metric::kComplaintsPer100Cases, get(kComplaints), open_cases, 100, int64_t(open_cases));
    out.setRatio(sc, Metric::kComplaintsUpheldRate, get(kUpheld), get(kComplaints), 100, int64_t(get(kComplaints)));
    out.setRatio(sc, Metric::kComplimentsPer100Cases, get(kCompliments), open_cases, 100, int64_t(open_cases));
    out.setRatio(sc, Metric::kSatisfactionRate, get(kSatisfied), get(kRatings), 100, int64_t(get(kRatings)));
  }
  packageOutliers(ctx, out);
}

}  // namespace hc::metrics::internal

// Area `wellbeing` of metrics.md (its survey score is in survey.cpp):
// sickness absence, stress, team meetings, lone-working assessments.
// Absences and risk assessments count in the staff member's team, meetings
// in their own team_id.
#include "metrics/internal/context.h"
#include "metrics/internal/rollup.h"
#include "metrics/internal/staff_rules.h"

namespace hc::metrics::internal {
namespace {

enum Col {
  kPermFte, kPermHeads, kSickFteDays, kStressFteDays, kSickAbsences, kMeetings, kInPost, kLoneAssessed, kCols
};

// FTE-days an absence loses inside [from, to] (metrics.md sickness_rate):
// working days inside x fte, or the given working_days_lost spread evenly
// over the absence's working days; 0 with no working day inside.
double fteDaysLost(const Absence& a, const Staff& s, Date from, Date to, const WorkingDays& wd) {
  const int inside = wd.count(a.start_date > from ? a.start_date : from, a.end_date < to ? a.end_date : to);
  if (inside == 0) return 0;
  if (!a.working_days_lost) return inside * s.fte;
  const int all = wd.count(a.start_date, a.end_date);
  return *a.working_days_lost * inside / all;  // all >= inside > 0
}

}  // namespace

void computeWellbeing(const PeriodContext& ctx, FigureTable& out) {
  const Date from = ctx.period.from, d = ctx.period.to;
  const std::vector<Staff>& staff = ctx.data.staff;
  ScopeSums sums(ctx.layout, kCols);

  for (size_t i = 0; i < ctx.data.absences.size(); ++i) {
    const Absence& a = ctx.data.absences[i];
    const int32_t who = ctx.index.absence_staff[i];
    if (who < 0 || a.reason == AbsenceReason::kOther) continue;
    const Staff& s = staff[size_t(who)];
    const int t = ctx.index.staff_team[size_t(who)];
    if (t < 0 || s.employment != Employment::kPermanent) continue;
    const double lost = fteDaysLost(a, s, from, d, ctx.working_days);
    if (lost == 0) continue;
    sums.add(t, kSickFteDays, lost);
    sums.add(t, kSickAbsences, 1);
    if (a.reason == AbsenceReason::kStress) sums.add(t, kStressFteDays, lost);
  }

  std::vector<char> lone_assessed(staff.size(), 0);
  const Date assessed_from = days365Start(d);
  for (size_t i = 0; i < ctx.data.risk_assessments.size(); ++i) {
    const RiskAssessment& r = ctx.data.risk_assessments[i];
    const int32_t who = ctx.index.risk_staff[i];
    if (who >= 0 && r.kind == RiskAssessmentKind::kLoneWorking && within(r.completed_date, assessed_from, d))
      lone_assessed[size_t(who)] = 1;
  }
  for (size_t i = 0; i < staff.size(); ++i) {
    const int t = ctx.index.staff_team[i];
    if (t < 0 || !staff[i].inPostOn(d)) continue;
    sums.add(t, kInPost, 1);
    sums.add(t, kLoneAssessed, lone_assessed[i]);
    if (permanentInPost(staff[i], d)) {
      sums.add(t, kPermFte, staff[i].fte);
      sums.add(t, kPermHeads, 1);
    }
  }

  for (size_t i = 0; i < ctx.data.team_meetings.size(); ++i) {
    const int t = ctx.index.meeting_team[i];
    if (t >= 0 && within(ctx.data.team_meetings[i].date, from, d)) sums.add(t, kMeetings, 1);
  }
  sums.rollUp();

  const int working_days = ctx.working_days.count(from, d);
  for (int sc = 0; sc < ctx.layout.scopeCount(); ++sc) {
    auto get = [&](Col c) { return sums.get(sc, c); };
    out.setShare(sc, Metric::kSicknessRate, get(kSickFteDays), get(kPermFte) * working_days, 100,
                 int64_t(get(kPermHeads)));
    out.setShare(sc, Metric::kStressShare, get(kStressFteDays), get(kSickFteDays), 100, int64_t(get(kSickAbsences)));
    // Meetings a team holds in a month at every level: a service's or the
    // council's meetings are shared over its teams, not summed.
    const ScopeDef& def = ctx.layout.scope(sc);
    const double team_months = double(ctx.period.months) * (def.end_team - def.first_team);
    out.setRatio(sc, Metric::kTeamMeetingsPerMonth, get(kMeetings), team_months, 1, int64_t(get(kMeetings)));
    out.setRatio(sc, Metric::kLoneWorkingAssessed, get(kLoneAssessed), get(kInPost), 100, int64_t(get(kInPost)));
  }
}

}  // namespace hc::metrics::internal

#include "demo/staff_wellbeing.h"

#include <algorithm>

#include "core/working_days.h"
#include "demo/random.h"

namespace hc::demo {
namespace {

constexpr uint64_t kAbsenceStream = 0xab5e;
constexpr uint64_t kRiskStream = 0x6a55;

struct Episode {
  AbsenceReason reason;
  int days;  // calendar days
};

Episode drawEpisode(double h, Random& rng) {
  const double u = rng.unit();
  const double p_stress = lerp(0.12, 0.35, h);
  if (u < p_stress) return {AbsenceReason::kStress, rng.between(5, 30)};
  if (u < p_stress + 0.1) return {AbsenceReason::kOther, rng.between(1, 8)};
  const uint32_t r = rng.below(100);
  return {AbsenceReason::kSickness, r < 70 ? rng.between(1, 3) : r < 95 ? rng.between(4, 10) : rng.between(11, 40)};
}

// Where an absence starts: a working day, or now and then the week before
// Christmas, so that absences cross the bank holidays.
Date absenceStart(Date t, Random& rng) {
  if (rng.chance(0.08)) {
    const Date christmas_week = Date::fromCivil(t.year(), 12, static_cast<unsigned>(rng.between(18, 23)));
    if (christmas_week >= t) return christmas_week;
  }
  return weekdayOnOrAfter(t);
}

}  // namespace

void writeAbsences(const TeamContext& team, DemoFiles& files) {
  Random rng(team.seed, kAbsenceStream, static_cast<uint64_t>(team.plan.index));
  const double h = team.plan.health;
  CsvFile& f = files.absences;
  for (const Member& m : team.workforce.members) {
    const Date first = std::max(team.window.from, m.start);
    const Date last = m.end && *m.end < team.window.end ? *m.end : team.window.end;
    const double per_year = lerp(1.2, 3.5, h) * (m.employment == Employment::kAgency ? 0.5 : 1.0);
    const int gap = static_cast<int>(365 / per_year);
    for (Date t = first.plusDays(rng.between(0, gap)); t <= last;) {
      const Date start = absenceStart(t, rng);
      const Episode e = drawEpisode(h, rng);
      const Date end = std::min(start.plusDays(e.days - 1), last);
      if (start > last) break;
      f.id(kAbsenceId, f.rows() + 1).id(kStaffId, m.number).date(start).date(end).text(name(e.reason));
      if (rng.chance(0.2)) {
        // Given by HR: the full days at the person's FTE, or half of them
        // on a phased return. In hundredths of a day.
        const int factor = rng.chance(0.3) ? 5 : 10;
        f.decimal(static_cast<int64_t>(weekdaysBetween(start, end)) * m.fte_tenths * factor, 2);
      } else {
        f.empty();
      }
      f.endRow();
      t = end.plusDays(1 + rng.between(7, 2 * gap));
    }
  }
}

void writeRiskAssessments(const TeamContext& team, DemoFiles& files) {
  Random rng(team.seed, kRiskStream, static_cast<uint64_t>(team.plan.index));
  const double p_renewed = lerp(0.95, 0.55, team.plan.health);
  const DemoWindow& window = team.window;
  CsvFile& f = files.risk_assessments;
  for (const Member& m : team.workforce.members) {
    const Date last = m.end && *m.end < window.end ? *m.end : window.end;
    if (last < window.from) continue;
    // The first assessment on joining, or for long-standing staff the one
    // that falls due in the year before the reporting span.
    Date t = m.start >= window.from.plusDays(-365) ? m.start.plusDays(rng.between(3, 45))
                                                   : window.from.plusDays(-rng.between(0, 364));
    for (t = weekdayOnOrAfter(t); t <= last; t = weekdayOnOrAfter(t)) {
      f.id(kRiskAssessmentId, f.rows() + 1).id(kStaffId, m.number).date(t);
      f.text(name(RiskAssessmentKind::kLoneWorking)).endRow();
      t = t.plusDays(rng.chance(p_renewed) ? 365 - rng.between(7, 45) : 365 + rng.between(30, 240));
    }
    if (rng.chance(0.15)) {
      const Date other = weekdayOnOrAfter(std::max(window.from, m.start).plusDays(rng.between(0, 300)));
      if (other <= last) {
        f.id(kRiskAssessmentId, f.rows() + 1).id(kStaffId, m.number).date(other);
        f.text(name(RiskAssessmentKind::kOther)).endRow();
      }
    }
  }
}

}  // namespace hc::demo

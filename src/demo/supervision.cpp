#include "demo/supervision.h"

#include <algorithm>

#include "demo/random.h"

namespace hc::demo {
namespace {

constexpr uint64_t kStream = 0x5e55;

// Sessions the standard asks for in a month starting on `first`.
int sessionsDue(const Member& m, Date first) {
  const int days = m.daysQualified(first);
  return days < 42 ? 4 : days < 182 ? 2 : 1;
}

// Staff number of the supervisor of member `i` on `d`, 0 for none: the
// team manager supervises the team, the service manager the team manager,
// and while the team manager's post is empty a senior practitioner steps in.
int64_t supervisorOf(const Workforce& w, int i, Date d) {
  const Role role = w.members[i].role;
  if (role == Role::kServiceManager) return 0;
  if (role == Role::kTeamManager) return w.service_manager;
  int by = w.inPost(Role::kTeamManager, d);
  if (by < 0) by = w.inPost(Role::kSeniorPractitioner, d, i);
  return by >= 0 ? w.members[by].number : w.service_manager;
}

void writeSession(CsvFile& f, int64_t staff, int64_t supervisor, Date d, int minutes, SupervisionKind kind) {
  f.id(kSessionId, f.rows() + 1).id(kStaffId, staff);
  supervisor ? f.id(kStaffId, supervisor) : f.empty();
  f.date(d).integer(minutes).text(name(kind)).endRow();
}

void writeGroupSession(const TeamContext& team, const MonthSpan& month, Random& rng, CsvFile& f) {
  const Date d = weekdayOnOrAfter(month.first.plusDays(rng.between(0, 20)));
  if (d > month.last) return;
  const int minutes = 5 * rng.between(12, 24);
  const Workforce& w = team.workforce;
  for (size_t i = 0; i < w.members.size(); ++i) {
    const Member& m = w.members[i];
    if (!m.practitioner() || !m.inPostOn(d)) continue;
    writeSession(f, m.number, supervisorOf(w, static_cast<int>(i), d), d, minutes, SupervisionKind::kGroup);
  }
}

}  // namespace

void writeSupervision(const TeamContext& team, DemoFiles& files) {
  Random rng(team.seed, kStream, static_cast<uint64_t>(team.plan.index));
  const Workforce& w = team.workforce;
  CsvFile& f = files.supervision;
  for (const MonthSpan& month : team.window.months()) {
    const double h = healthOn(team.plan, team.window.end, month.first);
    // Squared: the standard is met only if every month's sessions are, so
    // middling teams already fail it often; only strugglers should fail it
    // most months.
    const double p_held = lerp(0.995, 0.6, h * h);
    const double p_short = lerp(0.005, 0.3, h * h);
    const double p_group = lerp(0.45, 0.15, h);
    if (rng.chance(p_group)) writeGroupSession(team, month, rng, f);
    for (size_t i = 0; i < w.members.size(); ++i) {
      const Member& m = w.members[i];
      const Date first = std::max(month.first, m.start);
      const Date last = m.end && *m.end < month.last ? *m.end : month.last;
      if (last < first) continue;
      const int due = sessionsDue(m, month.first.firstOfMonth());
      const int stride = (last - first + 1) / due;
      for (int k = 0; k < due; ++k) {
        const Date d = weekdayOnOrAfter(first.plusDays(k * stride + rng.between(0, std::max(0, stride - 3))));
        const bool held = rng.chance(m.employment == Employment::kAgency ? p_held * 0.9 : p_held);
        const int minutes = rng.chance(p_short) ? 5 * rng.between(6, 17) : 5 * rng.between(18, 24);
        if (!held || d > last) continue;
        writeSession(f, m.number, supervisorOf(w, static_cast<int>(i), d), d, minutes, SupervisionKind::kIndividual);
      }
    }
  }
}

}  // namespace hc::demo

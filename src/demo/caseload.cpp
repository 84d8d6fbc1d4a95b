#include "demo/caseload.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <queue>

#include "demo/random.h"

namespace hc::demo {
namespace {

constexpr uint64_t kStream = 0xca5e;

// Mean case length in days of the mixture drawn in caseLength(), used to
// turn a target number of open cases into a daily referral rate.
constexpr double kMeanCaseDays = 0.25 * 16.5 + 0.5 * 135 + 0.25 * 730;

// Referrals by weekday (Monday first) and by month: Monday's backlog, quiet
// weekends, the autumn term and the new year busy, August and December quiet.
// Each table averages 1.
constexpr double kWeekdayFactor[7] = {1.575, 1.4, 1.342, 1.283, 1.167, 0.14, 0.093};
constexpr double kMonthFactor[12] = {1.1, 1.05, 1.05, 0.95, 1.0, 1.0, 0.95, 0.8, 1.1, 1.1, 1.05, 0.85};
constexpr int kPeakWeekPercent = 4;
constexpr double kPeakWeekFactor = 2.2;

int caseLength(Random& rng) {
  const uint32_t kind = rng.below(100);
  if (kind < 25) return rng.between(3, 30);     // advice, no further action
  if (kind < 75) return rng.between(30, 240);   // assessment and a plan
  return rng.between(365, 1095);                // long-term involvement
}

// How many cases each member holds, as allocation goes: the end days of
// their allocations, soonest first, dropped once passed. Allocation dates
// run almost in order (cases are planned in referral order), which is all
// that a fair share of the work needs.
class Caseloads {
 public:
  explicit Caseloads(size_t members) : ends_(members) {}

  int on(int member, Date d) {
    auto& ends = ends_[member];
    while (!ends.empty() && ends.top() <= d.days()) ends.pop();
    return static_cast<int>(ends.size());
  }
  void add(int member, std::optional<Date> end) { ends_[member].push(end ? end->days() : INT32_MAX); }

 private:
  std::vector<std::priority_queue<int32_t, std::vector<int32_t>, std::greater<int32_t>>> ends_;
};

// A practitioner in post on `d` to take a case, as a team manager would
// choose: mostly those with room under the team's usual caseload (so new
// starters fill up), by FTE; newly qualified workers get a protected
// caseload, the team manager an odd case.
int pickWorker(const TeamContext& team, Date d, int other_than, Caseloads& loads, Random& rng) {
  const Workforce& workforce = team.workforce;
  auto weight = [&](size_t i) {
    const Member& m = workforce.members[i];
    if (static_cast<int>(i) == other_than || !m.inPostOn(d)) return 0;
    if (m.role == Role::kTeamManager) return 1;
    if (!m.practitioner()) return 0;
    const int share = m.fte_tenths * (m.daysQualified(d) < 365 ? 6 : 10);
    const int usual = static_cast<int>(team.plan.demand_per_fte * share / 100);
    return share * (1 + std::max(0, usual - loads.on(static_cast<int>(i), d)));
  };
  int total = 0;
  for (size_t i = 0; i < workforce.members.size(); ++i) total += weight(i);
  if (total == 0) return -1;
  int pick = static_cast<int>(rng.below(static_cast<uint32_t>(total)));
  for (size_t i = 0; i < workforce.members.size(); ++i) {
    pick -= weight(i);
    if (pick < 0) return static_cast<int>(i);
  }
  return -1;
}

void allocate(CaseLife& c, const TeamContext& team, Caseloads& loads, Random& rng) {
  const double h = team.plan.health;
  const Date end = team.window.end;
  const Date stop = c.closed ? *c.closed : end.plusDays(1);  // first day not open
  const int wait = rng.chance(lerp(0.01, 0.08, h)) ? rng.between(30, 200)
                                                   : rng.between(0, static_cast<int>(lerp(3, 12, h)));
  Date at = c.referral.plusDays(wait);
  int previous = -1;
  while (at < stop && at <= end) {
    const int worker = pickWorker(team, at, previous, loads, rng);
    if (worker < 0) {
      at = at.plusDays(7);  // nobody free this week
      continue;
    }
    AllocationSpan span{worker, at, c.closed};
    const std::optional<Date> left = team.workforce.members[worker].end;
    if (left && left->plusDays(1) < stop && rng.chance(lerp(0.97, 0.8, h))) {
      const Date handover = left->plusDays(1 + rng.between(0, static_cast<int>(lerp(5, 45, h))));
      if (handover < stop && handover <= end) {
        span.end = handover;
        loads.add(worker, span.end);
        c.allocations.push_back(span);
        at = handover;
        previous = worker;
        continue;
      }
    }
    // Not handed over: the case stays with its worker, gone or not.
    loads.add(worker, span.end);
    c.allocations.push_back(span);
    break;
  }
}

void planTransfer(CaseLife& c, const TeamContext& team, int length, Random& rng) {
  const std::optional<int> peer = transferPeer(team.plan.index, team.teams);
  if (!peer || length < 45 || !rng.chance(0.05)) return;
  const double h = team.plan.health;
  CaseTransfer t{*peer, c.referral.plusDays(rng.between(14, length - 1)), std::nullopt};
  if (t.requested > team.window.end) return;
  const Date completed =
      t.requested.plusDays(rng.between(static_cast<int>(lerp(5, 20, h)), static_cast<int>(lerp(30, 120, h))));
  // The case leaves the team when the transfer completes; until then it
  // stays open here.
  if (completed <= team.window.end) {
    t.completed = completed;
    c.closed = completed;
  } else {
    c.closed.reset();
  }
  c.transfer = t;
}

CaseLife planCase(Date referral, const TeamContext& team, Caseloads& loads, Random& rng) {
  const double h = team.plan.health;
  CaseLife c;
  c.referral = referral;
  const int length = caseLength(rng);
  if (referral.plusDays(length) <= team.window.end) c.closed = referral.plusDays(length);
  planTransfer(c, team, length, rng);

  Date assessed = referral.plusDays(rng.between(static_cast<int>(lerp(4, 12, h)), static_cast<int>(lerp(35, 80, h))));
  if (c.closed && assessed > *c.closed) assessed = *c.closed;
  const bool screened_out = c.closed && *c.closed - referral < 30 && rng.chance(0.5);
  if (!screened_out && assessed <= team.window.end) c.assessed = assessed;

  allocate(c, team, loads, rng);
  return c;
}

}  // namespace

int CaseLife::holderOn(Date d, const Workforce& workforce) const {
  int holder = -1;
  Date latest;
  for (const AllocationSpan& a : allocations) {
    const bool current = a.start <= d && (!a.end || d < *a.end);
    if (current && workforce.members[a.member].inPostOn(d) && (holder < 0 || a.start > latest)) {
      holder = a.member;
      latest = a.start;
    }
  }
  return holder;
}

std::vector<CaseLife> planCases(const TeamContext& team) {
  Random rng(team.seed, kStream, static_cast<uint64_t>(team.plan.index));
  // Demand is scaled on who is in post at the end, not on the budget, so
  // that the latest caseloads (what a demo shows first) are the team's
  // intended ones whatever its vacancies turned out to be.
  int fte_tenths = 0;
  for (const Member& m : team.workforce.members) fte_tenths += m.practitioner() && m.inPostOn(team.window.end) ? m.fte_tenths : 0;
  fte_tenths = std::max(fte_tenths, team.workforce.practitioner_fte_tenths / 2);
  const double open_target = team.plan.demand_per_fte * fte_tenths / 10.0;
  const double per_day = open_target / kMeanCaseDays;
  Caseloads loads(team.workforce.members.size());
  std::vector<CaseLife> cases;
  for (Date d = team.window.history_start; d <= team.window.end; d = d.plusDays(1)) {
    const int64_t week = (d.days() + 3) / 7;  // Monday-based week number
    const bool peak = Random::mix(team.seed, kStream, static_cast<uint64_t>(team.plan.index), static_cast<uint64_t>(week)) % 100 <
                      kPeakWeekPercent;
    const double rate =
        per_day * kWeekdayFactor[d.weekday()] * kMonthFactor[d.month() - 1] * (peak ? kPeakWeekFactor : 1.0);
    const int trials = 8 + static_cast<int>(rate) * 2;
    const int referrals = rng.binomial(trials, std::min(1.0, rate / trials));
    for (int i = 0; i < referrals; ++i) cases.push_back(planCase(d, team, loads, rng));
  }
  return cases;
}

void writeCases(const TeamContext& team, std::vector<CaseLife>& cases, DemoFiles& files) {
  const int64_t team_number = team.plan.number;
  for (CaseLife& c : cases) {
    if (!c.reported(team.window)) continue;
    c.number = files.cases.rows() + 1;
    CsvFile& f = files.cases;
    f.id(kCaseId, c.number).id(kTeamId, team_number).date(c.referral);
    c.assessed ? f.date(*c.assessed) : f.empty();
    c.closed ? f.date(*c.closed) : f.empty();
    f.endRow();
  }
  for (const CaseLife& c : cases) {
    if (c.number == 0) continue;
    for (const AllocationSpan& a : c.allocations) {
      CsvFile& f = files.allocations;
      f.id(kAllocationId, f.rows() + 1).id(kCaseId, c.number).id(kStaffId, team.workforce.members[a.member].number);
      f.date(a.start);
      a.end ? f.date(*a.end) : f.empty();
      f.endRow();
    }
    if (c.transfer) {
      CsvFile& f = files.transfers;
      f.id(kTransferId, f.rows() + 1).id(kCaseId, c.number).id(kTeamId, team_number);
      f.id(kTeamId, c.transfer->to_team + 1).date(c.transfer->requested);
      c.transfer->completed ? f.date(*c.transfer->completed) : f.empty();
      f.endRow();
    }
  }
}

}  // namespace hc::demo

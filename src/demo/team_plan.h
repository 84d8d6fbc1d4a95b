// TeamPlan: who a demo team is (name, service, locality) and how well it
// is doing, decided from the seed and the team's index alone.
//
// Every team has a `health` from 0 (a healthy team) to 1 (a struggling
// one) that steers all of its parameters: vacancy gaps, agency use,
// caseload, supervision, sickness, missed visits, complaints. Teams spread
// as a real council's do: most are healthy or middling, a few in real
// trouble. The first team, "Safeguarding East", always struggles and the
// second, "Children in Need North", is always healthy, so that every demo
// council shows both ends; the ninth, "Front Door Central", struggles too,
// and the sixth, "Looked After Children South", is turning round: it
// struggled until a year before the end and has improved steadily since
// (healthOn), which its trend signals show.
//
// Thread-safety: plain values and pure functions.
#ifndef HC_DEMO_TEAM_PLAN_H_
#define HC_DEMO_TEAM_PLAN_H_

#include <cstdint>
#include <optional>
#include <string>

#include "core/records.h"

namespace hc::demo {

// Teams come in groups under one service manager, who sits in (and is
// counted in the establishment of) the group's first team.
constexpr int kTeamsPerServiceManager = 6;

struct TeamPlan {
  int index = 0;
  int64_t number = 0;  // index + 1, the team id's number
  std::string name;
  Service service = Service::kOther;
  std::string locality;
  double health = 0.5;
  // A team turning round: its practice is at `struggling_health` until a
  // year before the window's end, then improves steadily to
  // `improved_health` (healthOn); `health` steers the rest.
  bool improving = false;
  double struggling_health = 0.5;
  double improved_health = 0.5;
  int posts = 8;  // budgeted posts including the team manager's
  bool hosts_service_manager = false;
  // Open cases per practitioner FTE in post at the end of the window: the
  // caseload the team has come to carry by the latest reporting date.
  double demand_per_fte = 15;
};

TeamPlan planTeam(uint64_t seed, int index);

// The health of the team's practice on day d of a window ending on `end`:
// `health`, except for an improving team: `struggling_health`, then in the
// last year moving linearly to `improved_health` at `end`.
double healthOn(const TeamPlan& plan, Date end, Date d);

// Another team of the same service to transfer cases to, if there is one
// among the `teams` teams.
std::optional<int> transferPeer(int index, int teams);

}  // namespace hc::demo

#endif  // HC_DEMO_TEAM_PLAN_H_

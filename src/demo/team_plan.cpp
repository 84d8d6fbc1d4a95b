#include "demo/team_plan.h"

#include <algorithm>

#include "demo/random.h"

namespace hc::demo {
namespace {

struct TeamKind {
  Service service;
  const char* name;  // "%" is replaced by the locality
  const char* locality;
};

// A cycle of 20 teams: 12 children's, 7 adults', 1 other (60/35/5), in an
// order that gives a default 12-team council 7/4/1. Councils larger than 20
// teams repeat the cycle with numbered localities ("East 2").
constexpr TeamKind kCycle[] = {
    {Service::kChildren, "Safeguarding %", "East"},
    {Service::kChildren, "Children in Need %", "North"},
    {Service::kAdults, "Adult Community Team %", "West"},
    {Service::kChildren, "Children's Disability, %", "North"},
    {Service::kAdults, "Hospital Discharge %", "Central"},
    {Service::kChildren, "Looked After Children %", "South"},
    {Service::kChildren, "Safeguarding %", "West"},
    {Service::kAdults, "Learning Disabilities %", "East"},
    {Service::kChildren, "Front Door %", "Central"},
    {Service::kAdults, "Mental Health %", "South"},
    {Service::kChildren, "Leaving Care %", "Central"},
    {Service::kOther, "Emergency Duty Team %", "Central"},
    {Service::kChildren, "Safeguarding %", "North"},
    {Service::kAdults, "Adult Community Team %", "East"},
    {Service::kChildren, "Family Support %", "South"},
    {Service::kAdults, "Safeguarding Adults %", "North"},
    {Service::kChildren, "Child Protection %", "Central"},
    {Service::kAdults, "Older People %", "South"},
    {Service::kChildren, "Children in Need %", "West"},
    {Service::kChildren, "Fostering and Adoption %", "West"},
};
constexpr int kCycleLength = sizeof(kCycle) / sizeof(kCycle[0]);

constexpr int kStruggling = 0;
constexpr int kHealthy = 1;
constexpr int kImproving = 5;
constexpr int kAlsoStruggling = 8;

std::string fill(const char* pattern, const std::string& locality) {
  std::string out;
  for (const char* p = pattern; *p; ++p) {
    if (*p == '%') {
      out += locality;
    } else {
      out += *p;
    }
  }
  return out;
}

}  // namespace

TeamPlan planTeam(uint64_t seed, int index) {
  const TeamKind& kind = kCycle[index % kCycleLength];
  const int cycle = index / kCycleLength;
  Random rng(seed, 0x7ea3, static_cast<uint64_t>(index));

  TeamPlan plan;
  plan.index = index;
  plan.number = index + 1;
  plan.service = kind.service;
  plan.locality = cycle == 0 ? kind.locality : std::string(kind.locality) + " " + std::to_string(cycle + 1);
  plan.name = fill(kind.name, plan.locality);
  plan.hosts_service_manager = index % kTeamsPerServiceManager == 0;

  if (index == kStruggling) {
    plan.health = 1.0;
  } else if (index == kHealthy) {
    plan.health = 0.0;
  } else if (index == kAlsoStruggling) {
    plan.health = 0.9;
  } else if (index == kImproving) {
    // Staffing and caseload already middling; its practice (visits,
    // supervision, meetings, feedback, the survey) recovers over the year.
    plan.health = 0.45;
    plan.improving = true;
    plan.struggling_health = 0.95;
    plan.improved_health = 0.1;
  } else if (rng.chance(0.04)) {
    plan.health = 0.85 + 0.15 * rng.unit();  // a national data set has its own strugglers
  } else {
    // Most teams are healthy or middling: a real council has a few teams in
    // trouble, not a majority.
    plan.health = 0.05 + 0.4 * rng.unit();
  }
  // At least 6 posts: a team's staff survey needs 5 answers to be shown.
  plan.posts = index == kStruggling ? 11 : index == kHealthy ? 8 : rng.between(6, 10);
  // Squared, so that most teams sit near the national average of about 16
  // and only the strugglers far above it.
  plan.demand_per_fte = 9.5 + 21.0 * plan.health * plan.health + rng.between(-10, 10) / 10.0;
  return plan;
}

double healthOn(const TeamPlan& plan, Date end, Date d) {
  if (!plan.improving) return plan.health;
  const Date start = end.plusDays(1).plusMonths(-12);
  if (d < start) return plan.struggling_health;
  const double progress = std::min(1.0, double(d - start) / double(end - start));
  return lerp(plan.struggling_health, plan.improved_health, progress);
}

std::optional<int> transferPeer(int index, int teams) {
  const Service service = kCycle[index % kCycleLength].service;
  for (int step = 1; step < teams && step <= kCycleLength; ++step) {
    const int peer = (index + step) % teams;
    if (kCycle[peer % kCycleLength].service == service) return peer;
  }
  return std::nullopt;
}

}  // namespace hc::demo

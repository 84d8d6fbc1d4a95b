#include "metrics/internal/scopes.h"

#include <algorithm>

namespace hc::metrics::internal {
namespace {

const char* serviceName(Service s) {
  switch (s) {
    case Service::kChildren: return "Children's services";
    case Service::kAdults: return "Adults' services";
    case Service::kOther: return "Other services";
  }
  return "";
}

}  // namespace

ScopeLayout::ScopeLayout(const std::vector<Team>& teams, const std::string& council_name)
    : team_ids_(teams.size(), TeamIdOf{&teams_}) {
  // Of two records with one team_id, the first wins.
  IdIndex<IdOf<Team, &Team::team_id>> seen(teams.size(), {&teams});
  for (size_t t = 0; t < teams.size(); ++t)
    if (seen.insert(int32_t(t))) teams_.push_back(&teams[t]);
  std::sort(teams_.begin(), teams_.end(), [](const Team* a, const Team* b) {
    return a->service != b->service ? a->service < b->service : a->team_id < b->team_id;
  });
  team_ids_.insertAll(teams_.size());

  ScopeDef council;
  council.level = Level::kCouncil;
  council.id = "council";
  council.name = council_name;
  council.end_team = teamCount();
  scopes_.push_back(council);
  for (int t = 0; t < teamCount();) {
    const Service service = teams_[size_t(t)]->service;
    ScopeDef s;
    s.level = Level::kService;
    s.id = std::string(name(service));
    s.name = serviceName(service);
    s.first_team = t;
    while (t < teamCount() && teams_[size_t(t)]->service == service) ++t;
    s.end_team = t;
    team_service_scope_.resize(size_t(t), scopeCount());
    scopes_.push_back(s);
  }
  first_team_scope_ = scopeCount();
  for (int t = 0; t < teamCount(); ++t) {
    ScopeDef s;
    s.level = Level::kTeam;
    s.team = teams_[size_t(t)];
    s.id = s.team->team_id;
    s.name = s.team->name;
    s.first_team = t;
    s.end_team = t + 1;
    scopes_.push_back(s);
  }
}

}  // namespace hc::metrics::internal

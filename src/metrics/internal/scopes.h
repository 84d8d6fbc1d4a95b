// ScopeLayout: the scopes a health check reports (council, the services
// that have teams, each team) as dense indices, and the rules for rolling
// per-team figures up to them.
//
// Teams get indices sorted by (service, team_id), so that every service's
// teams form one contiguous run: a service's values are a slice of an array
// grouped by team, and the council's are the whole array. Scope indices,
// which are also the output order: 0 = council, then the services in
// Service order, then the teams in team-index order.
//
// Thread-safety: immutable after construction.
#ifndef HC_METRICS_INTERNAL_SCOPES_H_
#define HC_METRICS_INTERNAL_SCOPES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/records.h"
#include "metrics/health_check.h"
#include "metrics/internal/id_index.h"

namespace hc::metrics::internal {

struct ScopeDef {
  Level level = Level::kCouncil;
  std::string id;
  std::string name;
  const Team* team = nullptr;  // for teams
  int first_team = 0;          // the teams inside it: [first_team, end_team)
  int end_team = 0;
};

class ScopeLayout {
 public:
  ScopeLayout(const std::vector<Team>& teams, const std::string& council_name);
  // The team index refers into teams_: not copyable.
  ScopeLayout(const ScopeLayout&) = delete;
  ScopeLayout& operator=(const ScopeLayout&) = delete;

  int scopeCount() const { return static_cast<int>(scopes_.size()); }
  int teamCount() const { return static_cast<int>(teams_.size()); }
  const ScopeDef& scope(int s) const { return scopes_[size_t(s)]; }
  const Team& team(int t) const { return *teams_[size_t(t)]; }
  int teamScope(int t) const { return first_team_scope_ + t; }
  // The scope of the service team t belongs to.
  int serviceScopeOfTeam(int t) const { return team_service_scope_[size_t(t)]; }
  // The service scopes, as scope indices (1..3 of them).
  int firstServiceScope() const { return 1; }
  int endServiceScope() const { return first_team_scope_; }
  // Team index of a team_id, or -1 when unknown.
  int32_t findTeam(std::string_view team_id) const { return team_ids_.find(team_id); }

 private:
  struct TeamIdOf {
    const std::vector<const Team*>* teams;
    std::string_view operator()(int32_t t) const { return (*teams)[size_t(t)]->team_id; }
  };
  std::vector<const Team*> teams_;
  std::vector<ScopeDef> scopes_;
  std::vector<int> team_service_scope_;
  int first_team_scope_ = 1;
  IdIndex<TeamIdOf> team_ids_;
};

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_SCOPES_H_

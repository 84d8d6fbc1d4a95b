// What people call an action's scope: "The whole council", "Children's
// services", or a team's name (its id when it has none). Shared by the
// dashboard's action pages and the weekly digests, which say it alike.
//
//   scopeLabel("T0001", teamNames(db));   // "Assessment North"
//
// Thread-safety: teamNames reads the caller's Database; scopeLabel is pure.
#ifndef HC_ACTIONS_SCOPE_LABEL_H_
#define HC_ACTIONS_SCOPE_LABEL_H_

#include <map>
#include <string>

#include "store/database.h"

namespace hc::actions {

std::string scopeLabel(const std::string& scope, const std::map<std::string, std::string>& team_names);

// team id -> the team's name, every stored team.
std::map<std::string, std::string> teamNames(store::Database& db);

}  // namespace hc::actions

#endif  // HC_ACTIONS_SCOPE_LABEL_H_

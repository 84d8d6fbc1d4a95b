#include "actions/scope_label.h"

#include "core/records.h"

namespace hc::actions {

std::string scopeLabel(const std::string& scope, const std::map<std::string, std::string>& team_names) {
  if (scope == "council") return "The whole council";
  if (const auto s = parseService(scope)) {
    switch (*s) {
      case Service::kChildren: return "Children's services";
      case Service::kAdults: return "Adults' services";
      case Service::kOther: return "Other services";
    }
  }
  const auto it = team_names.find(scope);
  return it == team_names.end() ? scope : it->second;
}

std::map<std::string, std::string> teamNames(store::Database& db) {
  std::map<std::string, std::string> out;
  auto st = db.prepare("SELECT team_id, name FROM teams");
  while (st->step()) out[st->getText(0)] = st->getText(1);
  return out;
}

}  // namespace hc::actions

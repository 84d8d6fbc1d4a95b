#include "web/admin/account_form.h"

#include <set>

#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"

namespace hc::web::admin {
namespace {

namespace govuk = view::govuk;
using html::Html;

constexpr const char* kTeamPrefix = "team:";
constexpr const char* kServicePrefix = "service:";

const std::vector<std::pair<access::Role, const char*>>& roleHints() {
  static const std::vector<std::pair<access::Role, const char*>> hints{
      {access::Role::kManager, "Sees the teams or services chosen below in full, and the rest as published"},
      {access::Role::kDirector, "Sees every figure in full, and the audit"},
      {access::Role::kMember, "An elected member: sees published figures only"},
      {access::Role::kAnalyst, "Imports the exports and reads the import history; sees no figures"},
      {access::Role::kAdmin, "Manages accounts, imports, surveys and settings; sees no figures"},
  };
  return hints;
}

std::string teamName(const KnownScopes& known, const std::string& id) {
  for (const auto& [team_id, name] : known.teams)
    if (team_id == id) return name;
  return "";
}

}  // namespace

KnownScopes knownScopes(store::Database& db) {
  KnownScopes known;
  std::set<std::string> services;
  auto st = db.prepare("SELECT team_id, name, service FROM teams ORDER BY service, team_id");
  while (st->step()) {
    known.teams.emplace_back(st->getText(0), st->getText(1));
    services.insert(st->getText(2));
  }
  known.services.assign(services.begin(), services.end());
  return known;
}

Html roleAndScopeFields(const access::User& user, bool role_chosen, const KnownScopes& known,
                        const access::Refusal& problem) {
  auto errorOn = [&](const char* field) { return problem && problem->field == field ? problem->message : ""; };
  govuk::ChoiceField role{"role", "Role", "", {}, {}, errorOn("role")};
  if (role_chosen) role.checked.push_back(access::roleName(user.role));
  for (const auto& [r, hint] : roleHints()) {
    std::string label = access::roleName(r);
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
    role.options.push_back({access::roleName(r), label, hint});
  }
  role.legend_size = govuk::LabelSize::kMedium;
  Html out = govuk::radios(role);
  if (known.teams.empty()) {
    out += govuk::insetText(govuk::para(
        "There are no teams yet: import the exports first, then give a manager their teams or services."));
    return out;
  }
  govuk::ChoiceField teams{"teams", "Teams", "For a manager only: the teams they manage.", {}, {}, errorOn("scope")};
  for (const auto& [id, name] : known.teams) {
    teams.options.push_back({id, name + " (" + id + ")", "", false, kTeamPrefix + id});
    if (user.teams.count(id)) teams.checked.push_back(id);
  }
  teams.legend_size = govuk::LabelSize::kMedium;
  govuk::ChoiceField services{"services", "Services", "For a manager only: whole services they manage, every team in them.",
                              {}, {}, ""};
  for (const auto& s : known.services) {
    services.options.push_back({s, s, "", false, kServicePrefix + s});
    if (user.services.count(s)) services.checked.push_back(s);
  }
  services.legend_size = govuk::LabelSize::kMedium;
  return out + govuk::checkboxes(teams) + govuk::checkboxes(services);
}

access::User roleAndScopeOf(const http::Request& request, const KnownScopes& known, bool& role_chosen) {
  access::User user;
  const auto role = access::parseRole(request.field("role"));
  role_chosen = role.has_value();
  user.role = role.value_or(access::Role::kMember);
  for (const auto& [id, name] : known.teams)
    if (request.form.count(kTeamPrefix + id)) user.teams.insert(id);
  for (const auto& s : known.services)
    if (request.form.count(kServicePrefix + s)) user.services.insert(s);
  return user;
}

std::string fieldIdOf(const access::AccountProblem& problem) {
  if (problem.field == "scope") return "teams";
  return problem.field;
}

std::string scopeText(const access::User& user, const KnownScopes& known) {
  std::string out;
  for (const auto& t : user.teams) {
    const std::string name = teamName(known, t);
    out += (out.empty() ? "" : ", ") + (name.empty() ? "team " + t : name + " (" + t + ")");
  }
  for (const auto& s : user.services) out += (out.empty() ? "" : ", ") + std::string("all of ") + s;
  return out.empty() ? "None" : out;
}

}  // namespace hc::web::admin

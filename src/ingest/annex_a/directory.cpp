#include "ingest/annex_a/directory.h"

#include <cctype>

#include "ingest/annex_a/cell_values.h"

namespace hc::ingest::annex_a {

Directory::Directory(store::Database& db, Date on) {
  auto teams = db.prepare("SELECT team_id, name FROM teams");
  while (teams->step()) addTeam(teams->getText(0), teams->getText(1));
  auto staff = db.prepare("SELECT staff_id, name, start_date, end_date FROM staff WHERE name IS NOT NULL");
  while (staff->step()) {
    const std::string key = nameKey(staff->getText(1));
    if (key.empty()) continue;
    Named n;
    n.staff_id = staff->getText(0);
    n.start = Date::parse(staff->getText(2).substr(0, 10)).value_or(Date());
    const auto end = staff->isNull(3) ? std::nullopt : Date::parse(staff->getText(3).substr(0, 10));
    n.in_post = n.start <= on && (!end || on <= *end);
    const auto found = staff_by_name_.find(key);
    if (found == staff_by_name_.end() || (n.in_post && !found->second.in_post) ||
        (n.in_post == found->second.in_post && n.start > found->second.start))
      staff_by_name_[key] = n;
  }
}

std::optional<std::string> Directory::teamId(const std::string& team) const {
  const auto found = team_by_key_.find(nameKey(team));
  if (found == team_by_key_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string> Directory::staffId(const std::string& worker) const {
  const auto found = staff_by_name_.find(nameKey(worker));
  if (found == staff_by_name_.end()) return std::nullopt;
  return found->second.staff_id;
}

void Directory::addTeam(const std::string& team_id, const std::string& name) {
  team_by_key_.emplace(nameKey(team_id), team_id);
  team_by_key_.emplace(nameKey(name), team_id);
}

std::string Directory::newTeamId(const std::string& name) const {
  std::string id = "annexa-";
  for (char c : nameKey(name)) {
    if (std::isalnum(static_cast<unsigned char>(c))) id += c;
    else if (id.back() != '-') id += '-';
  }
  while (id.back() == '-') id.pop_back();
  id = id.substr(0, 60);
  std::string candidate = id;
  for (int n = 2; team_by_key_.count(nameKey(candidate)); ++n) candidate = id + "-" + std::to_string(n);
  return candidate;
}

}  // namespace hc::ingest::annex_a

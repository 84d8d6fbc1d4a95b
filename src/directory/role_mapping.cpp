#include "directory/role_mapping.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace hc::directory {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The next word of `rest` (a "quoted phrase" counts as one), taken off it;
// nullopt for an unclosed quote.
std::optional<std::string> nextWord(std::string_view& rest) {
  rest = trim(rest);
  if (rest.empty()) return std::string();
  if (rest.front() == '"') {
    const size_t close = rest.find('"', 1);
    if (close == std::string_view::npos) return std::nullopt;
    std::string word(rest.substr(1, close - 1));
    rest.remove_prefix(close + 1);
    return word;
  }
  size_t end = 0;
  while (end < rest.size() && !std::isspace(static_cast<unsigned char>(rest[end]))) ++end;
  std::string word(rest.substr(0, end));
  rest.remove_prefix(end);
  return word;
}

// The value after group/approle: the rest of the line, quotes optional.
std::optional<std::string> restValue(std::string_view rest) {
  rest = trim(rest);
  if (!rest.empty() && rest.front() == '"') {
    if (rest.size() < 2 || rest.back() != '"') return std::nullopt;
    return std::string(rest.substr(1, rest.size() - 2));
  }
  return std::string(rest);
}

bool anyMatches(const std::vector<std::string>& have, MatchBy by, const std::string& key, MatchBy want) {
  if (by != want) return false;
  for (const std::string& h : have)
    if (RoleMapping::matchKey(h) == key) return true;
  return false;
}

bool matches(const DirectoryIdentity& who, MatchBy by, const std::string& key) {
  return anyMatches(who.groups, by, key, MatchBy::kGroup) || anyMatches(who.app_roles, by, key, MatchBy::kAppRole);
}

}  // namespace

std::string RoleMapping::matchKey(std::string_view value) {
  std::string out;
  value = trim(value);
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == ' ' && ((!out.empty() && (out.back() == ',' || out.back() == '=')) ||
                     (i + 1 < value.size() && (value[i + 1] == ',' || value[i + 1] == '=' || value[i + 1] == ' '))))
      continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::variant<RoleMapping, MappingError> RoleMapping::parse(std::string_view text, const std::string& file_name) {
  RoleMapping mapping;
  std::istringstream in{std::string(text)};
  int number = 0;
  for (std::string raw; std::getline(in, raw);) {
    ++number;
    std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const std::string where = file_name + ":" + std::to_string(number) + ": ";
    auto fail = [&](const std::string& why) { return MappingError{where + why}; };
    std::string_view rest = line;
    const std::string keyword = *nextWord(rest);
    if (keyword == "team-attribute") {
      const auto attribute = nextWord(rest);
      if (!attribute || attribute->empty() || !trim(rest).empty())
        return fail("team-attribute takes one attribute name (e.g. team-attribute departmentNumber)");
      mapping.team_attribute_ = *attribute;
      continue;
    }
    if (keyword != "role" && keyword != "team" && keyword != "service")
      return fail("'" + keyword + "' is not role, team, service or team-attribute");
    const auto target = nextWord(rest);
    if (!target) return fail("a quote is not closed");
    if (target->empty()) return fail(keyword + " needs a " + (keyword == "role" ? "role" : keyword) + " and then group or approle");
    const auto by_word = nextWord(rest);
    if (!by_word || (*by_word != "group" && *by_word != "approle"))
      return fail("after '" + keyword + " " + *target + "' comes group or approle, then its value");
    const MatchBy by = *by_word == "group" ? MatchBy::kGroup : MatchBy::kAppRole;
    const auto value = restValue(rest);
    if (!value) return fail("a quote is not closed");
    if (value->empty()) return fail("the " + *by_word + " to match is missing");
    if (keyword == "role") {
      const auto role = access::parseRole(*target);
      if (!role) return fail("'" + *target + "' is not a role (admin, director, manager, member, analyst)");
      mapping.roles_.push_back({*role, by, matchKey(*value), *value, number});
    } else {
      mapping.scopes_.push_back({keyword == "service", *target, by, matchKey(*value), *value, number});
    }
  }
  if (mapping.roles_.empty()) return MappingError{file_name + ": no role lines: nobody could sign in"};
  return mapping;
}

std::variant<RoleMapping, MappingError> RoleMapping::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MappingError{path + ": cannot read the directory's role mapping"};
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path);
}

std::optional<MappedAccess> RoleMapping::map(const DirectoryIdentity& who) const {
  for (const RoleRule& rule : roles_) {
    if (!matches(who, rule.by, rule.value)) continue;
    MappedAccess out{rule.role, {}, {}, "line " + std::to_string(rule.line)};
    if (rule.role != access::Role::kManager) return out;
    for (const ScopeRule& s : scopes_)
      if (matches(who, s.by, s.value)) (s.service ? out.services : out.teams).insert(s.scope);
    if (!team_attribute_.empty())
      for (const std::string& t : who.team_ids)
        if (!trim(t).empty()) out.teams.insert(std::string(trim(t)));
    return out;
  }
  return std::nullopt;
}

}  // namespace hc::directory

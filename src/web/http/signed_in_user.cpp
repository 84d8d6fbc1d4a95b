#include "web/http/signed_in_user.h"

namespace hc::web::http {
namespace {

// Request attributes carrying the user: names joined with '\n', which no
// username, team id or service name contains.
constexpr const char* kUserAttr = "user";
constexpr const char* kRoleAttr = "role";
constexpr const char* kTeamsAttr = "teams";
constexpr const char* kServicesAttr = "services";

std::string join(const std::set<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : "\n") + v;
  return out;
}

std::set<std::string> split(const std::string& joined) {
  std::set<std::string> out;
  size_t start = 0;
  while (start < joined.size()) {
    size_t end = joined.find('\n', start);
    if (end == std::string::npos) end = joined.size();
    out.insert(joined.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

bool safeNextPath(const std::string& target) {
  const size_t q = target.find('?');
  const std::string path = target.substr(0, q);
  if (path.size() < 2 || target.size() > 400 || path[0] != '/' || path[1] == '/') return false;
  auto plain = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
  };
  for (char c : path)
    if (!plain(c) && c != '/') return false;
  // The query string as urlEncode writes it: names and values
  // percent-encoded, so it carries no quote, space or control character.
  if (q != std::string::npos)
    for (char c : target.substr(q + 1))
      if (!plain(c) && c != '=' && c != '&' && c != '%' && c != '~') return false;
  return path.find("..") == std::string::npos && path.rfind("/login", 0) != 0;
}

void setSignedInUser(Request& request, const access::User& user) {
  request.attributes[kUserAttr] = user.username;
  request.attributes[kRoleAttr] = access::roleName(user.role);
  request.attributes[kTeamsAttr] = join(user.teams);
  request.attributes[kServicesAttr] = join(user.services);
}

std::optional<access::User> signedInUser(const Request& request) {
  auto it = request.attributes.find(kUserAttr);
  auto role_it = request.attributes.find(kRoleAttr);
  if (it == request.attributes.end() || role_it == request.attributes.end()) return std::nullopt;
  const auto role = access::parseRole(role_it->second);
  if (!role) return std::nullopt;
  access::User user;
  user.username = it->second;
  user.role = *role;
  if (auto t = request.attributes.find(kTeamsAttr); t != request.attributes.end()) user.teams = split(t->second);
  if (auto s = request.attributes.find(kServicesAttr); s != request.attributes.end())
    user.services = split(s->second);
  return user;
}

}  // namespace hc::web::http

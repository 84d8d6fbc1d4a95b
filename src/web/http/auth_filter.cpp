#include "web/http/auth_filter.h"

#include "access/access_scope.h"
#include "access/session_store.h"
#include "access/user_store.h"
#include "core/utc_clock.h"
#include "web/http/govuk_components.h"
#include "web/http/html.h"

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

// The path and query string the request asked for, the query re-encoded
// from its parsed values ("/dashboard?period=2026-Q2&service=children").
std::string pathWithQuery(const Request& request) {
  std::string out = request.path;
  char sep = '?';
  for (const auto& [name, value] : request.query) {
    out += sep + urlEncode(name) + "=" + urlEncode(value);
    sep = '&';
  }
  return out;
}

Response toLogin(const Request& request) {
  // Only our own plain GET paths come back as ?next= (login_pages.h checks
  // it again), so a login link cannot send anyone to another site, and no
  // decoded control character reaches the Location header (the query is
  // percent-encoded, and the whole of it encoded again as next's value).
  const std::string target = pathWithQuery(request);
  if (request.method != "GET" || !safeNextPath(target)) return Response::redirect("/login");
  std::string next = urlEncode(target);
  for (size_t at = next.find("%2F"); at != std::string::npos; at = next.find("%2F", at)) next.replace(at, 3, "/");
  return Response::redirect("/login?next=" + next);  // slashes left readable
}

Response forbidden(const PageLayout& layout) {
  return Response::html(layout.render(Page{"You do not have access to this page",
                                           govuk::heading("", "You do not have access to this page") +
                                               paragraphs("Your account cannot see this page. If you need it, ask "
                                                          "your administrator."),
                                           "", false}),
                        403);
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

Response serviceUnavailable(const PageLayout& layout) {
  Response r = Response::html(
      layout.render(Page{"Sorry, the service is unavailable",
                         govuk::heading("", "Sorry, the service is unavailable") +
                             paragraphs("The service cannot reach its database at the moment. Try again in a few "
                                        "minutes."),
                         "", false}),
      503);
  r.headers.emplace_back("Retry-After", "30");
  return r;
}

std::optional<Response> AuthFilter::operator()(Request& request, const Route& route) const {
  if (route.access == access::access_tag::kPublic) return std::nullopt;
  std::optional<access::User> user;
  {
    DatabasePool::Lease db = pool_.acquire();
    try {
      access::SessionStore sessions(*db);
      if (auto name = sessions.resolve(request.cookie(kSessionCookie), nowSeconds()))
        user = access::UserStore(*db).find(*name);
    } catch (const store::DatabaseError& e) {
      db.discard();
      if (e.kind() == store::DatabaseError::Kind::kConnection) return serviceUnavailable(layout_);
      throw;
    }
  }
  if (!user) return toLogin(request);
  if (!access::mayCall(&*user, route.access)) return forbidden(layout_);
  if (request.method == "POST" && !csrf_.verify(request, csrfScope(request, *user))) return forbidden(layout_);
  setSignedInUser(request, *user);
  return std::nullopt;
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

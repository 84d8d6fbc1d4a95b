#include "web/http/router.h"

namespace hc::web::http {
namespace {

std::vector<std::string> segments(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Matches a route's pattern, split into `want`, against the path's segments.
bool matches(const std::vector<std::string>& want, const std::vector<std::string>& got,
             std::map<std::string, std::string>& params) {
  if (want.size() != got.size()) return false;
  std::map<std::string, std::string> captured;
  for (size_t i = 0; i < want.size(); ++i) {
    const std::string& w = want[i];
    if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
      if (got[i].empty()) return false;
      captured[w.substr(1, w.size() - 2)] = got[i];
    } else if (w != got[i]) {
      return false;
    }
  }
  params = std::move(captured);
  return true;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler, std::string access) {
  std::vector<std::string> split = segments(pattern);
  routes_.push_back(
      Route{std::move(method), std::move(pattern), std::move(access), std::move(handler), std::move(split)});
}

const Route* Router::match(Request& request, bool& path_known) const {
  path_known = false;
  std::map<std::string, std::string> params;
  const std::vector<std::string> path = segments(request.path);
  for (const Route& r : routes_) {
    if (!matches(r.segments, path, params)) continue;
    path_known = true;
    if (r.method != request.method && !(request.method == "HEAD" && r.method == "GET")) continue;
    request.params = std::move(params);
    return &r;
  }
  return nullptr;
}

Response Router::errorPage(int status, Request& request, const std::string& why, const std::string& text) const {
  if (error_pages_) return error_pages_(status, request, why);
  return Response::text(status, text);
}

Response Router::dispatch(Request& request, std::string& route_name) const {
  bool path_known = false;
  const Route* route = match(request, path_known);
  if (!route) {
    route_name = path_known ? "(method not allowed)" : "(no route)";
    return errorPage(path_known ? 405 : 404, request, "", path_known ? "Method not allowed\n" : "Page not found\n");
  }
  route_name = route->pattern;
  if (filter_)
    if (auto answered = filter_(request, *route)) return *answered;
  return route->handler(request);
}

}  // namespace hc::web::http

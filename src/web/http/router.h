// Router: handlers registered by method and path pattern. A pattern is a
// path whose segments may be captures: "/s/{token}/section/{n}" matches
// "/s/ab12/section/2" with params token=ab12, n=2. The first route added
// that matches wins.
//
// Each route has a name for logs (its pattern, so a token in the path never
// reaches a log) and an access tag ("public" for the survey form) that the
// request filter of WebServer reads to decide who may call it: the place to
// add sign-in and roles later without touching the handlers.
//
// Thread-safety: add routes before the server starts; dispatch() is then
// safe from any number of threads.
#ifndef HC_WEB_HTTP_ROUTER_H_
#define HC_WEB_HTTP_ROUTER_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "web/http/request.h"
#include "web/http/response.h"

namespace hc::web::http {

using Handler = std::function<Response(Request&)>;

struct Route {
  std::string method;
  std::string pattern;
  std::string access;  // "public", or a role/permission name the filter checks
  Handler handler;
  std::vector<std::string> segments;  // of the pattern, split once when added
};

// Runs before a route's handler; returning a Response (a redirect to sign
// in, a 403) answers the request instead of the handler.
using RequestFilter = std::function<std::optional<Response>(Request&, const Route&)>;

// Makes the page of an error status for a request (404, 405, 500...);
// `why`, when not empty, is its first sentence (view/error_pages.h).
using ErrorPageMaker = std::function<Response(int status, Request&, const std::string& why)>;

class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler, std::string access = "public");
  void get(std::string pattern, Handler handler, std::string access = "public") {
    add("GET", std::move(pattern), std::move(handler), std::move(access));
  }
  void post(std::string pattern, Handler handler, std::string access = "public") {
    add("POST", std::move(pattern), std::move(handler), std::move(access));
  }
  void setFilter(RequestFilter filter) { filter_ = std::move(filter); }
  // The 404 and 405 of dispatch() and the server's 500 and 503; without
  // one they are plain text.
  void setErrorPages(ErrorPageMaker pages) { error_pages_ = std::move(pages); }
  // The page of `status` for `request`: `why`, or the plain `text` when
  // no maker is set.
  Response errorPage(int status, Request& request, const std::string& why, const std::string& text) const;
  // Every route in the order added: for tests that walk them all.
  const std::vector<Route>& routes() const { return routes_; }

  // The route for the request, its captures put in request.params; nullptr
  // when none matches. `path_known` is set when some route has the path
  // but not the method (405 rather than 404).
  const Route* match(Request& request, bool& path_known) const;

  // Matches, filters and runs the handler: 404 / 405 pages when nothing
  // matches. `route_name` receives the pattern matched, for the log.
  Response dispatch(Request& request, std::string& route_name) const;

 private:
  std::vector<Route> routes_;
  RequestFilter filter_;
  ErrorPageMaker error_pages_;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_ROUTER_H_

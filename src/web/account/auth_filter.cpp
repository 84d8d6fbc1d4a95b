#include "web/account/auth_filter.h"

#include "access/access_scope.h"
#include "access/session_store.h"
#include "access/user_store.h"
#include "core/utc_clock.h"
#include "directory/directory_accounts.h"
#include "html/element.h"

namespace hc::web::account {
namespace {

using http::DatabasePool;
using http::Request;
using http::Response;
using html::urlEncode;

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
  if (request.method != "GET" || !http::safeNextPath(target)) return Response::redirect("/login");
  std::string next = urlEncode(target);
  for (size_t at = next.find("%2F"); at != std::string::npos; at = next.find("%2F", at)) next.replace(at, 3, "/");
  return Response::redirect("/login?next=" + next);  // slashes left readable
}

}  // namespace

std::optional<access::User> AuthFilter::sessionUser(store::Database& db, const Request& request) {
  access::SessionStore sessions(db);
  // A disabled account's sessions end when it is disabled; checked here
  // too, so that none outlives it whatever wrote the flag.
  const int64_t now = nowSeconds();
  if (auto name = sessions.resolve(request.cookie(http::kSessionCookie), now))
    if (auto account = access::UserStore(db).credentials(*name); account && !account->disabled) {
      // A directory's person signs in again once a session's idle limit
      // has passed since the directory last said who they are, so a group
      // they left stops counting then (directory/directory_accounts.h).
      if (account->source == "local" || !directory::directoryConfirmationLapsed(db, *name, now)) return account->user;
      sessions.destroy(request.cookie(http::kSessionCookie));
    }
  return std::nullopt;
}

std::optional<Response> AuthFilter::operator()(Request& request, const http::Route& route) const {
  if (route.access == access::access_tag::kPublic) return std::nullopt;
  std::optional<access::User> user;
  {
    DatabasePool::Lease db = pool_.acquire();
    try {
      user = sessionUser(*db, request);
    } catch (const store::DatabaseError& e) {
      db.discard();
      if (e.kind() == store::DatabaseError::Kind::kConnection) return errors_.page(503, request);
      throw;
    }
  }
  if (!user) return toLogin(request);
  http::setSignedInUser(request, *user);
  if (!access::mayCall(&*user, route.access)) return errors_.page(403, request);
  if (request.method == "POST" && !csrf_.verify(request, csrfScope(request, *user)))
    return errors_.page(403, request,
                        "The form had expired or was sent from another page, so nothing was changed. Go back, "
                        "reload the page and try again.");
  return std::nullopt;
}

}  // namespace hc::web::account

// Who signed the request in: the user the sign-in filter
// (web/account/auth_filter.h) found for the session cookie, carried in the
// request's attributes for the handlers after it; and which ?next= targets
// sign-in may send a browser back to.
//
// Thread-safety: pure functions over one request.
#ifndef HC_WEB_HTTP_SIGNED_IN_USER_H_
#define HC_WEB_HTTP_SIGNED_IN_USER_H_

#include <optional>
#include <string>

#include "access/user.h"
#include "web/http/request.h"

namespace hc::web::http {

constexpr const char* kSessionCookie = "hc_session";

// The signed-in user the filter put on the request; nullopt on public
// routes (the filter does not look up sessions there).
std::optional<access::User> signedInUser(const Request& request);
// What the filter records for the handlers after it: `user` is signed in.
// Tests of pages that run without the filter say who is looking with it.
void setSignedInUser(Request& request, const access::User& user);

// True when `target` may be a ?next= target after sign-in: one of our own
// paths, of plain characters only (no scheme, no "//host", no ".."), with
// a percent-encoded query string or none:
// safeNextPath("/dashboard?period=2026-Q2&service=children") is true.
bool safeNextPath(const std::string& target);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_SIGNED_IN_USER_H_

// LoginPages: signing in and out, and the pages every account has.
//
//   GET  /login          the sign-in form (public)
//   POST /login          checks the password (directory/password_sign_in.h:
//                        local, or the council's LDAP directory); on success a
//                        fresh session and cookie, then ?next= (with its query
//                        string) or the role's landing page (site_header.h)
//   POST /logout         ends the session (signed-in; CSRF-checked by the filter)
//   GET  /home           who you are, where to go, change your password
//                        (password_pages.h), sign out (signed-in)
//
// The session cookie is HttpOnly, SameSite=Lax, Path=/, and Secure when the
// server is reached over TLS (WebAppOptions::secure_cookies). A new session
// id is issued at every sign-in (no session fixation), and a new CSRF
// cookie at sign-in and sign-out, so that no form of one session works in
// the next. A name that is no account is audited as a keyed hash only
// (access/login.h), keyed with a key derived from the CSRF secret (kept in
// HEALTHCHECK_CSRF_SECRET; random per process without one). Sign-ins are
// refused with 429 and Retry-After, before any hashing, from an address
// with too many recent failures (access/address_failures.h) and when too
// many are being checked at once (access/sign_in_queue.h).
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ACCOUNT_LOGIN_PAGES_H_
#define HC_WEB_ACCOUNT_LOGIN_PAGES_H_

#include <cstdint>
#include <optional>
#include <string>

#include "access/address_failures.h"
#include "directory/directory_settings.h"
#include "directory/ldap/ldap_directory.h"

#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/hmac_sha256.h"
#include "web/view/page_layout.h"
#include "web/http/router.h"

namespace hc::web::account {

class LoginPages {
 public:
  // `secret`: the server's CSRF secret ("" for none), from which the key of
  // unknown names' tags is derived.
  // `directory`: LDAP and the role mapping (directory/directory_settings.h).
  LoginPages(http::DatabasePool& pool, const http::CsrfProtection& csrf, const view::PageLayout& layout,
             bool secure_cookies, const std::string& secret, const directory::DirectorySettings& directory = {});

  void addRoutes(http::Router& router);
  // Shows "Sign in with your council account" (account/oidc_pages.h) above the form.
  void offerCouncilSignIn(bool on) { council_sign_in_ = on; }

 private:
  http::Response form(http::Request& request, const std::string& error, int status = 200) const;
  http::Response signIn(http::Request& request);
  // 429 with Retry-After: the form again, saying why.
  http::Response tooMany(http::Request& request, const std::string& message, int64_t retry_after) const;
  http::Response signOut(http::Request& request);
  http::Response home(http::Request& request) const;

  http::DatabasePool& pool_;
  const http::CsrfProtection& csrf_;
  const view::PageLayout& layout_;
  bool secure_cookies_;
  bool council_sign_in_ = false;
  access::AddressFailures address_failures_;
  http::HmacSha256 unknown_names_;  // tags the names that are no account
  directory::DirectorySettings directory_;
  std::optional<directory::ldap::LdapDirectory> ldap_;  // set when LDAP is on
};

}  // namespace hc::web::account

#endif  // HC_WEB_ACCOUNT_LOGIN_PAGES_H_

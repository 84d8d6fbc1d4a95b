// DirectoryPages: the admin area's view of signing in with the council's
// directory, /admin/directories: whether local passwords are for everyone
// or admins only, each directory configured (LDAP; OpenID Connect beside
// it) with its settings and a "Test the connection" button, and the role
// mapping (which group or app role gives which role and scope).
//
//   GET  /admin/directories              the page
//   POST /admin/directories/{id}/test    tests directory `id` ("ldap"): the
//                                        page again with each step's result
//                                        (connect, TLS, service bind,
//                                        search), saying plainly which
//                                        failed; audited as directory-test
//
// The settings are healthcheck.conf's, read at start: shown, not edited
// here (the service account's password is never shown).
//
// Thread-safety: handlers run concurrently; the entries are fixed at
// construction.
#ifndef HC_WEB_ADMIN_DIRECTORY_DIRECTORY_PAGES_H_
#define HC_WEB_ADMIN_DIRECTORY_DIRECTORY_PAGES_H_

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "directory/connection_step.h"
#include "directory/directory_settings.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

// A directory the server signs in with, as this page shows and tests it.
struct DirectoryEntry {
  std::string id;    // the address of its test: /admin/directories/{id}/test
  std::string name;  // "LDAP (Active Directory, OpenLDAP)"
  std::vector<std::pair<std::string, std::string>> settings;  // shown as they are
  std::function<std::vector<directory::ConnectionStep>()> test;
};

class DirectoryPages {
 public:
  DirectoryPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
                 const directory::DirectorySettings& settings);

  void addRoutes(http::Router& router);

 private:
  // The page; with `tested` (an entry's id) and its `steps`, their results.
  http::Response page(http::Request& request, const std::string& tested,
                      const std::vector<directory::ConnectionStep>& steps) const;
  http::Response test(http::Request& request) const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  directory::DirectorySettings settings_;
  std::vector<DirectoryEntry> entries_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_DIRECTORY_DIRECTORY_PAGES_H_

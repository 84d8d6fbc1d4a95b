// ActionPages: the dashboard's action plans (src/actions/). Every route has
// the access tag "dashboard", so directors, managers and members reach
// them; what each may do is checked here, on the server, on every request
// (access::mayManageActions): directors add and update actions of any
// scope, managers those of their own teams and services, members read.
// POSTs carry the signed-in user's CSRF token, which the request filter
// (auth_filter.h) checks before any handler runs.
//
//   GET  /dashboard/actions            every action by scope, overdue ones marked
//   GET  /dashboard/actions/new        the add form (?scope&area&metric preset it)
//   POST /dashboard/actions            add; every problem shown at once
//   GET  /dashboard/actions/{id}       one action, its notes, the update form
//   POST /dashboard/actions/{id}       update status, due date, add a note
//
// Thread-safety: handlers run concurrently, each borrowing a connection;
// nothing else is shared but immutable references.
#ifndef HC_WEB_DASHBOARD_ACTION_PAGES_H_
#define HC_WEB_DASHBOARD_ACTION_PAGES_H_

#include <string>
#include <vector>

#include "access/user.h"
#include "html/html.h"
#include "store/database.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/view/page_layout.h"
#include "web/http/router.h"
#include "web/dashboard/dashboard_actions.h"

namespace hc::web::dashboard {

class ActionPages {
 public:
  ActionPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf)
      : pool_(pool), layout_(layout), csrf_(csrf) {}

  void addRoutes(http::Router& router);

  // The scopes `user` may add actions to: "council" and the services for
  // directors, then teams, in that order.
  static std::vector<std::string> manageableScopes(store::Database& db, const access::User& user);

 private:
  http::Response list(http::Request& request);
  http::Response newForm(http::Request& request);
  http::Response add(http::Request& request);
  http::Response show(http::Request& request);
  http::Response update(http::Request& request);
  // The add form showing `form`'s values and problems.
  http::Response formPage(const http::Request& request, const ActionForm& form, int status) const;
  // A page with the site's header and the crumbs Overview > Health check
  // actions > `title`.
  http::Response page(const http::Request& request, const std::string& title, const html::Html& main,
                      int status = 200, bool errors = false) const;
  http::Response refused(const http::Request& request, const std::string& why) const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
};

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_ACTION_PAGES_H_

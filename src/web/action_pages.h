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
//   POST /dashboard/actions            add; refused with a plain message
//   GET  /dashboard/actions/{id}       one action, its notes, the update form
//   POST /dashboard/actions/{id}       update status, due date, add a note
//
// Thread-safety: handlers run concurrently, each borrowing a connection;
// nothing else is shared but immutable references.
#ifndef HC_WEB_ACTION_PAGES_H_
#define HC_WEB_ACTION_PAGES_H_

#include <string>
#include <vector>

#include "access/user.h"
#include "store/database.h"
#include "web/csrf.h"
#include "web/database_pool.h"
#include "web/page_layout.h"
#include "web/router.h"

namespace hc::web {

class ActionPages {
 public:
  ActionPages(DatabasePool& pool, const PageLayout& layout, const CsrfProtection& csrf)
      : pool_(pool), layout_(layout), csrf_(csrf) {}

  void addRoutes(Router& router);

  // The scopes `user` may add actions to: "council" and the services for
  // directors, then teams, in that order.
  static std::vector<std::string> manageableScopes(store::Database& db, const access::User& user);

 private:
  Response list(Request& request);
  Response newForm(Request& request);
  Response add(Request& request);
  Response show(Request& request);
  Response update(Request& request);
  Response page(const std::string& title, const std::string& main_html, int status = 200, bool errors = false) const;
  Response refused(const std::string& why) const;

  DatabasePool& pool_;
  const PageLayout& layout_;
  const CsrfProtection& csrf_;
};

}  // namespace hc::web

#endif  // HC_WEB_ACTION_PAGES_H_

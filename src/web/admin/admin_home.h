// AdminHome: the admin area's front page, /admin: the quarter's health
// check as a GOV.UK task list (take in the exports, run the staff survey,
// look after the accounts and settings, read the audit), each task linking
// to its page set. The pages themselves live beside this file, one page set
// a class, each adding its routes under /admin/.
//
//   GET /admin   the task list (admin)
//
// Thread-safety: handlers run concurrently; the page reads nothing shared.
#ifndef HC_WEB_ADMIN_ADMIN_HOME_H_
#define HC_WEB_ADMIN_ADMIN_HOME_H_

#include "web/http/csrf.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

class AdminHome {
 public:
  AdminHome(const view::PageLayout& layout, const http::CsrfProtection& csrf) : layout_(layout), csrf_(csrf) {}

  void addRoutes(http::Router& router);

 private:
  http::Response home(http::Request& request) const;

  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_ADMIN_HOME_H_

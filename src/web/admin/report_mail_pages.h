// ReportMailPages: the members' report by email, for admins
// (mailings/members_report_mail.h).
//
//   GET  /admin/report-mail            who is subscribed, the schedule, the past sendings
//   POST /admin/report-mail/add        addresses (one a line, each checked) and/or a role
//   POST /admin/report-mail/remove     one address or role
//   POST /admin/report-mail/schedule   ready, day (with its day) or off
//   GET  /admin/report-mail/send       "send now": who will get it, to confirm
//   POST /admin/report-mail/send       queue it to them
//
// Admin only; every POST carries the CSRF token and is audited with counts
// (the addresses are shown here, to admins, never written to the audit
// log). A sending wakes the background sender.
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ADMIN_REPORT_MAIL_PAGES_H_
#define HC_WEB_ADMIN_REPORT_MAIL_PAGES_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/govuk_form.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

class ReportMailPages {
 public:
  // `mail_configured`: the relay is set up (without it the page says that
  // nothing is sent); `wake` tells the sender a message is waiting.
  ReportMailPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
                  bool mail_configured, std::function<void()> wake);

  void addRoutes(http::Router& router);

 private:
  struct Form {
    std::vector<view::govuk::FieldError> errors;
    std::string addresses;  // the textarea as typed, when it had an error
    std::string day;
  };
  http::Response overview(http::Request& request, const Form& form) const;
  http::Response add(http::Request& request) const;
  http::Response remove(http::Request& request) const;
  http::Response schedule(http::Request& request) const;
  http::Response confirmSend(http::Request& request) const;
  http::Response send(http::Request& request) const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  bool mail_configured_;
  std::function<void()> wake_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_REPORT_MAIL_PAGES_H_

// MailPages: the admin's view of the mail relay and the queue.
//
//   GET  /admin/mail                    the relay's settings (never the password), the
//                                       count of each outcome and the latest 100 messages
//   POST /admin/mail/test               queue a test message to the address given
//   POST /admin/mail/{id}/send-again    queue a failed, refused or interrupted message again
//
// Everything here is admin-only and audited. The messages are sent by the
// server's background sender (mail/mail_sender.h), which a POST wakes.
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ADMIN_MAIL_PAGES_H_
#define HC_WEB_ADMIN_MAIL_PAGES_H_

#include <functional>

#include "mail/mail_settings.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

class MailPages {
 public:
  // `wake` tells the background sender a message is waiting (no-op when
  // mail is not set up).
  MailPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
            mail::MailSettings settings, std::function<void()> wake);

  void addRoutes(http::Router& router);

 private:
  http::Response queue(http::Request& request, const std::string& error, const std::string& to) const;
  http::Response sendTest(http::Request& request) const;
  http::Response sendAgain(http::Request& request) const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  mail::MailSettings settings_;
  std::function<void()> wake_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_MAIL_PAGES_H_

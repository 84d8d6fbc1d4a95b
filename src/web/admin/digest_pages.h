// DigestPages: the admin's view of the weekly action digest
// (mailings/action_digest.h): when it goes, where the director's copy
// goes, whether this week's has gone, who it would reach now (counts), the
// latest weeks sent, and a button to send this week's now.
//
//   GET  /admin/digests        the schedule, this week, the latest digests
//   POST /admin/digests/send   queue this week's digest now (once a week at most)
//
// Admin-only; the POST carries the CSRF token and is audited
// (action-digest, with counts only). The messages are sent by the
// server's background sender, which the POST wakes.
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ADMIN_DIGEST_PAGES_H_
#define HC_WEB_ADMIN_DIGEST_PAGES_H_

#include <functional>
#include <string>

#include "mailings/action_digest.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

struct DigestPagesOptions {
  mailings::DigestOptions digest;
  bool mail_configured = false;  // a relay is set: queued messages are sent
  std::string base_url;          // the links in the digest; empty: they cannot be written
};

class DigestPages {
 public:
  DigestPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
              DigestPagesOptions options, std::function<void()> wake);

  void addRoutes(http::Router& router);

 private:
  http::Response show(http::Request& request, const std::string& error) const;
  http::Response sendNow(http::Request& request) const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  DigestPagesOptions options_;
  std::function<void()> wake_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_DIGEST_PAGES_H_

#include "web/account/directory_refusal_page.h"

#include "web/view/govuk_content.h"

namespace hc::web::account {

http::Response directoryRefusalPage(const view::PageLayout& layout, const directory::Refusal& refusal) {
  namespace govuk = view::govuk;
  html::Html main = govuk::heading("", "You cannot use the health check yet");
  main += govuk::para(refusal.reason);
  main += govuk::para("Ask " + refusal.whom_to_ask + " to give you access.");
  main += govuk::para(govuk::link("/login", "Back to sign in"));
  http::Response r;
  r.status = 403;
  r.body = layout.render(view::Page{"You cannot use the health check yet", main, "", false});
  return r;
}

}  // namespace hc::web::account

#include "web/view/error_pages.h"

#include "web/view/govuk_content.h"

namespace hc::web::view {

http::Response forbidden(const PageLayout& layout) {
  return http::Response::html(
      layout.render(Page{"You do not have access to this page",
                         govuk::heading("", "You do not have access to this page") +
                             govuk::para("Your account cannot see this page. If you need it, ask your administrator."),
                         "", false}),
      403);
}

http::Response serviceUnavailable(const PageLayout& layout) {
  http::Response r = http::Response::html(
      layout.render(Page{"Sorry, the service is unavailable",
                         govuk::heading("", "Sorry, the service is unavailable") +
                             govuk::para("The service cannot reach its database at the moment. Try again in a few "
                                         "minutes."),
                         "", false}),
      503);
  r.headers.emplace_back("Retry-After", "30");
  return r;
}

}  // namespace hc::web::view

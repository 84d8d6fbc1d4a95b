#include "web/admin/admin_page.h"

#include <sstream>

#include "html/element.h"
#include "web/account/auth_filter.h"
#include "web/http/signed_in_user.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::el;

void renderAdminPage(const view::PageLayout& layout, const http::CsrfProtection& csrf, const http::Request& request,
                     http::Response& response, const std::string& title, html::Html main, std::string_view section,
                     std::vector<view::Crumb> crumbs, bool has_errors) {
  view::Page page{title, std::move(main), "", has_errors};
  page.header = view::headerFor(request, response, csrf, section, "");
  // A director reads the audit page without the admin area behind it.
  const std::optional<access::User> user = http::signedInUser(request);
  if (user && user->role != access::Role::kAdmin) page.breadcrumbs.push_back({"Overview", "/dashboard"});
  else page.breadcrumbs.push_back({"Admin", "/admin"});
  for (auto& c : crumbs) page.breadcrumbs.push_back(std::move(c));
  response.body = layout.render(page);
}

html::Html postForm(const http::CsrfProtection& csrf, const http::Request& request, http::Response& response,
                    const std::string& action, const html::Html& fields) {
  access::User user;
  if (auto signed_in = http::signedInUser(request)) user = *signed_in;
  return el("form")
      .attr("method", "post")
      .attr("action", action)
      .attr("novalidate")
      .add(view::csrfField(csrf, request, response, account::AuthFilter::csrfScope(request, user)))
      .add(fields);
}

std::string shownNumber(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

std::string fieldOf(const std::map<std::string, std::string>& values, const std::string& field) {
  auto it = values.find(field);
  return it == values.end() ? "" : it->second;
}

std::string actorOf(const http::Request& request) {
  const std::optional<access::User> user = http::signedInUser(request);
  return user ? user->username : "unknown";
}

}  // namespace hc::web::admin

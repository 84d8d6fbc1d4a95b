#include "web/admin/admin_home.h"

#include "access/access_scope.h"
#include "web/view/govuk_content.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::Html;
namespace govuk = view::govuk;

void AdminHome::addRoutes(http::Router& router) {
  router.get("/admin", [this](http::Request& r) { return home(r); }, access::access_tag::kAdmin);
}

http::Response AdminHome::home(http::Request& request) const {
  Html main = govuk::heading(layout_.councilName(), "Run the health check");
  main += govuk::para(
      "Each quarter: take in the exports from the council's systems, run the staff survey, then check the "
      "figures with the directors before they go to members.");
  main += govuk::headingM("The quarter's health check");
  main += govuk::taskList({
      {"Take in the exports", "/admin/imports",
       "Upload the scheduling, HR and case-management exports or an Annex A workbook; check them, then import.",
       "", ""},
      {"Run the staff survey", "/admin/surveys",
       "Open a survey, issue its links, follow the response rate, close it and publish the results.", "", ""},
  });
  main += govuk::headingM("Looking after the service");
  main += govuk::taskList({
      {"Accounts", "/admin/users", "Add people, change what they can see, unlock an account or reset a password.",
       "", ""},
      {"Settings", "/admin/settings", "The council's name and DfE code, and the limits behind the ratings.", "", ""},
      {"Audit", "/admin/audit", "Who did what and when: sign-ins, imports, surveys and changes to accounts.", "",
       ""},
      {"Members' report by email", "/admin/report-mail",
       "Who receives the members' report each quarter, when it goes, and sending it now.", "", ""},
      {"Email", "/admin/mail", "The council's mail relay, a test message, and what became of each message sent.",
       "", ""},
      {"Weekly action digests", "/admin/digests",
       "When action owners and the director are sent their overdue and due actions; send this week's now.", "", ""},
  });
  http::Response response;
  view::Page page{"Run the health check", main, "", false};
  page.header = view::headerFor(request, response, csrf_, view::section::kAdmin, "");
  page.breadcrumbs = {{"Admin", ""}};
  response.body = layout_.render(page);
  return response;
}

}  // namespace hc::web::admin

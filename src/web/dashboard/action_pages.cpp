#include "web/dashboard/action_pages.h"

#include <algorithm>
#include <map>

#include "access/access_scope.h"
#include "actions/action_check.h"
#include "actions/action_store.h"
#include "actions/scope_label.h"
#include "core/utc_clock.h"
#include "mail/mail_settings.h"
#include "store/record_dates.h"
#include "web/account/auth_filter.h"
#include "html/element.h"
#include "web/dashboard/dashboard_actions.h"
#include "web/dashboard/dashboard_query.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/site_header.h"

namespace hc::web::dashboard {

using html::el;
using html::Element;
using html::Html;
using http::Request;
using http::Response;
using http::Router;
using view::Page;
using account::AuthFilter;
using http::signedInUser;
namespace govuk = view::govuk;
namespace {

constexpr const char* kAccess = "dashboard";

int64_t idOf(const Request& request) {
  const std::string& text = request.param("id");
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoll(text);
}

bool mayManage(store::Database& db, const access::User& user, const std::string& scope) {
  return access::mayManageActions(user, scope, actions::serviceOfTeam(db, scope));
}

using actions::teamNames;  // for the scopes' labels

// A problem of the update form: the store's refusals are about the note
// when they name it, else about the change as a whole (the status first).
actions::ActionProblem updateProblem(std::string message) {
  return {message.find("note") != std::string::npos ? "note" : "status", std::move(message)};
}

// The crumbs above an action page: the overview, every action, the page.
std::vector<view::Crumb> crumbsTo(const std::string& title) {
  std::vector<view::Crumb> crumbs{{"Overview", "/dashboard"}};
  if (title.empty()) crumbs.push_back({"Health check actions", ""});
  else crumbs.insert(crumbs.end(), {{"Health check actions", "/dashboard/actions"}, {title, ""}});
  return crumbs;
}

}  // namespace

std::vector<std::string> ActionPages::manageableScopes(store::Database& db, const access::User& user) {
  std::vector<std::string> services, teams;
  auto st = db.prepare("SELECT team_id, service FROM teams ORDER BY service, team_id");
  while (st->step()) {
    const std::string team = st->getText(0), service = st->getText(1);
    if (access::mayManageActions(user, service, "") &&
        std::find(services.begin(), services.end(), service) == services.end())
      services.push_back(service);
    if (access::mayManageActions(user, team, service)) teams.push_back(team);
  }
  std::vector<std::string> out;
  if (access::mayManageActions(user, "council", "")) out.push_back("council");
  out.insert(out.end(), services.begin(), services.end());
  out.insert(out.end(), teams.begin(), teams.end());
  return out;
}

void ActionPages::addRoutes(Router& router) {
  router.get("/dashboard/actions", [this](Request& r) { return list(r); }, kAccess);
  router.get("/dashboard/actions/new", [this](Request& r) { return newForm(r); }, kAccess);
  router.post("/dashboard/actions", [this](Request& r) { return add(r); }, kAccess);
  router.get("/dashboard/actions/{id}", [this](Request& r) { return show(r); }, kAccess);
  router.post("/dashboard/actions/{id}", [this](Request& r) { return update(r); }, kAccess);
}

Response ActionPages::page(const Request& request, const std::string& title, const Html& main, int status,
                          bool errors) const {
  Response r;
  r.status = status;
  Page p{title, view::app::stylesheetLink() + main, "", errors};
  p.header = view::headerFor(request, r, csrf_, view::section::kOverview, "");
  p.breadcrumbs = crumbsTo(title == "Health check actions" ? "" : title);
  r.body = layout_.render(p);
  return r;
}

Response ActionPages::refused(const Request& request, const std::string& why) const {
  return page(request, "You cannot change this action",
              govuk::heading("", "You cannot change this action") + govuk::para(why) +
                  govuk::para(govuk::link("/dashboard/actions", "See every action")),
              403);
}

Response ActionPages::list(Request& request) {
  const auto user = signedInUser(request);
  auto db = pool_.acquire();
  const auto all = actions::ActionStore(*db).list();
  const auto names = teamNames(*db);
  const bool can_add = user && !manageableScopes(*db, *user).empty();
  const Date today = utcToday();
  Html html = govuk::heading("", "Health check actions");
  html += govuk::para("What directors and managers agreed to do about the health check's findings, by team, service "
                      "and council. An action is overdue when its due date has passed and it is neither done nor "
                      "dropped.");
  if (can_add)
    html += govuk::para(el("a").cls("govuk-button").attr("href", "/dashboard/actions/new").text("Add an action"));
  int overdue = 0;
  for (const auto& s : all) overdue += s.action.overdue(today) ? 1 : 0;
  html += govuk::para(std::to_string(all.size()) + " action(s), " + std::to_string(overdue) + " overdue.");
  // One list per scope, in the store's order (by scope).
  for (size_t i = 0; i < all.size();) {
    const std::string& scope = all[i].action.scope_id;
    html += govuk::headingM(dashboard::scopeLabel(scope, names));
    Element list = el("ul");
    list.cls("govuk-list govuk-list--spaced").text("\n");
    for (; i < all.size() && all[i].action.scope_id == scope; ++i) list.add(dashboard::actionItemHtml(all[i].action, today));
    html += list.html() + "\n";
  }
  return page(request, "Health check actions", html);
}

Response ActionPages::newForm(Request& request) {
  const auto user = signedInUser(request);
  auto db = pool_.acquire();
  dashboard::ActionForm form;
  form.scopes = user ? manageableScopes(*db, *user) : std::vector<std::string>{};
  if (form.scopes.empty())
    return refused(request, "Directors add actions for any team, service or the council, and managers for their own teams "
                   "and services. Your account reads actions only.");
  const auto preset = [&](const char* name) { return request.query.count(name) ? request.query.at(name) : ""; };
  form.action.scope_id = preset("scope");
  if (!form.action.scope_id.empty() &&
      std::find(form.scopes.begin(), form.scopes.end(), form.action.scope_id) == form.scopes.end())
    return refused(request, "You can add actions only for the teams and services you manage; " + form.action.scope_id +
                   " is not one of them.");
  form.action.area = preset("area");
  form.action.metric = preset("metric");
  // The latest period with figures, as the overview opens on: the one an
  // action is normally agreed about.
  form.action.agreed_period = dashboard::defaultPeriod(store::lastRecordDate(*db)).label;
  form.scope_names = teamNames(*db);
  return formPage(request, form, 200);
}

Response ActionPages::add(Request& request) {
  const auto user = signedInUser(request);
  auto db = pool_.acquire();
  dashboard::ActionForm form;
  Action& a = form.action;
  a.scope_id = request.field("scope");
  a.area = request.field("area");
  a.metric = request.field("metric");
  a.title = request.field("title");
  a.description = request.field("description");
  a.owner = request.field("owner");
  a.owner_email = actions::normalOwnerEmail(request.field("owner_email"));
  a.agreed_period = request.field("agreed_period");
  a.needs_decision = request.field("needs_decision") == "yes";
  form.due_text = request.field("due");
  // The role and scope check comes first: a refused scope learns nothing
  // about which of its fields were wrong.
  if (!user || !mayManage(*db, *user, a.scope_id))
    return refused(request, "You can add actions only for the teams and services you manage" +
                   (a.scope_id.empty() ? std::string(".") : "; " + a.scope_id + " is not one of them."));
  form.scopes = manageableScopes(*db, *user);
  form.scope_names = teamNames(*db);
  const auto due = Date::parse(form.due_text);
  if (due) a.due = *due;
  // Every problem at once, in the form's order; a date that does not read
  // as one says how to write it (the checks say only that none was given).
  form.problems = actions::actionProblems(*db, a);
  if (!due) {
    auto at = std::find_if(form.problems.begin(), form.problems.end(), [](const auto& p) { return p.field == "due"; });
    if (at != form.problems.end() && !form.due_text.empty())
      at->message = "Enter the due date as year-month-day, for example 2027-03-31";
  }
  if (form.problems.empty()) {
    const auto added = actions::ActionStore(*db).add(a, user->username);
    if (added.ok()) return Response::redirect("/dashboard/actions/" + std::to_string(added.id));
    form.problems.push_back({"title", added.error});
  }
  return formPage(request, form, 400);
}

Response ActionPages::formPage(const Request& request, const dashboard::ActionForm& form, int status) const {
  const auto user = signedInUser(request);
  Response response;
  const Html field = view::csrfField(csrf_, request, response, AuthFilter::csrfScope(request, *user));
  Response out = page(request, "Add an action", dashboard::addFormHtml(form, field), status, !form.problems.empty());
  for (const auto& h : response.headers) out.headers.push_back(h);
  return out;
}

Response ActionPages::show(Request& request) {
  const auto user = signedInUser(request);
  auto db = pool_.acquire();
  const auto found = actions::ActionStore(*db).find(idOf(request));
  if (!found)
    return page(request, "Action not found",
                govuk::heading("", "Action not found") + govuk::para(govuk::link("/dashboard/actions", "See every action")),
                404);
  Response response;
  Html field;
  if (user && mayManage(*db, *user, found->action.scope_id))
    field = view::csrfField(csrf_, request, response, AuthFilter::csrfScope(request, *user));
  Response out = page(request, found->action.title,
                      dashboard::actionPageHtml(found->action, dashboard::scopeLabel(found->action.scope_id, teamNames(*db)),
                                                found->changed_by, found->changed_at, utcToday(), field, {}));
  for (const auto& h : response.headers) out.headers.push_back(h);
  return out;
}

Response ActionPages::update(Request& request) {
  const auto user = signedInUser(request);
  auto db = pool_.acquire();
  actions::ActionStore store(*db);
  const auto found = store.find(idOf(request));
  if (!found)
    return page(request, "Action not found",
                govuk::heading("", "Action not found") + govuk::para(govuk::link("/dashboard/actions", "See every action")),
                404);
  if (!user || !mayManage(*db, *user, found->action.scope_id))
    return refused(request, "You can change actions only for the teams and services you manage; " + found->action.scope_id +
                   " is not one of them.");
  actions::ActionChange change;
  std::vector<actions::ActionProblem> problems;
  if (const std::string& s = request.field("status"); !s.empty()) {
    if (auto status = parseActionStatus(s); status && *status != found->action.status) change.status = status;
    else if (!status) problems.push_back({"status", "Choose a status"});
  }
  if (const std::string& d = request.field("due"); !d.empty()) {
    if (auto due = Date::parse(d); due && *due != found->action.due) change.due = due;
    else if (!due) problems.push_back({"due", "Enter the due date as year-month-day, for example 2027-03-31"});
  }
  // The field is on every update form: empty there removes the address.
  std::optional<std::string> owner_email_text;
  if (request.form.count("owner_email")) {
    owner_email_text = request.field("owner_email");
    const std::string email = actions::normalOwnerEmail(*owner_email_text);
    if (!email.empty() && !mail::plausibleAddress(email))
      problems.push_back({"owner_email", "Enter the owner's email address in the correct format, like "
                                         "name@example.gov.uk, or leave it empty"});
    else if (email != found->action.owner_email) change.owner_email = email;
  }
  change.note = request.field("note");
  if (problems.empty()) {
    const auto outcome = store.update(found->action.id, change, user->username, utcToday());
    if (outcome.ok()) return Response::redirect("/dashboard/actions/" + std::to_string(found->action.id));
    problems.push_back(updateProblem(outcome.error));
  }
  Response response;
  const Html field = view::csrfField(csrf_, request, response, AuthFilter::csrfScope(request, *user));
  Response out = page(request, found->action.title,
                      dashboard::actionPageHtml(found->action, dashboard::scopeLabel(found->action.scope_id, teamNames(*db)),
                                                found->changed_by, found->changed_at, utcToday(), field, problems,
                                                owner_email_text),
                      400, true);
  for (const auto& h : response.headers) out.headers.push_back(h);
  return out;
}

}  // namespace hc::web::dashboard

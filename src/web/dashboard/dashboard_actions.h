// The dashboard's pieces about agreed actions (core/action.h), as pure
// functions: the list under each area of the team page, the overview's
// per-team action facts (overdue actions, red areas with no open action),
// and the forms that add and update an action (action_pages.h serves them).
// An overdue action (due date passed, not done or dropped) is marked with
// an "Overdue" tag wherever it is listed.
//
// Thread-safety: pure functions of their arguments.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_ACTIONS_H_
#define HC_WEB_DASHBOARD_DASHBOARD_ACTIONS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "actions/action_check.h"
#include "core/action.h"
#include "html/html.h"
#include "metrics/health_check.h"

namespace hc::web::dashboard {

// One action as a list item: title (a link to its page), status, owner,
// due date, "Overdue" tag, latest note.
html::Html actionItemHtml(const Action& a, Date today);

// The actions of one area of one scope (all of `actions` are listed), with
// an "Add an action" link when `add_href` is not empty; "No action agreed
// for this area." when there are none.
html::Html areaActionsHtml(const std::vector<Action>& actions, Date today, const std::string& add_href);

// What the overview says of a team's actions.
struct TeamActionFacts {
  std::string team_id;
  std::string team_name;
  int open = 0;
  int overdue = 0;
  std::vector<std::string> red_without_action;  // area ids rated red with no open action
};

// One entry per team among `scopes` (in their order; the overview passes
// the scopes its filters show, shownScopes()) that has an open action, an
// overdue one or a red area; other levels are skipped; `actions` may hold
// any scopes.
std::vector<TeamActionFacts> teamActionFacts(const std::vector<const metrics::ScopeResult*>& scopes,
                                             const std::vector<Action>& actions, Date today);

// The overview's "Actions" section: a table of the facts (team, open,
// overdue, red areas with "no action agreed"), each team linking to its
// page; `qs` keeps the filters. A sentence instead when there are none.
html::Html overviewActionsHtml(const std::vector<TeamActionFacts>& facts, const std::string& qs);

// The add form's values and what was wrong with them.
struct ActionForm {
  Action action;
  std::string due_text;                          // as typed, so a bad date is shown back
  std::vector<actions::ActionProblem> problems;  // every one, each linked from the error summary
  std::vector<std::string> scopes;               // the scopes this user may choose
  std::map<std::string, std::string> scope_names;  // scope id -> what people call it (scopeNames)
};

// What people call a scope: "The whole council", "Children's services", a
// team's name from `names` (its id when it has none).
std::string scopeLabel(const std::string& scope, const std::map<std::string, std::string>& names);

// The add form (POST /dashboard/actions) with `csrf_field` in it: the
// metrics grouped by area, the due date as year-month-day.
html::Html addFormHtml(const ActionForm& form, const html::Html& csrf_field);

// Who changed an action, as people read it: the account's name, or "the
// command line" for the CLI's "cli:<login>" ("alice on the command line"
// when the login is known); with `at` ("2026-12-07T10:00:00Z") its date:
// "alice, 7 December 2026".
std::string changedByText(const std::string& actor, const std::string& at);

// An action's page: its fields, dated notes, who changed it last and when,
// and (when `csrf_field` is not empty: the viewer may manage it) the
// update form (POST /dashboard/actions/ID) showing `problems` (fields
// "status", "due", "owner_email", "note") and, when given, the owner's
// email address as typed (a refused one is shown back).
html::Html actionPageHtml(const Action& a, const std::string& scope_name, const std::string& changed_by,
                          const std::string& changed_at, Date today, const html::Html& csrf_field,
                          const std::vector<actions::ActionProblem>& problems,
                          const std::optional<std::string>& owner_email_text = std::nullopt);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_ACTIONS_H_

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

#include <string>
#include <vector>

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
  std::string due_text;          // as typed, so a bad date is shown back
  std::string error;             // from the checks; "" for none
  std::string error_field;       // "scope", "area", "metric", "title", "owner", "due", "period"
  std::vector<std::string> scopes;  // the scopes this user may choose
};

// The add form (POST /dashboard/actions) with `csrf_field` in it.
html::Html addFormHtml(const ActionForm& form, const html::Html& csrf_field);

// An action's page: its fields, dated notes, who changed it last and when,
// and (when `csrf_field` is not empty: the viewer may manage it) the
// update form (POST /dashboard/actions/ID) showing `error`.
html::Html actionPageHtml(const Action& a, const std::string& changed_by, const std::string& changed_at, Date today,
                          const html::Html& csrf_field, const std::string& error);

// The field an error message of the checks is about ("unknown area ..." is
// about "area"); "title" when none is named.
std::string fieldOfError(const std::string& message);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_ACTIONS_H_

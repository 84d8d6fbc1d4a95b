// The checks an action passes before it is stored: a known scope (the
// council, a service that has teams, or a stored team), one of the five
// areas, a metric of that area (or none), a title and an owner, and a
// period label the program understands. Each refusal is one plain sentence
// naming the field and the value; actionProblems() gives them all.
//
// Example:
//   std::string why = checkAction(db, action);
//   // "unknown scope 'T9999': give a team id, a service (children, adults, other) or 'council'"
//
// Thread-safety: reads the caller's Database; no state of its own.
#ifndef HC_ACTIONS_ACTION_CHECK_H_
#define HC_ACTIONS_ACTION_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/action.h"
#include "store/database.h"

namespace hc::actions {

// Empty when the action may be stored; otherwise why not (the first of
// actionProblems()).
std::string checkAction(store::Database& db, const Action& action);

// One reason an action may not be stored, and the field it is about:
// "scope", "area", "metric", "title", "owner", "owner_email",
// "description", "due" or "agreed_period" (the add form's field names).
struct ActionProblem {
  std::string field;
  std::string message;
};

// Every reason the action may not be stored, at most one a field, in the
// add form's order: a form shows them all at once. Empty when it may.
std::vector<ActionProblem> actionProblems(store::Database& db, const Action& action);

// The service of a team ("children"), or empty when `scope_id` is not a
// stored team. For scope checks of managers (a team of a service they manage).
std::string serviceOfTeam(store::Database& db, const std::string& scope_id);

// An owner's email address as stored: trimmed and in lower case ("" stays
// "": no email). Checked by actionProblems (one plausible address).
std::string normalOwnerEmail(std::string_view typed);

// The longest title and owner accepted, in characters of UTF-8 bytes.
inline constexpr size_t kMaxTitle = 200;
inline constexpr size_t kMaxOwner = 200;
inline constexpr size_t kMaxText = 4000;  // description, a note

}  // namespace hc::actions

#endif  // HC_ACTIONS_ACTION_CHECK_H_

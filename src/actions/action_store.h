// ActionStore: the action plans kept in the database (tables actions and
// action_notes, sql/*/0005_actions.sql): add, update, find and list. Every
// change is checked first (action_check.h), stored in one transaction with
// its audit row ("action-add", "action-update"), and stamped with who made
// it and when. An owner's email address is stored trimmed and in lower
// case, and never written to the audit log (only that it was set, changed
// or removed).
//
// Refusals (an unknown scope, a metric of another area, an unknown id) are
// values: the outcome's `error` is a sentence fit to show a user as it is.
// A failing database still throws store::DatabaseError.
//
// Example:
//   hc::actions::ActionStore store(db);
//   hc::Action a;  // scope_id "T0001", area "workload", title, owner, due, agreed_period
//   auto added = store.add(a, "cli:alice");          // added.id, or added.error
//   hc::actions::ActionChange change;
//   change.status = hc::ActionStatus::kInProgress;
//   change.note = "Two posts advertised";
//   store.update(added.id, change, "alice", today);
//   auto open = store.list({.scope = "T0001"});
//
// Thread-safety: one ActionStore per Database, one thread at a time.
#ifndef HC_ACTIONS_ACTION_STORE_H_
#define HC_ACTIONS_ACTION_STORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/action.h"
#include "core/date.h"
#include "store/database.h"

namespace hc::actions {

// What to list; empty fields match everything.
struct ActionFilter {
  std::string scope;                   // a scope id: "T0001", "children", "council"
  std::optional<ActionStatus> status;
  std::string agreed_period;           // "2026-Q3"
  bool open_only = false;              // planned or in progress
  std::string owner_email;             // only this owner's (as stored: lower case)
};

// An update: only the fields that are set change. A note is added, dated
// `today`, under the actor's name.
struct ActionChange {
  std::optional<ActionStatus> status;
  std::optional<Date> due;
  std::optional<std::string> title, description, owner;
  std::optional<std::string> owner_email;  // "" removes it
  std::optional<bool> needs_decision;
  std::string note;

  bool empty() const {
    return !status && !due && !title && !description && !owner && !owner_email && !needs_decision && note.empty();
  }
};

struct ActionOutcome {
  int64_t id = 0;      // the action's id when done
  std::string error;   // why not; empty when done
  bool ok() const { return error.empty(); }
};

// An action with who changed it last, and when (UTC, "YYYY-MM-DDTHH:MM:SSZ").
struct StoredAction {
  Action action;
  std::string changed_by;
  std::string changed_at;
};

class ActionStore {
 public:
  explicit ActionStore(store::Database& db) : db_(db) {}

  // Checks `action` (its id is ignored) and stores it; the status is as
  // given (normally planned). Audited as action-add.
  ActionOutcome add(const Action& action, const std::string& actor);

  // Applies `change` to action `id`. Refused when the id is unknown, the
  // change is empty or a changed field fails the checks. Audited as
  // action-update with what changed ("status planned -> done; note added").
  ActionOutcome update(int64_t id, const ActionChange& change, const std::string& actor, Date today);

  std::optional<StoredAction> find(int64_t id);

  // Ordered by scope, area, due date and id; notes oldest first.
  std::vector<StoredAction> list(const ActionFilter& filter = {});

 private:
  std::vector<StoredAction> select(const ActionFilter& filter, int64_t id);

  store::Database& db_;
};

}  // namespace hc::actions

#endif  // HC_ACTIONS_ACTION_STORE_H_

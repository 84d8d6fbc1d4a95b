// An action agreed after a health check: what a director or manager will do
// about a finding, who owns it and by when. A plain record shared by the
// store (which keeps actions), the metrics output (which lists them under
// each scope's area), the dashboard and the reports.
//
// Example:
//   hc::Action a;
//   a.scope_id = "T0001"; a.area = "workload"; a.title = "Recruit two social workers";
//   a.status = hc::ActionStatus::kPlanned; a.due = *hc::Date::parse("2027-03-31");
//   bool late = a.overdue(*hc::Date::parse("2027-04-01"));  // true
//
// Thread-safety: a value type; no shared state.
#ifndef HC_CORE_ACTION_H_
#define HC_CORE_ACTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace hc {

enum class ActionStatus { kPlanned, kInProgress, kDone, kDropped };

// "planned", "in_progress", "done", "dropped"; parse takes the same words
// (and "in progress" with a space, as people type it).
std::string_view name(ActionStatus s);
std::optional<ActionStatus> parseActionStatus(std::string_view s);
// What people read: "Planned", "In progress", "Done", "Dropped".
std::string_view label(ActionStatus s);

// A dated progress note on an action.
struct ActionNote {
  Date date;
  std::string author;  // the account or CLI user who wrote it
  std::string text;
};

struct Action {
  int64_t id = 0;
  std::string scope_id;       // a team_id, a service id ("children") or "council"
  std::string area;           // "workload", "allocation", "tools", "wellbeing", "delivery"
  std::string metric;         // a metric id, or empty for the area as a whole
  std::string title;          // short: "Recruit two social workers"
  std::string description;    // what will be done
  std::string owner;          // a name or a role, free text
  // Where the owner's weekly digest goes (mailings/action_digest.h), in
  // lower case; empty: the owner gets no email. Seen by whoever sees the action.
  std::string owner_email;
  Date due;
  ActionStatus status = ActionStatus::kPlanned;
  std::string agreed_period;  // the period label it was agreed in: "2026-Q3"
  bool needs_decision = false;  // needs a decision by elected members (funding, posts)
  std::vector<ActionNote> notes;  // oldest first

  // Open: planned or in progress.
  bool open() const { return status == ActionStatus::kPlanned || status == ActionStatus::kInProgress; }
  // Overdue: open and its due date has passed on `today`.
  bool overdue(const Date& today) const { return open() && due < today; }
};

}  // namespace hc

#endif  // HC_CORE_ACTION_H_

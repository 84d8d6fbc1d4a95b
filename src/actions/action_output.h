// The action list for people (a text table) and programs (JSON, CSV), as
// `healthcheck action list` writes it. Overdue actions are marked in every
// form: "OVERDUE" in the text, "overdue": true in JSON, a yes in CSV.
//
// Example:
//   writeActionsText(std::cout, store.list(), utcToday());
//
// Thread-safety: pure functions of their arguments.
#ifndef HC_ACTIONS_ACTION_OUTPUT_H_
#define HC_ACTIONS_ACTION_OUTPUT_H_

#include <ostream>
#include <vector>

#include "actions/action_store.h"

namespace hc::actions {

// One block per action:
//   #3  T0001 workload (caseload_avg)  planned  due 2027-03-31  OVERDUE
//       Recruit two social workers; owner: Head of service; agreed 2026-Q3
//       2026-11-02 bob: Two posts advertised
// "No actions match." when the list is empty.
void writeActionsText(std::ostream& out, const std::vector<StoredAction>& actions, Date today);

// [{"id", "scope", "area", "metric" (null for the area as a whole),
//   "title", "description", "owner", "owner_email" (null for none), "due", "status", "overdue",
//   "agreed_period", "needs_decision", "changed_by", "changed_at",
//   "notes": [{"date", "author", "text"}]}]
void writeActionsJson(std::ostream& out, const std::vector<StoredAction>& actions, Date today);

// Header id,scope,area,metric,title,description,owner,due,status,overdue,
// agreed_period,needs_decision,changed_by,changed_at,latest_note; text
// cells quoted and defused as in metrics CSV.
void writeActionsCsv(std::ostream& out, const std::vector<StoredAction>& actions, Date today);

}  // namespace hc::actions

#endif  // HC_ACTIONS_ACTION_OUTPUT_H_

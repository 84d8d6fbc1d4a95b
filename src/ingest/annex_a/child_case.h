// From a child's rows across lists 3, 4, 6, 7 and 8 of an Annex A extract
// to the child's case, as shared/spec/annex-a.md sets out: which row is
// current on the extract date, and from it the case's team, referral,
// assessment and closure dates and its allocated worker.
//
// Pure: no workbook, no database; the import reads the rows and stores
// the result.
//
// Thread-safety: pure functions.
#ifndef HC_INGEST_ANNEX_A_CHILD_CASE_H_
#define HC_INGEST_ANNEX_A_CHILD_CASE_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace hc::ingest::annex_a {

// One row of a list: an episode from its start to its end.
struct Episode {
  int list = 0;  // 3, 4, 6, 7 or 8
  Date start;    // referral, assessment start, CIN / plan / looked-after start
  std::optional<Date> end;  // list 3: the referral date when NFA; else closure, authorisation ...
  std::string team;         // Allocated Team, spaces folded; empty: missing
  std::string worker;       // Allocated Worker, spaces folded; empty: missing
  std::string team_cell;    // "List 6!M2", for messages
  std::string worker_cell;  // "List 6!N2"
  int64_t row = 0;          // sheet row, stored as the case's source line
};

struct ChildCase {
  // The row the case's team comes from: the current row, or for a child
  // with no open row the one that ended last. -1 for a child without rows.
  int basis = -1;
  bool open = false;  // basis is a row open on the extract date
  Date referral_date;
  std::optional<Date> assessment_completed_date;
  std::optional<Date> closed_date;
  // The worker the case is allocated to, from allocated_from; empty when
  // the case is unallocated (no worker named, "Unallocated", or closed).
  std::string worker;
  Date allocated_from;
};

// The child's case on `extracted` from its rows (in any order).
ChildCase summariseChild(const std::vector<Episode>& rows, Date extracted);

// True for Allocated Worker texts that say nobody is: "Unallocated",
// "Not allocated", "No worker" (any case).
bool saysUnallocated(const std::string& worker);

}  // namespace hc::ingest::annex_a

#endif  // HC_INGEST_ANNEX_A_CHILD_CASE_H_

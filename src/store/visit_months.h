// addVisitMonths: adds changes to the stored per-worker monthly visit
// summaries (table visit_months, sql/queries/visit_months.sql), which the
// dataset loader reads instead of the visits. The importer calls it once
// per visits file, inside the file's transaction, with the sums of the
// visits it stored less those of the visits it replaced
// (ingest/visit_summaries.h), so the summaries always equal a fresh tally
// of the stored visits.
//
// Example:
//   // S1's completed visits of August 2025: two more, 90 planned minutes.
//   addVisitMonths(db, {VisitMonth{"S1", *Date::parse("2025-08-01"), VisitStatus::kCompleted, 2, 90, 80, 15}});
//
// Thread-safety: uses `db` for the duration of the call.
#ifndef HC_STORE_VISIT_MONTHS_H_
#define HC_STORE_VISIT_MONTHS_H_

#include <vector>

#include "core/records.h"
#include "store/database.h"

namespace hc::store {

// Adds each change's counts to its summary (month, staff_id, status),
// creating it when new; a summary left with no visits is removed. Negative
// counts take away. Throws DatabaseError.
void addVisitMonths(Database& db, const std::vector<VisitMonth>& changes);

}  // namespace hc::store

#endif  // HC_STORE_VISIT_MONTHS_H_

// loadDataset: reads the stored records that can affect any metric of a
// period lying within [from, to] into the plain structs of core/records.h.
//
// What "can affect" means per kind is in sql/queries/load_dataset.sql:
// reference data whole, events by their date (risk assessments from a year
// before `from`, for the 365-day look-back), cases open or assessed in the
// window with every allocation they ever had (waiting times look back past
// `from`). Visits are not read one by one: the import keeps them summed
// per worker, month and status (store/visit_months.h), and those summaries
// are all the metrics need (Dataset::visit_months); a window's visits are
// those of the whole months it touches, as every period is whole months. Dataset::holidays holds only the stored (imported)
// holidays; the shipped bank holidays are merged in by the caller. Survey
// responses are not stored here and stay empty. Records come in no
// particular order.
//
// Thread-safety: uses `db` for the duration of the call, and a second
// connection (db.openAnother()) on a thread of its own: the two share the
// work.
#ifndef HC_STORE_DATASET_LOADER_H_
#define HC_STORE_DATASET_LOADER_H_

#include "core/date.h"
#include "core/records.h"
#include "store/database.h"

namespace hc::store {

// Throws DatabaseError on a failed read, and DatabaseError(kOther) naming the
// table and value when a stored value is not valid (a hand-edited database).
Dataset loadDataset(Database& db, Date from, Date to);

// Every team, as loadDataset reads them (Dataset::teams). Throws as it does.
std::vector<Team> loadTeams(Database& db);

}  // namespace hc::store

#endif  // HC_STORE_DATASET_LOADER_H_

// The latest date the stored records cover (metrics.md "Periods with no
// data"), read with one query rather than by loading the records, and kept
// for the data version it was read at (table record_dates), since the
// query reads every dated column: seconds at national scale.
//
// Thread-safety: uses the caller's Database.
#ifndef HC_STORE_RECORD_DATES_H_
#define HC_STORE_RECORD_DATES_H_

#include <optional>

#include "core/date.h"
#include "store/database.h"

namespace hc::store {

// The latest date in any stored record, counted as
// metrics::lastRecordDate counts a Dataset's; nullopt for an empty
// database. Throws DatabaseError.
// Example: after importing the demo council, 2026-09-30.
std::optional<Date> lastRecordDate(Database& db);

}  // namespace hc::store

#endif  // HC_STORE_RECORD_DATES_H_

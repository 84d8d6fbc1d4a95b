// How far the stored records reach (metrics.md "Periods with no data",
// data-contract.md "Extract dates"): up to the latest extract date any
// import gave, else up to the latest date in any record. Read with one
// query rather than by loading the records, and kept for the data version
// it was read at (table record_dates), since the fallback reads every
// dated column: seconds at national scale.
//
// Thread-safety: uses the caller's Database.
#ifndef HC_STORE_RECORD_DATES_H_
#define HC_STORE_RECORD_DATES_H_

#include <optional>
#include <string>

#include "core/date.h"
#include "store/database.h"

namespace hc::store {

// The last day the records cover: the latest extract date of any import;
// where no import gave one, the latest date in any stored record, counted
// as metrics::lastRecordDate counts a Dataset's; nullopt for an empty
// database. Throws DatabaseError.
// Example: after `healthcheck import --extracted 2025-09-30 DIR`, 2025-09-30
// (even when no record is dated after 2025-03-31); after importing the
// demo council without one, 2026-09-30.
std::optional<Date> lastRecordDate(Database& db);

// The latest extract date an import gave, and the file of that import.
struct ExtractDateGiven {
  Date date;
  std::string file;  // as the import log names it: "exports/staff.csv"
};
// nullopt when no import gave one. Throws DatabaseError.
std::optional<ExtractDateGiven> latestExtractDate(Database& db);

}  // namespace hc::store

#endif  // HC_STORE_RECORD_DATES_H_

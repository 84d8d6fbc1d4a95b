// The stored figures of periods: bytes the load layer writes after
// computing a period from the records and reads back instead of computing
// it again (load/stored_figures.h says what the bytes are). Each row is
// keyed by its period and the options the figures rest on, and holds the
// data version it was computed at; a read asks for the current version,
// so figures of records since replaced are never read.
//
// Example:
//   const std::string version = dataVersion(db);
//   if (auto bytes = readStoredFigures(db, "2025-Q3", "caseload_limit=20", version)) ...
//   writeStoredFigures(db, "2025-Q3", "caseload_limit=20", version, bytes);
//
// Thread-safety: uses the caller's Database.
#ifndef HC_STORE_STORED_FIGURES_H_
#define HC_STORE_STORED_FIGURES_H_

#include <optional>
#include <string>
#include <string_view>

#include "store/database.h"

namespace hc::store {

// What the records are at: "imports 42, responses 1890". It changes with
// every import (each logs one, in the transaction that stores its rows)
// and every survey response submitted online (countSubmission). Throws
// DatabaseError.
std::string dataVersion(Database& db);

// Counts a survey response submitted online into the data version: call
// it in the transaction that stores the response. Throws DatabaseError.
void countSubmission(Database& db);

// The bytes stored for `period` and `options` at `data_version`; nullopt
// when there are none, or only of another version. Throws DatabaseError.
std::optional<std::string> readStoredFigures(Database& db, std::string_view period, std::string_view options,
                                             std::string_view data_version);

// The latest period with figures stored at `data_version` ("2026-Q3"),
// nullopt when none are: after an import, whether the dashboard's figures
// are ready or are computed when first asked for. Throws DatabaseError.
std::optional<std::string> latestStoredPeriod(Database& db, std::string_view data_version);

// Stores (or replaces) the bytes of `period` and `options`. Throws
// DatabaseError.
void writeStoredFigures(Database& db, std::string_view period, std::string_view options,
                        std::string_view data_version, std::string_view figures);

}  // namespace hc::store

#endif  // HC_STORE_STORED_FIGURES_H_

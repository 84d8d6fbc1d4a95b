// The `imports` table: one row per imported file, written inside the file's
// own transaction so that it is there exactly when the file's rows are.
// Its import_id is the one every stored row of the file carries.
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_INGEST_IMPORT_LOG_H_
#define HC_INGEST_IMPORT_LOG_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "store/database.h"

namespace hc::ingest {

struct ImportCounts {
  int64_t rows_read = 0, inserted = 0, replaced = 0, rejected = 0;
};

// Adds the row (outcome "running") and returns its import_id. Call inside
// the file's transaction. `extracted`: the day the file's export was taken
// (data-contract.md "Extract dates"), when the import names one.
// `actor`: who imports ("cli:alice", a username), "" when unknown.
int64_t beginImport(store::Database& db, const std::string& path, const std::string& kind,
                    std::optional<Date> extracted = std::nullopt, const std::string& actor = "");

// One row of the log, for the import history.
struct ImportLogEntry {
  int64_t import_id = 0;
  std::string file_name, kind, started_at, finished_at, outcome;
  ImportCounts counts;
  std::string extracted;    // "YYYY-MM-DD", "" when none was given
  std::string imported_by;  // "cli:alice", a username; "" when not known
};

// The latest `limit` imports, newest first.
std::vector<ImportLogEntry> recentImports(store::Database& db, size_t limit);

// Records the counts and outcome ("stored", "stored_with_rejects").
void finishImport(store::Database& db, int64_t import_id, const ImportCounts& counts, const std::string& outcome);

}  // namespace hc::ingest

#endif  // HC_INGEST_IMPORT_LOG_H_

// `healthcheck benchmarks import FILE`: the DfE's open data file of
// children's social work workforce indicators, as published
// (csww_indicators_2017_to_2025.csv: one row per census year and national,
// regional or local-authority level), into the national_indicators table.
//
// Imported through the same skeleton as the contract's files
// (ingest/import_run.h), so with the same rules: each invalid row is
// reported as `FILE:LINE: column: reason` and one invalid row rejects the
// file (nothing stored) unless options.skip_invalid; rejected rows go to
// the rejects file; unknown columns are warnings; a byte-order mark, CRLF
// and blank lines are read as anywhere. Not-published markers (x, c, z, u,
// low, '.', empty) are stored as NULL. The file is stored in one
// transaction with its row in `imports`.
//
// A newer edition replaces an older one: for every year the file holds,
// the rows stored for that year are removed first, so a revised figure or
// an authority no longer listed does not linger. Years the file does not
// hold are kept (an edition that starts later does not erase history).
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_NATIONAL_INDICATORS_IMPORT_H_
#define HC_NATIONAL_INDICATORS_IMPORT_H_

#include <string>

#include "ingest/importer.h"
#include "store/database.h"

namespace hc::national {

// Brings the schema up to date, then imports. `inserted` counts rows for a
// key (year, level, code) not stored before, `replaced` rows that replace a
// stored one. Throws DatabaseError only when the schema cannot be brought
// up to date; a database error while importing rejects the file.
// Example: importIndicators(db, "csww_indicators_2017_to_2025.csv").stored()
ingest::FileReport importIndicators(store::Database& db, const std::string& path,
                                    const ingest::ImportOptions& options = {});

}  // namespace hc::national

#endif  // HC_NATIONAL_INDICATORS_IMPORT_H_

// `healthcheck benchmarks neighbours import FILE`: the DfE's statistical
// neighbour groups (statistical_neighbours_2021.csv) into the
// statistical_neighbours table.
//
// The DfE's layout is read by position as well as by name, because its
// header repeats a column name: "LA num, LA Name, LA number, GOInd, GOReg,
// SN1, SNP, SN2, SNP, ..., SN10, SNP," where each SNP (closeness, e.g.
// "Very Close") belongs to the SNk before it. A byte-order mark, blank
// lines, CRLF and the trailing empty column are tolerated; a section
// heading row (the file's "Old SNs:", which lists authorities since
// reorganised) is a warning and the rows under it are kept, as they name
// only their own codes.
//
// Imported through the same skeleton as the contract's files
// (ingest/import_run.h), so with the same rules: every invalid row is
// reported `FILE:LINE: column: reason` and rejects the file (nothing
// stored) unless options.skip_invalid; rejected rows go to the rejects
// file. The file is the DfE's complete set, so importing it replaces every
// stored group (one transaction, with its row in `imports`).
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_NATIONAL_NEIGHBOURS_IMPORT_H_
#define HC_NATIONAL_NEIGHBOURS_IMPORT_H_

#include <string>

#include "ingest/importer.h"
#include "store/database.h"

namespace hc::national {

// Brings the schema up to date, then imports. rows_read counts the data
// rows (a section heading too), inserted the authorities' groups stored,
// replaced the stored groups this file replaced.
// Example: importNeighbours(db, "statistical_neighbours_2021.csv").stored()
ingest::FileReport importNeighbours(store::Database& db, const std::string& path,
                                    const ingest::ImportOptions& options = {});

}  // namespace hc::national

#endif  // HC_NATIONAL_NEIGHBOURS_IMPORT_H_

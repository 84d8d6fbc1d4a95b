// `healthcheck benchmarks neighbours import FILE`: the DfE's statistical
// neighbour groups (statistical_neighbours_2021.csv) into the
// statistical_neighbours table.
//
// The DfE's layout is read by position as well as by name, because its
// header repeats a column name: "LA num, LA Name, LA number, GOInd, GOReg,
// SN1, SNP, SN2, SNP, ..., SN10, SNP," where each SNP (closeness, e.g.
// "Very Close") belongs to the SNk before it. A byte-order mark, blank
// lines and the trailing empty column are tolerated; a section heading row
// (the file's "Old SNs:", which lists authorities since reorganised) is a
// warning and the rows under it are kept, as they name only their own
// codes. Every invalid row is reported `FILE:LINE: column: reason` and
// rejects the file.
//
// The file is the DfE's complete set, so importing it replaces every
// stored group (one transaction, with its row in `imports`).
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_NATIONAL_NEIGHBOURS_IMPORT_H_
#define HC_NATIONAL_NEIGHBOURS_IMPORT_H_

#include <cstddef>
#include <string>

#include "ingest/importer.h"
#include "store/database.h"

namespace hc::national {

// Brings the schema up to date, then imports. rows_read/inserted count
// authorities; replaced counts the stored groups this file replaced.
ingest::FileReport importNeighbours(store::Database& db, const std::string& path, size_t max_messages = 50);

}  // namespace hc::national

#endif  // HC_NATIONAL_NEIGHBOURS_IMPORT_H_

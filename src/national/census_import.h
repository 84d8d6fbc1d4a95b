// `healthcheck census import FILE.xml`: reads a census return
// (census_reader.h), maps it onto the health check's records
// (census_dataset.h), computes the census-year figures with the metrics
// engine, compares them with the return's own and the DfE's published
// figures (census_check.h), and stores the return's figures and ours in
// census_returns, replacing an earlier import of the same year and
// authority. An invalid return stores nothing.
//
// The worker records are not added to the council's own staff tables:
// they describe the same people as its exports under other identifiers,
// and would count them twice.
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_NATIONAL_CENSUS_IMPORT_H_
#define HC_NATIONAL_CENSUS_IMPORT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "ingest/diagnostic.h"
#include "national/census_check.h"
#include "store/database.h"

namespace hc::national {

struct CensusImport {
  bool stored = false;
  int64_t workers_read = 0;
  int64_t workers_rejected = 0;
  ingest::DiagnosticList diagnostics{50};  // errors and warnings, in file order
  std::optional<CensusCheck> check;        // set when the return was usable
};

// `year`: the census year when the return's header does not give it (or to
// override it). Brings the schema up to date first; throws DatabaseError
// only when the database fails.
CensusImport importCensus(store::Database& db, const std::string& path, std::optional<int> year,
                          size_t max_messages = 50);

}  // namespace hc::national

#endif  // HC_NATIONAL_CENSUS_IMPORT_H_

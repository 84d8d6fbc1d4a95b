// Reading a census return (XML, csww-census-2022.xsd) with Poco's SAX
// parser: the file is streamed element by element, never held as a tree.
//
// Checked against the schema for every element the health check uses
// (types, ranges, patterns, enumerations, required elements, at most one
// LALevelVacancies, at least one worker) plus: a worker's RoleEndDate not
// before its RoleStartDate, and no SWENo twice. Each finding is reported
// like a CSV import's, `FILE:LINE: element: reason`, at the element's line;
// an invalid worker or LA figure makes the return unusable (ok false), and
// reading goes on so that every problem is reported at once. Elements the
// schema defines but the health check does not use are not checked;
// elements it does not define are warnings. Malformed XML stops reading
// with the parser's line and message. External entities are not loaded.
//
// Thread-safety: one call per thread; no shared state.
#ifndef HC_NATIONAL_CENSUS_READER_H_
#define HC_NATIONAL_CENSUS_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/diagnostic.h"
#include "national/census_return.h"

namespace hc::national {

struct CensusRead {
  CensusReturn census;
  bool ok = false;               // no errors: the return may be used
  int64_t workers_read = 0;      // <CSWWWorker> elements
  int64_t workers_rejected = 0;  // of which invalid
  ingest::DiagnosticList diagnostics{50};
};

CensusRead readCensus(const std::string& path, size_t max_messages = 50);

}  // namespace hc::national

#endif  // HC_NATIONAL_CENSUS_READER_H_

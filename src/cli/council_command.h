// The council's one stored setting as the command line shows it; shared by
// `healthcheck council` and `healthcheck benchmarks council`.
//
// Thread-safety: uses the caller's Database and stream on the caller's thread.
#ifndef HC_CLI_COUNCIL_COMMAND_H_
#define HC_CLI_COUNCIL_COMMAND_H_

#include <iosfwd>

#include "store/database.h"

namespace hc::cli {

// Writes the council's name, its DfE authority and whom it is compared
// with, e.g.
//   Council: Northshire County Council
//   DfE local authority: Darlington (E06000005, 841)
//   Neighbours (the DfE's statistical neighbours): 805 806 ...
void printCouncil(store::Database& db, std::ostream& out);

}  // namespace hc::cli

#endif  // HC_CLI_COUNCIL_COMMAND_H_

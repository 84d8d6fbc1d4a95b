// What an import does once its rows are stored: it computes the figures of
// the latest quarter and the quarters a view of it looks back on, and
// keeps them in the database (load/stored_figures.h), so that the
// dashboard, the reports and the metrics command after an import read
// them rather than compute them.
//
// Thread-safety: uses the caller's Database and Context.
#ifndef HC_CLI_FIGURES_AFTER_IMPORT_H_
#define HC_CLI_FIGURES_AFTER_IMPORT_H_

#include "cli/command.h"
#include "store/database.h"

namespace hc::cli {

// Says what it stored on context.out ("Figures up to 2026-Q3 are ready ...").
// A failure is only a warning on context.err: the import itself stands,
// and the figures are computed when first asked for instead.
void storeFiguresAfterImport(store::Database& db, Context& context);

}  // namespace hc::cli

#endif  // HC_CLI_FIGURES_AFTER_IMPORT_H_

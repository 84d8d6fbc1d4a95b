// What an import does once its rows are stored: it computes the latest
// quarter's figures, with the look-back its trend signals need, and keeps
// them in the database (load/stored_figures.h), so that the dashboard's
// first view and the metrics command after an import read them rather
// than compute them.
//
// Thread-safety: uses the caller's Database and Context.
#ifndef HC_CLI_FIGURES_AFTER_IMPORT_H_
#define HC_CLI_FIGURES_AFTER_IMPORT_H_

#include "cli/command.h"
#include "store/database.h"

namespace hc::cli {

// Says what it stored on context.out ("Stored the figures of 2026-Q3 ...").
// A failure is only a warning on context.err: the import itself stands,
// and the figures are computed when first asked for instead.
void storeFiguresAfterImport(store::Database& db, Context& context);

}  // namespace hc::cli

#endif  // HC_CLI_FIGURES_AFTER_IMPORT_H_

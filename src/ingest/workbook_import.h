// Imports an Excel workbook whose sheets are named after the contract's
// files ("teams", "staff", "visits" ...): each such sheet, in dependency
// order, exactly as its CSV file would be (file_import.h: the same checks,
// one transaction per sheet, rejects), with findings naming the cell
// ("staff!C12: start_date: ..."). A sheet named otherwise is skipped with
// a note.
//
// Thread-safety: one import per Database at a time.
#ifndef HC_INGEST_WORKBOOK_IMPORT_H_
#define HC_INGEST_WORKBOOK_IMPORT_H_

#include <string>
#include <vector>

#include "ingest/importer.h"
#include "store/database.h"

namespace hc::ingest {

// True for a path importPaths() reads as a workbook: it ends in .xlsx.
bool isWorkbookPath(const std::string& path);

// One report per sheet (path "book.xlsx: staff"), in the order imported;
// a single rejected report when the workbook cannot be opened.
std::vector<FileReport> importWorkbook(store::Database& db, const std::string& path, const ImportOptions& options);

}  // namespace hc::ingest

#endif  // HC_INGEST_WORKBOOK_IMPORT_H_

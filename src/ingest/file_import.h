// Imports one file of a known kind: reads it, checks every row, stores the
// valid ones in one transaction and reports what happened (see importer.h
// for the rules). importPaths() calls it once per planned file.
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_INGEST_FILE_IMPORT_H_
#define HC_INGEST_FILE_IMPORT_H_

#include <string>

#include "ingest/file_kinds.h"
#include "ingest/importer.h"
#include "ingest/row_source.h"
#include "store/database.h"

namespace hc::ingest {

// `files_in_import` decides how options.rejects_path is used (rejects_file.h).
FileReport importFile(store::Database& db, const std::string& path, const FileKind& kind,
                      const ImportOptions& options, size_t files_in_import = 1);

// The same for rows from another source (a sheet of a workbook,
// sheet_rows.h); `path` is the report's and names the default rejects file.
FileReport importRows(store::Database& db, RowSource& source, const std::string& path, const FileKind& kind,
                      const ImportOptions& options, size_t files_in_import);

}  // namespace hc::ingest

#endif  // HC_INGEST_FILE_IMPORT_H_

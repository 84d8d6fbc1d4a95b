// The one import skeleton every import of rows uses (the contract's files,
// survey responses, the DfE's indicators and statistical neighbours): the
// header row, then every data row checked and stored, rejects written to
// the rejects file, the import log's row, and one transaction, so that the
// rules are the same everywhere:
//
//   - messages read FILE:LINE: column: reason (or the source's own
//     location, row_source.h), the first max_messages kept;
//   - an empty or unreadable source, an unusable header, a rejects file
//     that cannot be written, or a database error rejects the file whole;
//   - a line repeating the header, or one whose quoting, UTF-8 or field
//     count is wrong, is an invalid row (row_shape.h) before any import
//     reads its columns;
//   - one invalid row rejects the file unless skip_invalid, which stores
//     the rest and writes the invalid rows (with their reasons) to the
//     rejects file; nothing is half-written.
//
// What differs between imports (the columns, the checks, where rows go)
// is a RowImport. Example (file_import.cpp):
//   CsvRowSource source(path);
//   ContractRows rows(kind);
//   FileReport report = runImport(db, source, rows, ImportRules{path, "visits", options});
//
// Thread-safety: runImport uses `db` and the RowImport's store() on the
// calling thread, and reads and checks rows on a thread of its own.
#ifndef HC_INGEST_IMPORT_RUN_H_
#define HC_INGEST_IMPORT_RUN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/csv_reader.h"
#include "ingest/diagnostic.h"
#include "ingest/importer.h"
#include "ingest/row_source.h"
#include "ingest/values.h"
#include "store/database.h"

namespace hc::ingest {

// One data row on its way through an import: read and checked on the
// checking thread (checking_thread.h), then stored in file order on the
// database's.
struct CheckedRow {
  CsvRecord record;                  // its views are the row's own until it is stored
  bool checked = false;              // the shape and check() accepted it
  std::vector<Value> values;         // what check() read, for store()
  std::vector<Diagnostic> findings;  // the reasons a row is rejected, and warnings either way
};

// What one kind of import does with the rows runImport hands it. The rows
// are checked on a thread of their own while the ones before them are
// stored: a visits file's millions of rows then take a third less time.
class RowImport {
 public:
  virtual ~RowImport() = default;

  // Maps the header row (messages name `file`); false when the file cannot
  // be imported, with the reasons added to `diagnostics`.
  virtual bool readHeader(const CsvRecord& header, const std::string& file, DiagnosticList& diagnostics) = 0;
  // Before the transaction: `lookups` is the checks' own connection, for
  // check() alone. It sees what was committed before the import began.
  virtual void beginChecks(store::Database& lookups) {}
  // Inside the transaction, once the import log's row exists.
  virtual void begin(store::Database& db, int64_t import_id) = 0;
  // Checks one data row, whose shape is checked already, filling
  // row.values and row.findings (empty on every call); false rejects it.
  // Runs on the checking thread, beside store(): it may use only what
  // readHeader() and beginChecks() set up. By default the row waits for
  // store() unchecked.
  virtual bool check(CheckedRow& row) { return true; }
  // Stores a row check() accepted, in file order, on the database's
  // thread; false rejects it after all, with the reason in row.findings.
  // May count report.inserted, replaced and repeats.
  virtual bool store(CheckedRow& row, FileReport& report) = 0;
  // After the last row: stores what is buffered; may set report counts.
  virtual void end(FileReport& report) {}
};

struct ImportRules {
  std::string path;  // as given: the report's and the import log's
  std::string kind;  // "visits", "survey_responses": the report's and the import log's
  ImportOptions options;
  size_t files_in_import = 1;  // how options.rejects_path is used (rejects_file.h)
  // Every reference was checked by the import already (with a message the
  // database's own check could not give): the database's checks are off
  // for the import's connection while it runs.
  bool references_checked = false;
};

// Reads `source` through `rows` under `rules`. Only errors the report
// cannot carry (a RowImport's own exceptions) are thrown.
FileReport runImport(store::Database& db, RowSource& source, RowImport& rows, const ImportRules& rules);

// runImport over the CSV file at rules.path (a CsvRowSource), after
// bringing the schema up to date. Example (national/indicators_import.cpp):
//   IndicatorRows rows;
//   return importCsvFile(db, rows, ImportRules{path, "dfe_indicators", options});
FileReport importCsvFile(store::Database& db, RowImport& rows, const ImportRules& rules);

}  // namespace hc::ingest

#endif  // HC_INGEST_IMPORT_RUN_H_

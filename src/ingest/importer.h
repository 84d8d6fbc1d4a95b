// The importer's public face: `healthcheck import PATH...` calls
// importPaths() and prints its reports.
//
// Each file is read as a stream (memory stays flat as files grow), checked
// row by row against the data contract (file_kinds.h) and stored in one
// transaction per file, together with its row in the `imports` table: a
// file is stored whole or not at all, even if the process is killed half
// way. By default one invalid row rejects the file and every invalid row is
// reported; with skip_invalid the valid rows are stored and the invalid ones
// written, unchanged, to a rejects file with their reasons.
//
// Example:
//   auto db = hc::store::openDatabase("sqlite:hc.db");
//   hc::ingest::ImportOptions options;
//   options.skip_invalid = true;
//   for (const auto& r : hc::ingest::importPaths(*db, {"export/"}, options))
//     for (const auto& m : r.messages) std::cerr << m.text() << "\n";
//
// Thread-safety: one import per Database at a time; separate Databases may
// import concurrently (the database serialises the transactions).
#ifndef HC_INGEST_IMPORTER_H_
#define HC_INGEST_IMPORTER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "ingest/diagnostic.h"
#include "store/database.h"

namespace hc::ingest {

enum class FileOutcome {
  kStored,             // every row stored (there may be warnings)
  kStoredWithRejects,  // skip mode: the valid rows stored, the rest rejected
  kRejected,           // nothing stored: invalid rows, a missing column, an unreadable file ...
  kNotImported,        // a file in a folder that the contract does not name (a warning)
};
std::string_view name(FileOutcome outcome);  // "stored", "stored_with_rejects", ...

struct FileReport {
  std::string path;  // as given, or as found in a given folder
  std::string kind;  // "visits"; empty when the kind is unknown
  FileOutcome outcome = FileOutcome::kRejected;
  int64_t rows_read = 0;  // data rows, without the header and blank lines
  int64_t inserted = 0;   // stored under a new key
  int64_t replaced = 0;   // stored over a row with the same key from an earlier import
  int64_t rejected = 0;   // invalid rows (in default mode none of the file is stored)
  int64_t repeats = 0;    // rows repeating an earlier row of the file exactly: stored once
  int64_t warnings = 0;
  double seconds = 0;
  std::vector<Diagnostic> messages;  // errors and warnings in file order, up to max_messages
  int64_t messages_not_shown = 0;
  std::string rejects_path;  // where the rejected rows were written; empty: nowhere

  bool stored() const { return outcome == FileOutcome::kStored || outcome == FileOutcome::kStoredWithRejects; }
};

class CheckedKeys;

struct ImportOptions {
  bool skip_invalid = false;
  // Check only: every file read, checked and written exactly as an import
  // does, then each file's transaction rolled back, so nothing is stored;
  // the reports say what an import would do. The keys of earlier files'
  // rows count as known to the later files' references (checked_keys.h;
  // importPaths makes the set).
  bool check_only = false;
  std::shared_ptr<CheckedKeys> checked_keys;
  // Who imports, for the import log ("cli:alice", a username); "" unknown.
  std::string actor;
  // Where rejected rows go (see rejectsPathFor in rejects_file.h): empty
  // means <stem>.rejects.csv in the current folder in skip mode and
  // nowhere in default mode; when given, rows are written in both modes.
  std::string rejects_path;
  std::string kind;  // the kind of every file given directly, whatever its name
  // The day the exports were taken (data-contract.md "Extract dates";
  // check it with checkExtractDate, extract_date.h): stored with each
  // file's import log entry, so the records cover up to it; a start or
  // event date after it is a warning. nullopt: the import names none.
  std::optional<Date> extracted;
  size_t max_messages = 50;
  // Called every progress_rows rows with the file's report so far (rows_read,
  // rejected; inserted and replaced are known once the file is written).
  std::function<void(const FileReport&)> on_progress;
  int64_t progress_rows = 100000;
  // Called by importPaths with each file's report once it is done.
  std::function<void(const FileReport&)> on_file;
};

// Imports files and folders (their *.csv files, by name) in dependency
// order, one transaction per file, after bringing the schema up to date.
// One report per file, in the order they were loaded; throws only when the
// database cannot be reached or upgraded at all.
std::vector<FileReport> importPaths(store::Database& db, const std::vector<std::string>& paths,
                                    const ImportOptions& options);

// The audit log's words for a file's outcome: "stored: 12 read, 10
// inserted, 2 replaced, 0 rejected" (or "rejected: ...").
std::string outcomeSummary(const FileReport& report);

// True when some file was rejected in whole or in part: the CLI's exit 1.
bool anyRejected(const std::vector<FileReport>& reports);

}  // namespace hc::ingest

#endif  // HC_INGEST_IMPORTER_H_

// UploadFolder: one browser upload on disk, a folder per upload under the
// uploads folder (WebAppOptions::uploads_folder): the files, saved under
// names the server makes (visits.csv after the file's kind, workbook-1.xlsx,
// annex-a.xlsx; the browser's file name is kept as a label only), what was
// asked (exports or an Annex A workbook, the extract date), who and when,
// and what became of it: its status, and for the check and the import the
// reports per file, the problems and the rejects files.
//
//   <uploads>/17/upload.tsv        id, what, extracted, by, at, the files
//   <uploads>/17/state.tsv         status, mode, message, figures
//   <uploads>/17/reports-check.tsv one line per file report
//   <uploads>/17/problems-check.tsv one line per problem
//   <uploads>/17/rejects-import-valid/visits.rejects.csv
//
// The status is written last, so a server stopped mid-import leaves
// "checking" or "importing", which reopen() shows as interrupted (what an
// import committed is whole: one transaction per file).
//
// Thread-safety: an UploadFolder is a value; writing one upload's files is
// the job runner's alone while a job runs (import_jobs.h).
#ifndef HC_WEB_ADMIN_IMPORTS_UPLOAD_FOLDER_H_
#define HC_WEB_ADMIN_IMPORTS_UPLOAD_FOLDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ingest/importer.h"

namespace hc::web::admin {

struct UploadedExport {
  std::string stored;  // the server's name in the folder: "visits.csv"
  std::string client;  // the browser's name, a label: "Visits March.csv"
  uint64_t size = 0;
};

// A file's report as kept: FileReport's counts, its name as the user knows it.
struct KeptReport {
  std::string name, kind, outcome;
  int64_t rows_read = 0, inserted = 0, replaced = 0, rejected = 0, warnings = 0, errors = 0;
  std::string rejects;  // the rejects file's name in the mode's rejects folder; "" none
};

struct KeptProblem {
  std::string file, where, column, value, reason;
  bool is_error = true;
};

// What a job does with an upload.
enum class JobMode { kCheck, kImport, kImportValid };
const char* modeName(JobMode mode);  // "check", "import", "import-valid"

struct Upload {
  int id = 0;
  std::string what;       // "exports" or "annex-a"
  std::string extracted;  // "YYYY-MM-DD" or ""
  std::string by, at;     // username; "YYYY-MM-DD HH:MM" UTC
  std::vector<UploadedExport> files;
  std::string status = "uploaded";  // checking, checked, importing, imported, interrupted, failed
  std::string mode;                 // the last job's: check, import, import-valid
  std::string message;              // why it failed
  std::string figures;              // after an import: "2026-Q3" ready, "" not
};

class UploadFolder {
 public:
  explicit UploadFolder(std::string root) : root_(std::move(root)) {}

  // A new numbered folder (the next free number); nullopt when the disk
  // refuses.
  std::optional<Upload> create() const;
  // Reads upload `id`; nullopt when there is none.
  std::optional<Upload> read(int id) const;
  // The latest `limit` uploads, newest first.
  std::vector<Upload> latest(size_t limit) const;
  // Marks every upload left checking or importing by a stopped server as
  // interrupted. Call once, at start, before any job runs.
  void reopen() const;

  std::string folderOf(int id) const;
  std::string pathOf(int id, const std::string& stored) const;
  std::string rejectsFolder(int id, JobMode mode) const;

  // Moves an uploaded file in under `stored`; false when it cannot.
  bool keepFile(const Upload& upload, const std::string& from, const std::string& stored) const;
  bool writeUpload(const Upload& upload) const;  // upload.tsv
  bool writeState(const Upload& upload) const;   // state.tsv, last
  bool writeResults(int id, JobMode mode, const std::vector<KeptReport>& reports,
                    const std::vector<KeptProblem>& problems) const;
  std::vector<KeptReport> reports(int id, JobMode mode) const;
  // At most `limit` problems (0: all), in file order.
  std::vector<KeptProblem> problems(int id, JobMode mode, size_t limit = 0) const;

 private:
  std::string root_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_IMPORTS_UPLOAD_FOLDER_H_

// ImportJobs: runs the check or the import of an upload (upload_folder.h)
// on a thread of its own, one job at a time for the whole server, so that a
// long import outlives the request that started it and two imports never
// run at once: start() refuses a second while one runs, and the page says
// so. The job calls what `healthcheck import` and `healthcheck annex-a
// import` call (ingest::importPaths, ingest::annex_a::importAnnexA, with
// check_only for a check), writes its reports and problems to the upload's
// folder, audits each file, and after an import stores the latest figures
// (load::storeLatestFigures) as the command line does; the dashboard sees
// the new data version on its next request.
//
// Its progress (rows read and stored, file by file) is kept in memory while
// it runs; afterwards the upload's folder says what happened. A server
// stopped mid-job leaves the upload "checking" or "importing", which the
// next start shows as interrupted (UploadFolder::reopen): each file is one
// transaction, so nothing is half-written.
//
// Thread-safety: start(), progress() and wait() from any thread; the job
// itself uses a database connection of its own.
#ifndef HC_WEB_ADMIN_IMPORTS_IMPORT_JOBS_H_
#define HC_WEB_ADMIN_IMPORTS_IMPORT_JOBS_H_

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "metrics/health_check.h"
#include "web/admin/imports/upload_folder.h"

namespace hc::web::admin {

struct FileProgress {
  std::string name;  // as the user knows it
  int64_t rows_read = 0;
  int64_t rows_stored = 0;  // a check: the rows that would be
  bool done = false;
};

struct JobProgress {
  int upload_id = 0;
  JobMode mode = JobMode::kCheck;
  std::string by;
  std::vector<FileProgress> files;  // done ones first, then the one being read
};

class ImportJobs {
 public:
  // `figures`: the dashboard's options, for the figures stored after an import.
  ImportJobs(std::string db_url, const UploadFolder& uploads, metrics::HealthCheckOptions figures);
  ~ImportJobs();  // waits for a running job
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;

  // Starts `mode` on `upload` for `actor`; false when a job is running
  // (nothing started). Marks the upload checking or importing first.
  bool start(Upload upload, JobMode mode, const std::string& actor);
  // The running job's progress; nullopt when none runs.
  std::optional<JobProgress> progress() const;
  // Waits until no job runs (tests, shutdown).
  void wait();

 private:
  void run(Upload upload, JobMode mode, std::string actor);
  void finish(Upload& upload, const std::vector<ingest::FileReport>& reports, JobMode mode, const std::string& actor);

  const std::string db_url_;
  const UploadFolder& uploads_;
  const metrics::HealthCheckOptions figures_;

  mutable std::mutex mutex_;  // guards everything below
  std::optional<JobProgress> running_;
  std::thread thread_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_IMPORTS_IMPORT_JOBS_H_

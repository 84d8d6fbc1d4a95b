// The bodies of the upload pages (import_pages.h), built on the view layer:
// the upload form, the progress of a job, the check's findings (an error
// summary, then the problems table, errors apart from warnings) with the
// import buttons, the import's outcome, and the import history. Plain
// functions of what they show; the page set adds the layout and header.
//
// Thread-safety: pure functions.
#ifndef HC_WEB_ADMIN_IMPORTS_IMPORT_VIEWS_H_
#define HC_WEB_ADMIN_IMPORTS_IMPORT_VIEWS_H_

#include <optional>
#include <string>
#include <vector>

#include "html/html.h"
#include "ingest/import_log.h"
#include "web/admin/imports/import_jobs.h"
#include "web/admin/imports/upload_folder.h"
#include "web/view/govuk_form.h"

namespace hc::web::admin {

// How many problems the page lists; the CSV has them all.
inline constexpr size_t kProblemsShown = 200;

struct UploadFormValues {
  std::string what;       // "exports" or "annex-a"
  std::string extracted;
  std::vector<view::govuk::FieldError> errors;  // field ids: what, files, extracted
  std::optional<JobProgress> busy;              // a job is running: say so, and where to follow it
};

html::Html uploadForm(const UploadFormValues& values, const html::Html& csrf_field, uint64_t max_upload_mb,
                      const std::vector<Upload>& recent);

// A job running on `upload`: what it has read and stored so far.
html::Html progressBody(const Upload& upload, const JobProgress& progress);

// After the check: the findings, then what the user may do next.
// `problems` holds at most kProblemsShown; `total_problems` counts them all.
html::Html checkBody(const Upload& upload, const std::vector<KeptReport>& reports,
                     const std::vector<KeptProblem>& problems, size_t total_problems, const html::Html& csrf_field,
                     const std::string& refusal);

// After the import: each file's outcome, the rejects, where to go next.
html::Html importBody(const Upload& upload, const std::vector<KeptReport>& reports,
                      const std::vector<KeptProblem>& problems, size_t total_problems);

// A job that did not finish: interrupted by a restart, or failed.
html::Html stoppedBody(const Upload& upload);

html::Html historyBody(const std::vector<ingest::ImportLogEntry>& entries, const std::string& data_version,
                       const std::optional<std::string>& figures_ready);

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_IMPORTS_IMPORT_VIEWS_H_

// ImportPages: data in, in the browser (issue 20 part 2), for admins and
// analysts (access_tag::kImport). An upload of the council's exports (CSV
// files or a workbook) or of an Ofsted Annex A workbook is kept in a folder
// of its own (upload_folder.h), checked in the background exactly as
// `healthcheck import --check` checks (import_jobs.h), its findings shown
// as an error summary and a table of problems; then imported, whole or its
// valid rows alone, with the rejects to download; and every import listed
// in the history, from the import log.
//
//   GET  /admin/imports                         the upload form and recent uploads
//   POST /admin/imports                         upload (multipart/form-data), then the check starts
//   GET  /admin/imports/history                 every import: who, when, which file, the counts
//   GET  /admin/imports/{id}                    an upload: its progress (self-refreshing), check or import
//   POST /admin/imports/{id}/check              check again (an upload whose check did not run)
//   POST /admin/imports/{id}/import             import it: mode=all, or mode=valid (the rest set aside)
//   GET  /admin/imports/{id}/problems.csv       every problem of a job (?of=check|import|import-valid)
//   GET  /admin/imports/{id}/rejects/{mode}/{file}  a rejects file of a job
//
// Every upload, check and import is audited with the signed-in user's name.
//
// Thread-safety: handlers run concurrently; the job runner serialises jobs,
// and an upload's folder is written by its request, then by its job alone.
#ifndef HC_WEB_ADMIN_IMPORTS_IMPORT_PAGES_H_
#define HC_WEB_ADMIN_IMPORTS_IMPORT_PAGES_H_

#include <cstdint>
#include <string>

#include "metrics/health_check.h"
#include "web/admin/imports/import_jobs.h"
#include "web/admin/imports/upload_folder.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

struct ImportPagesOptions {
  std::string db_url;
  std::string uploads_folder;  // a folder per upload
  uint64_t max_upload_mb = 500;
  metrics::HealthCheckOptions figures;  // for the figures stored after an import
};

class ImportPages {
 public:
  // Marks uploads a stopped server left half-way as interrupted.
  ImportPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
              ImportPagesOptions options);

  void addRoutes(http::Router& router);

  // The page for an upload above the limit (413), for the server to send
  // before reading the body (web_server.h upload_too_large).
  http::Response tooLarge() const;
  ImportJobs& jobs() { return jobs_; }

 private:
  http::Response form(http::Request& request) const;
  http::Response upload(http::Request& request);
  http::Response show(http::Request& request) const;
  http::Response startJob(http::Request& request, JobMode mode);
  http::Response problemsCsv(http::Request& request) const;
  http::Response rejects(http::Request& request) const;
  http::Response history(http::Request& request) const;

  http::Response page(http::Request& request, http::Response& response, const std::string& title,
                      const html::Html& main, const std::string& crumb, bool has_errors = false,
                      int refresh = 0) const;
  html::Html csrfField(const http::Request& request, http::Response& response) const;
  http::Response notFound(http::Request& request) const;

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  const ImportPagesOptions options_;
  UploadFolder uploads_;
  ImportJobs jobs_;  // last: its thread stops before the rest goes
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_IMPORTS_IMPORT_PAGES_H_

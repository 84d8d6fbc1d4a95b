#include "web/admin/imports/import_pages.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "access/access_scope.h"
#include "access/audit_log.h"
#include "core/utc_clock.h"
#include "html/element.h"
#include "ingest/import_log.h"
#include "metrics/output.h"
#include "load/stored_figures.h"
#include "store/stored_figures.h"
#include "web/account/auth_filter.h"
#include "web/admin/imports/import_views.h"
#include "web/admin/imports/upload_intake.h"
#include "web/http/signed_in_user.h"
#include "web/view/govuk_content.h"
#include "web/view/site_header.h"

namespace hc::web::admin {
namespace fs = std::filesystem;
using html::Html;
namespace govuk = view::govuk;

namespace {

// How often a page following a job reloads itself, in seconds.
constexpr int kRefreshSeconds = 3;

int uploadId(const http::Request& request) {
  const std::string& id = request.param("id");
  if (id.empty() || id.size() > 8 || id.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoi(id);
}

std::optional<JobMode> modeNamed(const std::string& name) {
  for (const JobMode m : {JobMode::kCheck, JobMode::kImport, JobMode::kImportValid})
    if (name == modeName(m)) return m;
  return std::nullopt;
}

std::string busyMessage(const JobProgress& p) {
  return "Another import is running (upload " + std::to_string(p.upload_id) + ", started by " + p.by +
         "): only one runs at a time. Wait for it to finish, then try again.";
}

std::string nowUtc() { return sqlUtc(nowSeconds()).substr(0, 16); }

http::Response attachment(std::string body, const std::string& name) {
  http::Response r;
  r.content_type = "text/csv; charset=utf-8";
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  return r;
}

}  // namespace

ImportPages::ImportPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
                         ImportPagesOptions options)
    : pool_(pool),
      layout_(layout),
      csrf_(csrf),
      options_(std::move(options)),
      uploads_(options_.uploads_folder),
      jobs_(options_.db_url, uploads_, options_.figures) {
  uploads_.reopen();
}

void ImportPages::addRoutes(http::Router& router) {
  using access::access_tag::kImport;
  router.get("/admin/imports", [this](http::Request& r) { return form(r); }, kImport);
  router.post("/admin/imports", [this](http::Request& r) { return upload(r); }, kImport);
  router.get("/admin/imports/history", [this](http::Request& r) { return history(r); }, kImport);
  router.get("/admin/imports/{id}", [this](http::Request& r) { return show(r); }, kImport);
  router.post("/admin/imports/{id}/check", [this](http::Request& r) { return startJob(r, JobMode::kCheck); }, kImport);
  router.post("/admin/imports/{id}/import", [this](http::Request& r) {
    return startJob(r, r.field("mode") == "valid" ? JobMode::kImportValid : JobMode::kImport);
  }, kImport);
  router.get("/admin/imports/{id}/problems.csv", [this](http::Request& r) { return problemsCsv(r); }, kImport);
  router.get("/admin/imports/{id}/rejects/{mode}/{file}", [this](http::Request& r) { return rejects(r); }, kImport);
}

Html ImportPages::csrfField(const http::Request& request, http::Response& response) const {
  const auto user = http::signedInUser(request);
  return view::csrfField(csrf_, request, response, account::AuthFilter::csrfScope(request, *user));
}

http::Response ImportPages::page(http::Request& request, http::Response& response, const std::string& title,
                                 const Html& main, const std::string& crumb, bool has_errors, int refresh) const {
  view::Page p{title, main, "", has_errors};
  p.header = view::headerFor(request, response, csrf_, view::section::kData, "");
  const auto user = http::signedInUser(request);
  // An analyst has no admin home: the trail starts at Data.
  if (user && user->role == access::Role::kAdmin) p.breadcrumbs.push_back({"Admin", "/admin"});
  if (crumb.empty()) {
    p.breadcrumbs.push_back({"Data", ""});
  } else {
    p.breadcrumbs.push_back({"Data", "/admin/imports"});
    p.breadcrumbs.push_back({crumb, ""});
  }
  p.refresh_seconds = refresh;
  response.body = layout_.render(p);
  return response;
}

http::Response ImportPages::notFound(http::Request& request) const {
  http::Response response;
  response.status = 404;
  Html main = govuk::heading("Data", "There is no such upload");
  main += govuk::para(govuk::link("/admin/imports", "See the recent uploads"));
  return page(request, response, "There is no such upload", main, "Not found");
}

http::Response ImportPages::form(http::Request& request) const {
  http::Response response;
  UploadFormValues values;
  values.busy = jobs_.progress();
  const Html main = uploadForm(values, csrfField(request, response), options_.max_upload_mb, uploads_.latest(10));
  return page(request, response, "Take in the exports", main, "");
}

http::Response ImportPages::upload(http::Request& request) {
  const auto user = http::signedInUser(request);
  UploadFormValues values;
  std::vector<IntakeFile> files = readUpload(request, values);
  if (values.errors.empty()) {
    if (const auto busy = jobs_.progress()) values.errors.push_back({"files", busyMessage(*busy)});
  }
  std::optional<Upload> made;
  if (values.errors.empty()) {
    made = uploads_.create();
    if (!made) values.errors.push_back({"files", "The files cannot be saved: the server's disk refused them. Try again later."});
  }
  if (made) {
    made->what = values.what;
    made->extracted = values.extracted;
    made->by = user->username;
    made->at = nowUtc();
    bool kept = true;
    for (const IntakeFile& f : files) {
      kept = kept && uploads_.keepFile(*made, f.file->path, f.stored);
      std::string client = f.file->client_name.substr(f.file->client_name.find_last_of("/\\") + 1);
      made->files.push_back({f.stored, client.empty() ? f.stored : client, f.file->size});
    }
    if (!kept || !uploads_.writeUpload(*made) || !uploads_.writeState(*made)) {
      std::error_code ec;
      fs::remove_all(uploads_.folderOf(made->id), ec);  // nothing half-kept
      values.errors.push_back({"files", "The files cannot be saved: the server's disk refused them. Try again later."});
      made.reset();
    }
  }
  if (!made) {
    http::Response response;
    response.status = 400;
    values.busy = jobs_.progress();
    const Html main = uploadForm(values, csrfField(request, response), options_.max_upload_mb, uploads_.latest(10));
    return page(request, response, "Take in the exports", main, "", true);
  }
  {
    auto db = pool_.acquire();
    std::string detail = made->what + ":";
    for (const UploadedExport& f : made->files) detail += " " + f.client + " (" + std::to_string(f.size) + " bytes)";
    access::AuditLog(*db).record(user->username, access::audit_action::kUpload, "upload " + std::to_string(made->id),
                                 detail);
  }
  jobs_.start(*made, JobMode::kCheck, user->username);  // refused only by a race: the page offers the check
  return http::Response::redirect("/admin/imports/" + std::to_string(made->id));
}

http::Response ImportPages::show(http::Request& request) const {
  const std::optional<Upload> upload = uploads_.read(uploadId(request));
  if (!upload) return notFound(request);
  http::Response response;
  const std::string crumb = "Upload " + std::to_string(upload->id);
  const std::optional<JobProgress> running = jobs_.progress();
  if ((running && running->upload_id == upload->id) || upload->status == "checking" || upload->status == "importing") {
    const JobProgress shown = running && running->upload_id == upload->id ? *running : JobProgress{upload->id};
    return page(request, response, crumb + ": in progress", progressBody(*upload, shown), crumb, false,
                kRefreshSeconds);
  }
  const std::optional<JobMode> mode = modeNamed(upload->mode);
  if (upload->status == "checked") {
    const Html main = checkBody(*upload, uploads_.reports(upload->id, JobMode::kCheck),
                                uploads_.problems(upload->id, JobMode::kCheck, kProblemsShown),
                                uploads_.problems(upload->id, JobMode::kCheck).size(), csrfField(request, response),
                                "");
    return page(request, response, crumb + ": check", main, crumb);
  }
  if (upload->status == "imported" && mode) {
    const Html main = importBody(*upload, uploads_.reports(upload->id, *mode),
                                 uploads_.problems(upload->id, *mode, kProblemsShown),
                                 uploads_.problems(upload->id, *mode).size());
    return page(request, response, crumb + ": imported", main, crumb);
  }
  if (upload->status == "interrupted" || upload->status == "failed")
    return page(request, response, crumb + ": stopped", stoppedBody(*upload), crumb);
  // Uploaded, its check not started (another job was running).
  Html main = govuk::heading("Upload " + std::to_string(upload->id), "Check the files");
  main += govuk::para("The files are kept but have not been checked yet.");
  Html form = csrfField(request, response) + govuk::button("Check the files");
  main += html::el("form").attr("method", "post").attr("action", "/admin/imports/" + std::to_string(upload->id) + "/check")
              .attr("novalidate").add(form);
  return page(request, response, crumb, main, crumb);
}

http::Response ImportPages::startJob(http::Request& request, JobMode mode) {
  std::optional<Upload> upload = uploads_.read(uploadId(request));
  if (!upload) return notFound(request);
  const std::string where = "/admin/imports/" + std::to_string(upload->id);
  // Only a checked upload is imported, and only an unchecked one checked.
  const bool ready = mode == JobMode::kCheck ? (upload->status == "uploaded" || upload->status == "interrupted")
                                             : upload->status == "checked";
  if (!ready) return http::Response::redirect(where);
  const auto user = http::signedInUser(request);
  if (jobs_.start(*upload, mode, user->username)) return http::Response::redirect(where);
  const std::string refusal = busyMessage(*jobs_.progress());
  http::Response response;
  response.status = 409;
  if (mode == JobMode::kCheck) {
    Html main = govuk::errorSummary({{"check", refusal}});
    main += govuk::heading("Upload " + std::to_string(upload->id), "The files cannot be checked yet");
    main += govuk::para(govuk::link(where, "Back to upload " + std::to_string(upload->id)));
    return page(request, response, "Upload " + std::to_string(upload->id), main, "Upload " + std::to_string(upload->id), true);
  }
  const Html main = checkBody(*upload, uploads_.reports(upload->id, JobMode::kCheck),
                              uploads_.problems(upload->id, JobMode::kCheck, kProblemsShown),
                              uploads_.problems(upload->id, JobMode::kCheck).size(), csrfField(request, response),
                              refusal);
  return page(request, response, "Upload " + std::to_string(upload->id) + ": check", main,
              "Upload " + std::to_string(upload->id), true);
}

http::Response ImportPages::problemsCsv(http::Request& request) const {
  const std::optional<Upload> upload = uploads_.read(uploadId(request));
  const auto q = request.query.find("of");
  const std::optional<JobMode> mode = modeNamed(q == request.query.end() ? "check" : q->second);
  if (!upload || !mode) return notFound(request);
  std::ostringstream out;
  out << "file,where,column,value,reason,severity\n";
  for (const KeptProblem& p : uploads_.problems(upload->id, *mode)) {
    for (const std::string* f : {&p.file, &p.where, &p.column, &p.value, &p.reason}) {
      metrics::writeCsvText(out, *f);
      out << ',';
    }
    out << (p.is_error ? "error" : "warning") << "\n";
  }
  return attachment(out.str(), "upload-" + std::to_string(upload->id) + "-problems.csv");
}

http::Response ImportPages::rejects(http::Request& request) const {
  const std::optional<Upload> upload = uploads_.read(uploadId(request));
  const std::optional<JobMode> mode = modeNamed(request.param("mode"));
  if (!upload || !mode) return notFound(request);
  // Only a file the job wrote: the name must be one in its folder.
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(uploads_.rejectsFolder(upload->id, *mode), ec)) {
    if (e.path().filename().string() != request.param("file") || !e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return attachment(bytes.str(), "upload-" + std::to_string(upload->id) + "-" + e.path().filename().string());
  }
  return notFound(request);
}

http::Response ImportPages::history(http::Request& request) const {
  auto db = pool_.acquire();
  const std::vector<ingest::ImportLogEntry> entries = ingest::recentImports(*db, 500);
  const std::string version = store::dataVersion(*db);
  const std::optional<std::string> ready = load::latestReadyPeriod(*db);
  http::Response response;
  return page(request, response, "Import history", historyBody(entries, version, ready), "Import history");
}

http::Response ImportPages::tooLarge() const {
  Html main = govuk::heading("Data", "The upload is too large");
  main += govuk::para("Uploads can be at most " + std::to_string(options_.max_upload_mb) +
                      " MB in all. Nothing was stored.");
  main += govuk::para("Upload the files a few at a time, or split a large export (visits, for instance) into "
                      "smaller files of the same columns. The council's IT team can raise the limit with "
                      "max-upload-mb in the service's configuration file.");
  main += govuk::para(govuk::link("/admin/imports", "Back to the upload page"));
  return http::Response::html(layout_.render(view::Page{"The upload is too large", main, "", false}), 413);
}

}  // namespace hc::web::admin

#include "web/admin/imports/import_jobs.h"

#include <filesystem>

#include "access/audit_log.h"
#include "core/date.h"
#include "ingest/annex_a/annex_a_import.h"
#include "ingest/importer.h"
#include "load/figure_settings.h"
#include "load/stored_figures.h"
#include "store/database.h"

namespace hc::web::admin {
namespace fs = std::filesystem;
namespace {

// Every problem is kept for the CSV download; the page shows the first few.
constexpr size_t kMaxProblems = 100000;
// Progress is told this often, in rows.
constexpr int64_t kProgressRows = 5000;

// "visits.csv", "Workbook.xlsx: staff": a report's path in the user's words.
std::string displayName(const Upload& upload, const std::string& path) {
  std::string file = path, sheet;
  const size_t colon = path.rfind(": ");
  if (colon != std::string::npos) {
    file = path.substr(0, colon);
    sheet = path.substr(colon);
  }
  const std::string stored = fs::path(file).filename().string();
  for (const UploadedExport& f : upload.files)
    if (f.stored == stored) return f.client + sheet;
  return stored + sheet;
}

// The value a reason quotes first ("'S9' is not a known staff member").
std::string quotedValue(const std::string& reason) {
  if (reason.size() < 2 || reason[0] != '\'') return "";
  const size_t end = reason.find('\'', 1);
  return end == std::string::npos ? "" : reason.substr(1, end - 1);
}

KeptReport keep(const Upload& upload, const ingest::FileReport& r) {
  KeptReport k{displayName(upload, r.path), r.kind, std::string(ingest::name(r.outcome)), r.rows_read, r.inserted,
               r.replaced, r.rejected, r.warnings, 0, ""};
  for (const auto& m : r.messages) k.errors += m.is_error;
  k.errors += r.messages_not_shown;  // beyond kMaxProblems: counted, not listed
  if (!r.rejects_path.empty()) k.rejects = fs::path(r.rejects_path).filename().string();
  return k;
}

void keepProblems(const std::string& name, const ingest::FileReport& r, std::vector<KeptProblem>& out) {
  for (const ingest::Diagnostic& d : r.messages) {
    const std::string where = !d.location.empty() ? d.location : d.line > 0 ? "line " + std::to_string(d.line) : "";
    out.push_back({name, where, d.column, quotedValue(d.reason), d.reason, d.is_error});
  }
}

}  // namespace

ImportJobs::ImportJobs(std::string db_url, const UploadFolder& uploads, metrics::HealthCheckOptions figures)
    : db_url_(std::move(db_url)), uploads_(uploads), figures_(std::move(figures)) {}

ImportJobs::~ImportJobs() { wait(); }

bool ImportJobs::start(Upload upload, JobMode mode, const std::string& actor) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (running_) return false;
  if (thread_.joinable()) thread_.join();  // the last job, finished
  running_ = JobProgress{upload.id, mode, actor, {}};
  upload.status = mode == JobMode::kCheck ? "checking" : "importing";
  upload.mode = modeName(mode);
  upload.message.clear();
  uploads_.writeState(upload);
  thread_ = std::thread([this, upload, mode, actor] { run(upload, mode, actor); });
  return true;
}

std::optional<JobProgress> ImportJobs::progress() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return running_;
}

void ImportJobs::wait() {
  std::thread finished;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    finished = std::move(thread_);
  }
  if (finished.joinable()) finished.join();
}

void ImportJobs::run(Upload upload, JobMode mode, std::string actor) {
  const bool check = mode == JobMode::kCheck;
  const std::string rejects = uploads_.rejectsFolder(upload.id, mode);
  std::error_code ec;
  fs::create_directories(rejects, ec);
  // The running file's line, replaced as it grows; a new path starts a new one.
  auto told = [this, &upload, check](const ingest::FileReport& r, bool done) {
    const std::string name = displayName(upload, r.path);
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<FileProgress>& files = running_->files;
    if (files.empty() || files.back().done || files.back().name != name) files.push_back({name});
    FileProgress& f = files.back();
    f.rows_read = r.rows_read;
    f.rows_stored = done ? (check ? r.rows_read - r.rejected : r.inserted + r.replaced) : r.rows_read - r.rejected;
    if (done && !r.stored()) f.rows_stored = 0;
    f.done = done;
  };
  try {
    auto db = store::openDatabase(db_url_);
    std::vector<ingest::FileReport> reports;
    if (upload.what == "annex-a") {
      ingest::annex_a::Options options;
      options.extracted = *Date::parse(upload.extracted);
      options.check_only = check;
      options.skip_invalid = mode == JobMode::kImportValid;
      options.rejects_path = rejects;
      options.max_messages = kMaxProblems;
      options.actor = actor;
      const std::string path = upload.files.empty() ? "" : uploads_.pathOf(upload.id, upload.files.front().stored);
      reports.push_back(ingest::annex_a::importAnnexA(*db, path, options).file);
      told(reports.back(), true);
    } else {
      ingest::ImportOptions options;
      options.check_only = check;
      options.skip_invalid = mode == JobMode::kImportValid;
      options.rejects_path = rejects;
      options.max_messages = kMaxProblems;
      options.actor = actor;
      if (!upload.extracted.empty()) options.extracted = Date::parse(upload.extracted);
      options.progress_rows = kProgressRows;
      options.on_progress = [&](const ingest::FileReport& r) { told(r, false); };
      options.on_file = [&](const ingest::FileReport& r) { told(r, true); };
      std::vector<std::string> paths;
      for (const UploadedExport& f : upload.files) paths.push_back(uploads_.pathOf(upload.id, f.stored));
      reports = ingest::importPaths(*db, paths, options);
    }
    finish(upload, reports, mode, actor);
    try {
      if (!check) {
        bool any_stored = false;
        for (const auto& r : reports) any_stored = any_stored || r.stored();
        // As the command line does after an import (cli/figures_after_import.h).
        // With the stored settings (the browser's Settings may have changed
        // them since the server started), as the command line's import.
        if (any_stored) {
          if (const auto latest = load::storeLatestFigures(*db, load::loadFigureSettings(*db).applyTo(figures_)))
            upload.figures = latest->label;
        }
      }
    } catch (const std::exception&) {
      upload.figures.clear();  // computed when first asked for instead
    }
    upload.status = check ? "checked" : "imported";
  } catch (const std::exception& e) {
    upload.status = "failed";
    upload.message = std::string("The job stopped: ") + e.what();
  }
  uploads_.writeState(upload);
  std::lock_guard<std::mutex> lock(mutex_);
  running_.reset();
}

void ImportJobs::finish(Upload& upload, const std::vector<ingest::FileReport>& reports, JobMode mode,
                        const std::string& actor) {
  std::vector<KeptReport> kept;
  std::vector<KeptProblem> problems;
  int64_t errors = 0, warnings = 0;
  for (const ingest::FileReport& r : reports) {
    kept.push_back(keep(upload, r));
    keepProblems(kept.back().name, r, problems);
    errors += kept.back().errors;
    warnings += r.warnings;
  }
  uploads_.writeResults(upload.id, mode, kept, problems);
  auto db = store::openDatabase(db_url_);
  access::AuditLog audit(*db);
  const std::string subject = "upload " + std::to_string(upload.id);
  if (mode == JobMode::kCheck) {
    audit.record(actor, access::audit_action::kImportCheck, subject,
                 std::to_string(reports.size()) + " file(s): " + std::to_string(errors) + " error(s), " +
                     std::to_string(warnings) + " warning(s); nothing stored");
    return;
  }
  for (size_t i = 0; i < reports.size(); ++i)
    audit.record(actor, access::audit_action::kImport, kept[i].name, subject + ": " + ingest::outcomeSummary(reports[i]));
}

}  // namespace hc::web::admin

#include "ingest/importer.h"

#include <filesystem>

#include "ingest/checked_keys.h"
#include "ingest/file_import.h"
#include "ingest/import_plan.h"
#include "ingest/workbook_import.h"
#include "store/schema.h"

namespace hc::ingest {

std::string_view name(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::kStored: return "stored";
    case FileOutcome::kStoredWithRejects: return "stored_with_rejects";
    case FileOutcome::kRejected: return "rejected";
    case FileOutcome::kNotImported: return "not_imported";
  }
  return "";
}

std::vector<FileReport> importPaths(store::Database& db, const std::vector<std::string>& paths,
                                    const ImportOptions& given) {
  store::migrate(db);
  ImportOptions options = given;
  if (options.check_only && !options.checked_keys) options.checked_keys = std::make_shared<CheckedKeys>();
  // Workbooks are read sheet by sheet after the CSV files.
  std::vector<std::string> csv_paths, workbooks;
  for (const std::string& p : paths) (isWorkbookPath(p) ? workbooks : csv_paths).push_back(p);
  const std::vector<PlannedFile> plan = planImport(csv_paths, options.kind);
  size_t importable = 0;
  for (const PlannedFile& f : plan) importable += f.kind != nullptr;

  std::vector<FileReport> reports;
  for (const PlannedFile& f : plan) {
    if (f.kind) {
      reports.push_back(importFile(db, f.path, *f.kind, options, importable));
      if (options.on_file) options.on_file(reports.back());
      continue;
    }
    FileReport r;
    r.path = f.path;
    r.outcome = f.problem_is_error ? FileOutcome::kRejected : FileOutcome::kNotImported;
    r.messages.push_back(
        Diagnostic{std::filesystem::path(f.path).filename().string(), 0, "", f.problem, f.problem_is_error});
    r.warnings = f.problem_is_error ? 0 : 1;
    reports.push_back(std::move(r));
    if (options.on_file) options.on_file(reports.back());
  }
  for (const std::string& book : workbooks) {
    for (FileReport& r : importWorkbook(db, book, options)) {
      reports.push_back(std::move(r));
      if (options.on_file) options.on_file(reports.back());
    }
  }
  return reports;
}

std::string outcomeSummary(const FileReport& r) {
  return std::string(r.stored() ? "stored" : "rejected") + ": " + std::to_string(r.rows_read) + " read, " +
         std::to_string(r.inserted) + " inserted, " + std::to_string(r.replaced) + " replaced, " +
         std::to_string(r.rejected) + " rejected";
}

bool anyRejected(const std::vector<FileReport>& reports) {
  for (const FileReport& r : reports) {
    if (r.outcome == FileOutcome::kRejected || r.outcome == FileOutcome::kStoredWithRejects) return true;
  }
  return false;
}

}  // namespace hc::ingest

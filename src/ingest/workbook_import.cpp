#include "ingest/workbook_import.h"

#include <algorithm>
#include <filesystem>

#include "ingest/file_import.h"
#include "ingest/file_kinds.h"
#include "ingest/sheet_rows.h"
#include "ingest/text.h"
#include "xlsx/workbook.h"

namespace hc::ingest {

bool isWorkbookPath(const std::string& path) {
  return path.size() > 5 && equalsIgnoreCase(std::string_view(path).substr(path.size() - 5), ".xlsx");
}

std::vector<FileReport> importWorkbook(store::Database& db, const std::string& path, const ImportOptions& options) {
  std::vector<FileReport> reports;
  const std::filesystem::path file(path);
  xlsx::Workbook book(path);
  if (!book.error().empty()) {
    FileReport r;
    r.path = path;
    r.messages.push_back(Diagnostic{file.filename().string(), 0, "", book.error() + "; nothing is imported"});
    reports.push_back(std::move(r));
    return reports;
  }
  // Sheets of a known kind, in load order; notes for the others.
  std::vector<std::pair<const FileKind*, size_t>> planned;
  for (size_t s = 0; s < book.sheetNames().size(); ++s) {
    const std::string& name = book.sheetNames()[s];
    if (const FileKind* kind = findFileKind(name)) {
      planned.emplace_back(kind, s);
      continue;
    }
    FileReport r;
    r.path = path + ": " + name;
    r.outcome = FileOutcome::kNotImported;
    r.warnings = 1;
    // An Annex A workbook has its own command.
    const bool annex_a_list = name.size() >= 4 && equalsIgnoreCase(std::string_view(name).substr(0, 4), "list");
    r.messages.push_back(Diagnostic{name, 0, "",
                                    std::string("not a sheet the contract names (teams, staff, cases, visits ...); "
                                                "skipped") +
                                        (annex_a_list ? " (an Ofsted Annex A list? use healthcheck annex-a import)"
                                                      : ""),
                                    false});
    reports.push_back(std::move(r));
  }
  std::stable_sort(planned.begin(), planned.end(),
                   [](const auto& a, const auto& b) { return loadOrder(*a.first) < loadOrder(*b.first); });
  for (const auto& [kind, s] : planned) {
    SheetRows rows(book.openSheet(s));
    const std::string name = book.sheetNames()[s];
    // Rejects go beside the CSV files' as <workbook>.<sheet>.rejects.csv.
    const std::string stem_path = (file.parent_path() / (file.stem().string() + "." + name + ".csv")).string();
    FileReport report = importRows(db, rows, stem_path, *kind, options, planned.size());
    report.path = path + ": " + name;
    reports.push_back(std::move(report));
  }
  return reports;
}

}  // namespace hc::ingest

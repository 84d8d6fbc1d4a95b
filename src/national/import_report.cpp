#include "national/import_report.h"

#include <filesystem>

namespace hc::national {

ingest::FileReport startReport(const std::string& path, const std::string& kind) {
  ingest::FileReport report;
  report.path = path;
  report.kind = kind;
  report.outcome = ingest::FileOutcome::kRejected;
  return report;
}

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

void finishReport(ingest::FileReport& report, const ingest::DiagnosticList& diagnostics) {
  report.messages = diagnostics.kept();
  report.messages_not_shown = diagnostics.notKept();
  report.warnings = diagnostics.warnings();
}

}  // namespace hc::national

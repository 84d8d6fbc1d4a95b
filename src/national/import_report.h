// Helpers shared by the national imports (indicators, neighbours) for
// filling an ingest::FileReport, so that they report exactly like the
// council's own imports.
//
// Thread-safety: plain functions on caller-owned values.
#ifndef HC_NATIONAL_IMPORT_REPORT_H_
#define HC_NATIONAL_IMPORT_REPORT_H_

#include <string>

#include "ingest/diagnostic.h"
#include "ingest/importer.h"

namespace hc::national {

// A report for `path` of `kind`, outcome kRejected until finished.
ingest::FileReport startReport(const std::string& path, const std::string& kind);

// The base name used in messages: "dir/x.csv" -> "x.csv".
std::string baseName(const std::string& path);

// Copies the kept diagnostics into the report and counts the warnings.
void finishReport(ingest::FileReport& report, const ingest::DiagnosticList& diagnostics);

}  // namespace hc::national

#endif  // HC_NATIONAL_IMPORT_REPORT_H_

// `healthcheck annex-a import`: an Ofsted Annex A workbook becomes cases
// and allocations (shared/spec/annex-a.md). One case per child
// ("annexa-" + Child Unique ID) from its rows in lists 3, 4, 6, 7 and 8
// (child_case.h); teams matched by id or name, workers by staff name
// (directory.h); allocation history built up extract by extract.
//
// The rules of every import hold: the workbook is one transaction; by
// default one invalid row (or unknown team or worker) rejects it all and
// every problem is reported as SHEET!CELL: column: reason; with
// skip_invalid the valid children are stored and every row of an invalid
// child goes to the rejects file with its reason. Importing the same
// extract again changes nothing.
//
// Example:
//   hc::ingest::annex_a::Options options;
//   options.extracted = *hc::Date::parse("2025-04-30");
//   auto report = hc::ingest::annex_a::importAnnexA(*db, "annex-a.xlsx", options);
//
// Thread-safety: one import per Database at a time.
#ifndef HC_INGEST_ANNEX_A_ANNEX_A_IMPORT_H_
#define HC_INGEST_ANNEX_A_ANNEX_A_IMPORT_H_

#include <cstdint>
#include <string>

#include "core/date.h"
#include "ingest/importer.h"
#include "store/database.h"

namespace hc::ingest::annex_a {

struct Options {
  Date extracted;  // the extract date: rows dated after it are errors
  bool skip_invalid = false;
  std::string rejects_path;  // as for `healthcheck import` (rejects_file.h)
  // Non-empty: unknown teams are created with this service ("children").
  std::string create_teams_service;
  size_t max_messages = 50;
  // As ImportOptions: everything checked and written, then rolled back.
  bool check_only = false;
  std::string actor;  // who imports, for the import log
};

struct Report {
  FileReport file;  // rows read, cases inserted and replaced, rows rejected, messages
  int64_t children = 0;              // cases stored
  int64_t rejected_children = 0;
  int64_t allocations_started = 0;
  int64_t allocations_ended = 0;
  int64_t teams_created = 0;
};

// Imports the workbook at `path` after bringing the schema up to date.
// Throws only when the database cannot be reached.
Report importAnnexA(store::Database& db, const std::string& path, const Options& options);

}  // namespace hc::ingest::annex_a

#endif  // HC_INGEST_ANNEX_A_ANNEX_A_IMPORT_H_

// healthcheck import: loads CSV exports (or Excel workbooks of them) into the
// database, file by file and sheet by sheet.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <ostream>

#include "cli/command.h"
#include "access/audit_log.h"
#include "cli/command_options.h"
#include "cli/figures_after_import.h"
#include "demo/staff_survey.h"
#include "ingest/extract_date.h"
#include "ingest/importer.h"
#include "metrics/period.h"
#include "store/database.h"
#include "store/schema.h"
#include "surveys/survey_catalogue.h"
#include "surveys/survey_import.h"

namespace hc::cli {
namespace {

void printReport(const ingest::FileReport& r, std::ostream& out, std::ostream& err) {
  out << std::left << std::setw(22) << r.path << std::right << std::setw(10) << r.rows_read << " read"
      << std::setw(10) << r.inserted << " inserted" << std::setw(10) << r.replaced << " replaced"
      << std::setw(8) << r.rejected << " rejected" << std::setw(9) << std::fixed << std::setprecision(2)
      << r.seconds << " s";
  if (r.seconds > 0 && r.rows_read > 0) {
    out << std::setw(10) << std::setprecision(0) << (r.rows_read / r.seconds) << " rows/s";
  }
  out << "\n";
  if (r.repeats > 0) {
    out << "  " << r.repeats << " row(s) repeated an earlier row of the file exactly and were stored once\n";
  }
  for (const auto& m : r.messages) (m.is_error ? err : out) << "  " << m.text() << "\n";
  if (r.messages_not_shown > 0) {
    err << "  ... and " << r.messages_not_shown << " more; use --rejects FILE to have every one written out\n";
  }
  if (!r.rejects_path.empty() && r.rejected > 0) {
    err << "  the " << r.rejected << " rejected row(s) were written with their reasons to " << r.rejects_path << "\n";
  }
  if (r.outcome == ingest::FileOutcome::kRejected) err << "  " << r.path << ": nothing was stored from this file\n";
}

// One audit row per file (access/audit_log.h), written after importPaths
// returns so the importer's transactions stay its own. A database not yet
// migrated to the audit log's schema is not an error of the import.
void auditImports(store::Database& db, const std::vector<ingest::FileReport>& reports) {
  if (store::schemaVersion(db) < 4) return;
  access::AuditLog audit(db);
  const std::string actor = access::cliActor();
  for (const auto& r : reports) {
    audit.record(actor, access::audit_action::kImport, r.path, ingest::outcomeSummary(r));
  }
}

// The staff survey files among `paths` (given, or inside a given folder):
// staff-survey-SURVEY-PERIOD.csv (demo/staff_survey.h) whose period
// parses. Each is {path, survey id, period}; the survey is checked when
// imported.
struct SurveyFile {
  std::string path;
  std::string survey_id;
  metrics::Period period;
};

std::vector<SurveyFile> surveyFiles(const std::vector<std::string>& paths, const surveys::SurveyCatalogue* catalogue) {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  for (const std::string& given : paths) {
    std::error_code ec;
    if (fs::is_directory(given, ec)) {
      for (const auto& e : fs::directory_iterator(given, ec)) candidates.push_back(e.path());
    } else {
      candidates.emplace_back(given);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  std::vector<SurveyFile> out;
  for (const fs::path& p : candidates) {
    for (const auto& [survey_id, label] : demo::staffSurveyFileNameSplits(p.filename().string())) {
      const std::optional<metrics::Period> period = metrics::Period::parse(label);
      if (!period || (catalogue && !catalogue->find(survey_id))) continue;
      out.push_back({p.string(), survey_id, *period});
      break;
    }
  }
  return out;
}

// The survey definitions for staff survey files, or why they cannot be read.
struct SurveyFolder {
  std::optional<surveys::SurveyCatalogue> catalogue;
  std::string error;
};

SurveyFolder readSurveyFolder(const std::string& folder) {
  SurveyFolder out;
  try {
    out.catalogue.emplace(folder);
  } catch (const surveys::SurveyDefinitionError& e) {
    out.error = e.what();
  }
  return out;
}

// Imports each staff survey file as its survey's responses for its period
// (surveys/survey_import.h), replacing the contract importer's "not a
// file the data contract defines" report of one found in a folder.
void importSurveyFiles(store::Database& db, const std::vector<SurveyFile>& files, const SurveyFolder& folder,
                       const ingest::ImportOptions& options, std::vector<ingest::FileReport>& reports) {
  for (const SurveyFile& f : files) {
    reports.erase(std::remove_if(reports.begin(), reports.end(),
                                 [&](const ingest::FileReport& r) {
                                   return r.outcome == ingest::FileOutcome::kNotImported &&
                                          std::filesystem::path(r.path) == std::filesystem::path(f.path);
                                 }),
                  reports.end());
    if (!folder.catalogue) {
      ingest::FileReport r;
      r.path = f.path;
      r.outcome = ingest::FileOutcome::kRejected;
      r.messages.push_back(ingest::Diagnostic{std::filesystem::path(f.path).filename().string(), 0, "",
                                              "a staff survey file, but " + folder.error, true});
      reports.push_back(std::move(r));
      continue;
    }
    ingest::FileReport r = surveys::importSurveyResponses(
        db, f.path, {&folder.catalogue->get(f.survey_id), f.period.label, f.period.from, f.period.to}, options);
    r.path = f.path;
    reports.push_back(std::move(r));
  }
}

}  // namespace

int runImport(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  ingest::ImportOptions import;
  std::vector<std::string> paths;
  std::string survey_folder = context.surveys_folder, extracted;
  po::options_description options("Options");
  addRejectOptions(options, import);
  options.add_options()
      ("extracted", po::value<std::string>(&extracted),
       "the day the exports were taken, YYYY-MM-DD (not in the future): the records then cover up to it")
      ("check", po::bool_switch(&import.check_only),
       "check only: read and check every file as an import would, and store nothing")
      ("kind", po::value<std::string>(&import.kind),
       "the kind of a file whose name does not say it (teams, staff, visits, ...)")
      ("surveys", po::value<std::string>(&survey_folder)->default_value(survey_folder),
       "folder of survey definitions, for staff-survey-SURVEY-PERIOD.csv files");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] import [--extracted YYYY-MM-DD] [OPTIONS] PATH...",
                           "Imports CSV exports as the data contract describes them. PATH is a CSV\n"
                           "file, whose kind is known from its name (visits.csv) or --kind, or a folder\n"
                           "of them, loaded in dependency order (teams before staff before cases ...),\n"
                           "or an Excel workbook (.xlsx) whose sheets are named after the files (staff,\n"
                           "visits ...): each sheet is imported as its CSV file would be.\n"
                           "A file named staff-survey-SURVEY-PERIOD.csv (staff-survey-health-check-\n"
                           "2026-Q3.csv) holds that survey's responses for that period, in the layout\n"
                           "of 'healthcheck survey import', and is imported last.\n"
                           "Each file is one transaction: by default one invalid row rejects the file\n"
                           "and nothing from it is stored. Rows whose key is already stored replace it.\n"
                           "--extracted names the day the exports were taken: the records cover up to\n"
                           "the latest such day of any import (without one, up to their latest date),\n"
                           "and a start or event date after it is a warning.\n"
                           "--check reports what an import would do and stores nothing.\n"
                           "Exit status: 0 everything stored, 1 anything rejected, 2 wrong use.",
                           options, Positionals().rest("path", &paths), vm, context)) {
    return kOk;
  }
  if (paths.empty()) throw UsageError("give at least one CSV file or folder to import");
  if (!import.kind.empty() && paths.size() != 1) throw UsageError("--kind applies to a single file");
  if (vm.count("extracted")) {
    const ingest::ExtractDate day = ingest::checkExtractDate(extracted);
    if (!day.date) throw UsageError("--extracted: " + day.error);
    import.extracted = day.date;
  }

  import.actor = access::cliActor();
  auto db = store::openDatabase(context.db_url);
  SurveyFolder folder;
  std::vector<SurveyFile> survey_files;
  if (import.kind.empty()) {
    folder = readSurveyFolder(survey_folder);
    survey_files = surveyFiles(paths, folder.catalogue ? &*folder.catalogue : nullptr);
  }
  // A survey file named on the command line goes to the survey importer
  // alone: the contract's would call its kind unknown and reject it.
  std::vector<std::string> contract_paths;
  for (const std::string& p : paths)
    if (std::none_of(survey_files.begin(), survey_files.end(), [&](const SurveyFile& f) { return f.path == p; }))
      contract_paths.push_back(p);
  std::vector<ingest::FileReport> reports = ingest::importPaths(*db, contract_paths, import);
  importSurveyFiles(*db, survey_files, folder, import, reports);
  bool any_stored = false;
  for (const auto& r : reports) {
    printReport(r, context.out, context.err);
    any_stored = any_stored || r.stored();
  }
  if (import.check_only) {
    context.out << "Checked only: nothing was stored\n";
    return ingest::anyRejected(reports) ? kFailed : kOk;
  }
  // After the reports: on a full disk the audit row fails too, and the
  // user must still learn which files were stored.
  try {
    auditImports(*db, reports);
  } catch (const store::DatabaseError& e) {
    context.err << "healthcheck import: the audit log could not be written: " << e.what() << "\n";
    return kFailed;
  }
  if (any_stored) storeFiguresAfterImport(*db, context);
  if (!any_stored && !ingest::anyRejected(reports)) {
    context.err << "No CSV file of a known kind was found in " << paths.front()
                << " (file names such as teams.csv or visits.csv, or --kind)\n";
    return kFailed;
  }
  return ingest::anyRejected(reports) ? kFailed : kOk;
}

}  // namespace hc::cli

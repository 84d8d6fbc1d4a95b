// healthcheck annex-a import: reads an Ofsted Annex A workbook into cases
// and allocations (src/ingest/annex_a/, shared/spec/annex-a.md).
#include <ostream>

#include "access/audit_log.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "cli/figures_after_import.h"
#include "core/date.h"
#include "ingest/annex_a/annex_a_import.h"
#include "ingest/extract_date.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {
namespace {

void printReport(const ingest::annex_a::Report& r, std::ostream& out, std::ostream& err) {
  const ingest::FileReport& f = r.file;
  out << f.path << ": " << f.rows_read << " rows read; " << r.children << " children stored as cases (" << f.inserted
      << " new, " << f.replaced << " replaced); " << r.allocations_started << " allocation(s) started, "
      << r.allocations_ended << " ended";
  if (r.teams_created) out << "; " << r.teams_created << " team(s) created";
  out << "\n";
  for (const auto& m : f.messages) (m.is_error ? err : out) << "  " << m.text() << "\n";
  if (f.messages_not_shown > 0)
    err << "  ... and " << f.messages_not_shown << " more; use --rejects FILE to have every one written out\n";
  if (f.rejected > 0) {
    err << "  " << f.rejected << " row(s) of " << r.rejected_children << " child(ren) rejected";
    if (!f.rejects_path.empty()) err << "; written with their reasons to " << f.rejects_path;
    err << "\n";
  }
  if (f.outcome == ingest::FileOutcome::kRejected) err << "  " << f.path << ": nothing was stored from this workbook\n";
}

}  // namespace

int runAnnexA(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  ingest::annex_a::Options import;
  std::string verb, path, extracted;
  po::options_description options("Options");
  options.add_options()
      ("extracted", po::value<std::string>(&extracted), "the extract date, YYYY-MM-DD (required)")
      ("check", po::bool_switch(&import.check_only), "check only: read and check the workbook, store nothing")
      ("skip-invalid", po::bool_switch(&import.skip_invalid),
       "store the valid children and write every row of an invalid child to the rejects file")
      ("rejects", po::value<std::string>(&import.rejects_path),
       "the rejects file (default with --skip-invalid: NAME.rejects.csv in the current folder)")
      ("create-teams", po::value<std::string>(&import.create_teams_service),
       "create teams the workbook names but the database does not know, with this service (children)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] annex-a import FILE.xlsx --extracted YYYY-MM-DD [OPTIONS]",
                           "Imports an Ofsted Annex A workbook: lists 3, 4, 6, 7 and 8 become one case\n"
                           "per child with its team, referral, assessment and closure dates, and its\n"
                           "allocation to the worker named (matched by the name column of staff.csv).\n"
                           "Import teams and staff first. Monthly extracts build up allocation history.\n"
                           "The workbook is one transaction: by default one invalid row rejects it.\n"
                           "Exit status: 0 everything stored, 1 anything rejected, 2 wrong use.",
                           options, Positionals().add("verb", &verb).add("path", &path), vm, context)) {
    return kOk;
  }
  if (verb != "import") throw UsageError("the only verb is import: healthcheck annex-a import FILE.xlsx");
  if (path.empty()) throw UsageError("give the Annex A workbook (.xlsx) to import");
  if (!vm.count("extracted"))
    throw UsageError("--extracted YYYY-MM-DD is required: the date the workbook was extracted");
  const ingest::ExtractDate day = ingest::checkExtractDate(extracted);
  if (!day.date) throw UsageError("--extracted: " + day.error);
  import.extracted = *day.date;
  if (!import.create_teams_service.empty() && import.create_teams_service != "children" &&
      import.create_teams_service != "adults" && import.create_teams_service != "other")
    throw UsageError("--create-teams takes a service: children, adults or other");

  import.actor = access::cliActor();
  auto db = store::openDatabase(context.db_url);
  const auto report = ingest::annex_a::importAnnexA(*db, path, import);
  printReport(report, context.out, context.err);
  if (import.check_only) {
    context.out << "Checked only: nothing was stored\n";
    return report.file.outcome == ingest::FileOutcome::kStored ? kOk : kFailed;
  }
  try {
    if (store::schemaVersion(*db) >= 4) {
      access::AuditLog(*db).record(access::cliActor(), access::audit_action::kImport, path,
                                   std::string(report.file.stored() ? "stored" : "rejected") + ": annex A extract " +
                                       extracted + ", " + std::to_string(report.children) + " cases, " +
                                       std::to_string(report.file.rejected) + " rows rejected");
    }
  } catch (const store::DatabaseError& e) {
    context.err << "healthcheck annex-a: the audit log could not be written: " << e.what() << "\n";
    return kFailed;
  }
  if (report.file.stored()) storeFiguresAfterImport(*db, context);
  return report.file.outcome == ingest::FileOutcome::kStored ? kOk : kFailed;
}

}  // namespace hc::cli

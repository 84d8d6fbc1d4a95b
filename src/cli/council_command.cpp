// healthcheck council: the council's name and DfE local authority, one
// stored setting (national/council_setting.h).
//   council set --name NAME [--la CODE]
//   council show
#include "cli/council_command.h"

#include <ostream>

#include "cli/command.h"
#include "cli/command_options.h"
#include "access/audit_log.h"
#include "load/figure_settings.h"
#include "national/council_setting.h"
#include "store/schema.h"

namespace hc::cli {
namespace {

namespace po = boost::program_options;

const char* const kSummary =
    "Usage: healthcheck [--db URL] council SUBCOMMAND [OPTIONS]\n\n"
    "The council's name (page header, survey form, comparison page, members' report,\n"
    "workbook) and the DfE local authority whose published figures it is compared as.\n\n"
    "Subcommands:\n"
    "  set --name NAME [--la CODE]   store the name, and the authority when given\n"
    "  show                          show what is stored\n\n"
    "Run 'healthcheck council SUBCOMMAND --help' for its options.\n";

int runSet(const std::vector<std::string>& args, Context& context) {
  std::string name, la;
  po::options_description options("Options");
  options.add_options()("name", po::value<std::string>(&name), "the council's name, e.g. \"Northshire County Council\"")(
      "la", po::value<std::string>(&la), "its DfE local authority: new code (E06000005) or old code (841)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] council set --name NAME [--la CODE]",
                           "Stores the council's name and, with --la, the DfE local authority it is compared\n"
                           "as (looked up in the imported DfE indicators). A running server shows the new\n"
                           "name after it is restarted.",
                           options, {}, vm, context))
    return kOk;
  if (!vm.count("name")) throw UsageError("give the council's name with --name");
  if (const auto reason = national::councilNameProblem(name))
    throw UsageError("--name: '" + name + "' is not a council name: " + *reason);
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  std::optional<national::Authority> authority;
  if (!la.empty()) {
    std::string error;
    authority = national::findAuthority(*db, la, &error);
    if (!authority) {
      context.err << "healthcheck council set: --la: " << error << "\n";
      return kFailed;  // nothing stored: the name waits for a good code
    }
  }
  load::saveCouncil(*db, name, authority, access::cliActor());  // audited as the browser's change is
  printCouncil(*db, context.out);
  return kOk;
}

int runShow(const std::vector<std::string>& args, Context& context) {
  po::options_description options("Options");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] council show", "Shows the council's stored setting.",
                           options, {}, vm, context))
    return kOk;
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  printCouncil(*db, context.out);
  return kOk;
}

}  // namespace

void printCouncil(store::Database& db, std::ostream& out) {
  const national::Council council = national::loadCouncil(db);
  out << "Council: "
      << (council.name.empty() ? std::string("not named (council set --name NAME); shown as \"") +
                                     national::kUnnamedCouncil + "\""
                               : council.name)
      << "\n";
  if (!council.authority) {
    out << "DfE local authority: not set (council set --name NAME --la CODE)\n";
    return;
  }
  const national::Authority& a = *council.authority;
  out << "DfE local authority: " << a.la_name << " (" << a.new_la_code << ", " << a.old_la_code << ")\n";
  const bool own = !national::neighbourOverride(db).empty();
  out << "Neighbours (" << (own ? "the council's own list" : "the DfE's statistical neighbours") << "):";
  const auto list = national::councilNeighbours(db, a);
  for (const auto& code : list) out << " " << code;
  out << (list.empty() ? " none (import them: benchmarks neighbours import FILE)\n" : "\n");
}

int runCouncilSetting(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kSummary, "subcommand", {{"set", runSet}, {"show", runShow}});
}

}  // namespace hc::cli

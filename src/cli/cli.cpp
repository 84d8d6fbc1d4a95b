#include "cli/cli.h"

#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "cli/data_folders.h"
#include "cli/service_config.h"
#include "store/database.h"

namespace hc::cli {
namespace {

namespace po = boost::program_options;

struct CommandEntry {
  const char* name;
  CommandFunction run;
  const char* summary;
};

const CommandEntry kCommands[] = {
    {"init", runInit, "create or upgrade the database schema"},
    {"import", runImport, "import CSV exports (files or folders) into the database"},
    {"annex-a", runAnnexA, "import an Ofsted Annex A workbook (.xlsx) as cases and allocations"},
    {"metrics", runMetrics, "compute the health-check metrics for a period"},
    {"report", runReport, "write the members' report (HTML, PDF) and the analysts' workbook (XLSX)"},
    {"demo", runDemo, "write a realistic demo council as CSV files"},
    {"council", runCouncilSetting, "name this council and give its DfE local authority code (set, show)"},
    {"benchmarks", runBenchmarks, "import the DfE's published figures; set this council's authority and neighbours"},
    {"census", runCensus, "import the council's DfE workforce census return (XML) and check its figures"},
    {"survey", runSurvey, "run a staff survey: open, invite, status, close, import, results, publish, unpublish"},
    {"action", runAction, "agree and follow up actions on the findings: add, update, list"},
    {"serve", runServe, "serve the dashboard, the members' report and the staff survey form over HTTP"},
    {"user", runUser, "manage accounts: add, remove, reset-password, unlock, list"},
    {"audit", runAudit, "show the audit log: imports, account changes, sign-ins, exports"},
    {"mail", runMail, "the mail relay and the queue of messages: test, queue, send, send-again"},
    {"backup", runBackup, "copy the SQLite database while it is in use (MySQL: says how to use mysqldump)"},
};

const char* const kDefaultDb = "sqlite:healthcheck.db";

// Where the command word is in args (args.size() when there is none): the
// first word that is neither a global option nor the value of one.
std::size_t commandPosition(const std::vector<std::string>& args, const po::options_description& global) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") return i + 1;
    if (a.size() < 2 || a[0] != '-') return i;
    if (a.compare(0, 2, "--") != 0 || a.find('=') != std::string::npos) continue;
    const po::option_description* option = global.find_nothrow(a.substr(2), true);
    if (option && option->semantic()->max_tokens() > 0) ++i;  // "--db URL"
  }
  return args.size();
}

// For a command's "unrecognised option '--db'" when --db is one of
// healthcheck's own options, given after the command: where it goes.
std::string placeOfGlobalOption(const po::error& e, const po::options_description& global,
                                const std::string& command) {
  const auto* unknown = dynamic_cast<const po::unknown_option*>(&e);
  if (!unknown) return "";
  std::string name = unknown->get_option_name();
  while (!name.empty() && name.front() == '-') name.erase(name.begin());
  name = name.substr(0, name.find('='));
  const po::option_description* option = name.empty() ? nullptr : global.find_nothrow(name, false);
  if (!option) return "";
  const std::string dashed = option->canonical_display_name(po::command_line_style::allow_long);
  return "\n" + dashed + " is an option of healthcheck itself: give it before the command, as in 'healthcheck " +
         dashed + (option->semantic()->max_tokens() > 0 ? " VALUE " : " ") + command + " ...'.";
}

void printUsage(std::ostream& out, const po::options_description& global) {
  out << "Usage: healthcheck [--config FILE] [--db URL] COMMAND [OPTIONS]\n\n"
         "The social work health check: imports a council's case-management and\n"
         "scheduling exports, computes the health-check metrics and reports them.\n\n"
         "Commands:\n";
  for (const auto& c : kCommands) {
    out << "  " << c.name << std::string(12 - std::string(c.name).size(), ' ') << c.summary << "\n";
  }
  out << "\n" << global
      << "\nRun 'healthcheck COMMAND --help' (or 'healthcheck help COMMAND') for a command's options.\n";
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description global("Global options");
  global.add_options()
      ("help,h", "show this help")
      ("version", "print the version and stop")
      ("config", po::value<std::string>(),
       "configuration file (default /etc/healthcheck/healthcheck.conf, used when present): database, "
       "council, host, port, TLS files, survey folder; the command line and the environment override it")
      ("db", po::value<std::string>(),
       "database: sqlite:PATH (default sqlite:healthcheck.db) or "
       "mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE; also HEALTHCHECK_DB. "
       "The password may come from HEALTHCHECK_DB_PASSWORD instead");

  // Global options come before the command; everything from the command on
  // belongs to the command, untouched and in order, so that its own options
  // (and its subcommand's: "benchmarks import --help") reach it.
  po::variables_map vm;
  std::string command;
  std::vector<std::string> rest;
  try {
    const std::size_t at = commandPosition(args, global);
    po::store(po::command_line_parser(std::vector<std::string>(args.begin(), args.begin() + at))
                  .options(global)
                  .style(po::command_line_style::default_style)
                  .run(),
              vm);
    if (at < args.size()) {
      command = args[at];
      rest.assign(args.begin() + at + 1, args.end());
    }
  } catch (const po::error& e) {
    err << "healthcheck: " << e.what() << "\nRun 'healthcheck --help' for usage.\n";
    return kUsage;
  }

  if (vm.count("version")) {
    out << "healthcheck " << HC_VERSION << "\n";
    return kOk;
  }
  // "healthcheck help [COMMAND [SUBCOMMAND]]" is "... --help".
  if (command == "help") {
    if (rest.empty()) {
      printUsage(out, global);
      return kOk;
    }
    command = rest.front();
    rest.erase(rest.begin());
    rest.push_back("--help");
  }
  if (command.empty()) {
    if (vm.count("help")) {
      printUsage(out, global);
      return kOk;
    }
    printUsage(err, global);
    return kUsage;
  }
  // "healthcheck --help import" reads as asking for the command's help, and
  // "healthcheck --help survey open" for the subcommand's: last, after them.
  if (vm.count("help")) rest.push_back("--help");

  // Settings by precedence: command line, environment, configuration file,
  // built-in default (README "Installing on a server").
  ServiceConfig config;
  try {
    config = vm.count("config") ? readServiceConfig(vm["config"].as<std::string>(), true)
                                : readServiceConfig(kDefaultConfigPath, false);
  } catch (const ConfigError& e) {
    err << "healthcheck: " << e.what() << "\n";
    return kFailed;
  }
  std::string db_url = config.db.value_or(kDefaultDb);
  if (const char* env = std::getenv("HEALTHCHECK_DB"); env && *env) db_url = env;
  if (vm.count("db")) db_url = vm["db"].as<std::string>();
  const DataFolders folders = resolveDataFolders(config);

  for (const auto& c : kCommands) {
    if (command != c.name) continue;
    Context context{db_url, out, err, folders.surveys, folders.assets, config, command};
    try {
      return c.run(rest, context);
    } catch (const UsageError& e) {
      err << "healthcheck " << context.command << ": " << e.what() << "\nRun 'healthcheck " << context.command
          << " --help' for usage.\n";
      return kUsage;
    } catch (const po::error& e) {
      err << "healthcheck " << context.command << ": " << e.what() << placeOfGlobalOption(e, global, command)
          << "\nRun 'healthcheck " << context.command << " --help' for usage.\n";
      return kUsage;
    } catch (const store::DatabaseError& e) {
      err << "healthcheck " << command << ": database error: " << e.what() << "\n";
      return kFailed;
    } catch (const std::exception& e) {
      err << "healthcheck " << command << ": " << e.what() << "\n";
      return kFailed;
    }
  }
  err << "healthcheck: unknown command '" << command << "'\nRun 'healthcheck --help' for the commands.\n";
  return kUsage;
}

}  // namespace hc::cli

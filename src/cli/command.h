// The pieces every `healthcheck` command shares: where it writes, which
// database it uses, and how it reports wrong use.
//
// A command is a function from its own arguments to an exit status:
//   0 - done, everything stored or computed;
//   1 - the work was refused or failed (rejected rows, unreachable database);
//   2 - wrong use of the command line (the message says what is wrong).
//
// Thread-safety: a Context is used by one command on one thread.
#ifndef HC_CLI_COMMAND_H_
#define HC_CLI_COMMAND_H_

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/service_config.h"

namespace hc::cli {

enum ExitStatus { kOk = 0, kFailed = 1, kUsage = 2 };

struct Context {
  std::string db_url;  // from --db, HEALTHCHECK_DB, the configuration file, or the default
  std::ostream& out;
  std::ostream& err;
  // The folders a command uses when given none (cli/data_folders.h).
  std::string surveys_folder = "surveys";
  std::string assets_folder;
  ServiceConfig config;  // the configuration file's settings, for serve's defaults
  // The words that chose what runs, "benchmarks import": runSubcommand adds
  // the subcommand, so that wrong use points at that subcommand's --help.
  std::string command;
};

// Thrown by a command for wrong use; run() prints it with the --help hint of
// context.command (the subcommand, when there is one) and exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using CommandFunction = int (*)(const std::vector<std::string>& args, Context& context);

int runImport(const std::vector<std::string>& args, Context& context);
int runAnnexA(const std::vector<std::string>& args, Context& context);
int runInit(const std::vector<std::string>& args, Context& context);
int runDemo(const std::vector<std::string>& args, Context& context);
int runMetrics(const std::vector<std::string>& args, Context& context);
int runSurvey(const std::vector<std::string>& args, Context& context);
int runServe(const std::vector<std::string>& args, Context& context);
int runReport(const std::vector<std::string>& args, Context& context);
// report subscribe|send-now (report_mail_command.cpp), which runReport hands on.
bool isReportMailCommand(const std::vector<std::string>& args);
int runReportMail(const std::vector<std::string>& args, Context& context);
int runBenchmarks(const std::vector<std::string>& args, Context& context);
int runCensus(const std::vector<std::string>& args, Context& context);
int runUser(const std::vector<std::string>& args, Context& context);
int runAudit(const std::vector<std::string>& args, Context& context);
int runAction(const std::vector<std::string>& args, Context& context);
int runBackup(const std::vector<std::string>& args, Context& context);
int runMail(const std::vector<std::string>& args, Context& context);
int runCouncilSetting(const std::vector<std::string>& args, Context& context);

}  // namespace hc::cli

#endif  // HC_CLI_COMMAND_H_

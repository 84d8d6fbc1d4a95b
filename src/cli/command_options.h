// Parsing one command's options with Boost.Program_options, the same way for
// every command: `--help` prints the command's usage, unknown options and
// missing values are usage errors (exit 2) naming the option.
#ifndef HC_CLI_COMMAND_OPTIONS_H_
#define HC_CLI_COMMAND_OPTIONS_H_

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "cli/command.h"

namespace hc::cli {

// Parses args into vm. Returns false when --help was asked for (the usage
// has been printed to context.out); throws UsageError on wrong use.
// `usage` is the first line, e.g. "healthcheck import [OPTIONS] PATH...".
bool parseCommandOptions(const std::vector<std::string>& args, const std::string& usage,
                         const std::string& description, boost::program_options::options_description& options,
                         const boost::program_options::positional_options_description& positional,
                         boost::program_options::variables_map& vm, Context& context);

}  // namespace hc::cli

#endif  // HC_CLI_COMMAND_OPTIONS_H_

// The `healthcheck` command line: global options, then a command and its own
// options. Runs in-process so tests can drive it exactly as a user would.
//
// Example:
//   std::ostringstream out, err;
//   int status = hc::cli::run({"--db", "sqlite:x.db", "import", "data/"}, out, err);
//
// Thread-safety: run() may be called from several threads with separate
// streams; it reads the environment (HEALTHCHECK_DB) but changes nothing global.
#ifndef HC_CLI_CLI_H_
#define HC_CLI_CLI_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace hc::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace hc::cli

#endif  // HC_CLI_CLI_H_

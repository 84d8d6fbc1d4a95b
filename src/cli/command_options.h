// Parsing one command's options with Boost.Program_options, the same way for
// every command: `--help` prints the command's usage, unknown options and
// missing values are usage errors (exit 2) naming the option. Its words that
// are not options (a FILE, a RUN) are declared once as Positionals, and a
// command of subcommands ("action add|update|list") dispatches through
// runSubcommand.
//
// Thread-safety: plain functions; a Positionals is used by one thread.
#ifndef HC_CLI_COMMAND_OPTIONS_H_
#define HC_CLI_COMMAND_OPTIONS_H_

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "ingest/importer.h"

namespace hc::cli {

// A command's words that are not options, in order. Example, for
// "annex-a import FILE":
//   Positionals().add("verb", &verb).add("path", &path)
class Positionals {
 public:
  // The next word goes to `value` (a string, a number); `required`: a
  // usage error naming it when missing.
  template <typename T>
  Positionals& add(const char* name, T* value, bool required = false) {
    auto* semantic = boost::program_options::value(value);
    if (required) semantic->required();
    return word(name, semantic, 1);
  }
  // Every word left goes to `values`.
  Positionals& rest(const char* name, std::vector<std::string>* values) {
    return word(name, boost::program_options::value(values), -1);
  }

  // Declares the words as hidden options (so --help does not list them)
  // and their positions.
  void declare(boost::program_options::options_description& hidden,
               boost::program_options::positional_options_description& positions) const;

 private:
  Positionals& word(const char* name, const boost::program_options::value_semantic* semantic, int count);

  struct Word {
    boost::shared_ptr<boost::program_options::option_description> option;  // owns the semantic
    int count;  // -1: every word left
  };
  std::vector<Word> words_;
};

// Parses args into vm. Returns false when --help was asked for (the usage
// has been printed to context.out); throws UsageError on wrong use.
// `usage` is the first line, e.g. "healthcheck import [OPTIONS] PATH...".
bool parseCommandOptions(const std::vector<std::string>& args, const std::string& usage,
                         const std::string& description, boost::program_options::options_description& options,
                         const Positionals& positionals, boost::program_options::variables_map& vm,
                         Context& context);

// Adds --skip-invalid and --rejects FILE, which every import of rows takes
// (ingest/import_run.h), setting `import`.
void addRejectOptions(boost::program_options::options_description& options, ingest::ImportOptions& import);

// One subcommand of a command: "add" of "action add".
struct Subcommand {
  const char* name;
  int (*run)(const std::vector<std::string>& args, Context& context);
};

// Runs the subcommand args[0] names with the words after it (so
// "action add --help" is add's own help), adding its name to
// context.command. Without a subcommand prints `overview` to context.err
// (exit 2), with --help first to context.out (exit 0); an unknown one is a
// UsageError naming those there are, e.g. "unknown action 'x' (add, update,
// list)" for noun "action". A subcommand may itself run subcommands
// ("benchmarks neighbours import").
int runSubcommand(const std::vector<std::string>& args, Context& context, const char* overview, const char* noun,
                  const std::vector<Subcommand>& subcommands);

}  // namespace hc::cli

#endif  // HC_CLI_COMMAND_OPTIONS_H_

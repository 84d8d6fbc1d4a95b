#include "cli/command_options.h"

#include <boost/make_shared.hpp>
#include <ostream>

namespace hc::cli {

namespace po = boost::program_options;

Positionals& Positionals::word(const char* name, const po::value_semantic* semantic, int count) {
  words_.push_back(Word{boost::make_shared<po::option_description>(name, semantic), count});
  return *this;
}

void Positionals::declare(po::options_description& hidden, po::positional_options_description& positions) const {
  for (const Word& w : words_) {
    hidden.add(w.option);
    positions.add(w.option->long_name().c_str(), w.count);
  }
}

bool parseCommandOptions(const std::vector<std::string>& args, const std::string& usage,
                         const std::string& description, po::options_description& options,
                         const Positionals& positionals, po::variables_map& vm, Context& context) {
  options.add_options()("help,h", "show this help");
  po::options_description hidden;
  po::positional_options_description positions;
  positionals.declare(hidden, positions);
  po::options_description all;
  all.add(options).add(hidden);
  po::store(po::command_line_parser(args).options(all).positional(positions).run(), vm);
  if (vm.count("help")) {
    context.out << "Usage: " << usage << "\n\n" << description << "\n\n" << options << "\n";
    return false;
  }
  po::notify(vm);
  return true;
}

void addRejectOptions(po::options_description& options, ingest::ImportOptions& import) {
  options.add_options()
      ("skip-invalid", po::bool_switch(&import.skip_invalid),
       "store the valid rows and write each invalid row, unchanged, to the rejects file with its reason "
       "(default: one invalid row rejects the whole file)")
      ("rejects", po::value<std::string>(&import.rejects_path),
       "the rejects file (default with --skip-invalid: NAME.rejects.csv in the current folder)");
}

int runSubcommand(const std::vector<std::string>& args, Context& context, const char* overview, const char* noun,
                  const std::vector<Subcommand>& subcommands) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    (args.empty() ? context.err : context.out) << overview;
    return args.empty() ? kUsage : kOk;
  }
  std::string names;
  for (const Subcommand& s : subcommands) {
    if (args[0] == s.name) {
      context.command += " " + args[0];
      return s.run(std::vector<std::string>(args.begin() + 1, args.end()), context);
    }
    names += (names.empty() ? "" : ", ") + std::string(s.name);
  }
  throw UsageError("unknown " + std::string(noun) + " '" + args[0] + "' (" + names + ")");
}

}  // namespace hc::cli

#include "cli/command_options.h"

#include <ostream>

namespace hc::cli {

namespace po = boost::program_options;

bool parseCommandOptions(const std::vector<std::string>& args, const std::string& usage,
                         const std::string& description, po::options_description& options,
                         const po::positional_options_description& positional, po::variables_map& vm,
                         Context& context) {
  options.add_options()("help,h", "show this help");
  // Positional arguments are declared by the caller as hidden options, so
  // they are parsed from the same description.
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    context.out << "Usage: " << usage << "\n\n" << description << "\n\n" << options << "\n";
    return false;
  }
  po::notify(vm);
  return true;
}

}  // namespace hc::cli

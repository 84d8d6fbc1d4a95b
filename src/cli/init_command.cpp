// healthcheck init: create or upgrade the schema of the database.
#include <ostream>

#include "cli/command.h"
#include "cli/command_options.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {

int runInit(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  po::options_description options("Options");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] init",
                           "Creates the database's tables, or upgrades an older database to this\n"
                           "program's schema. Import does this too when it is needed.",
                           options, {}, vm, context)) {
    return kOk;
  }
  auto db = store::openDatabase(context.db_url);
  const int applied = store::migrate(*db);
  context.out << db->describe() << ": schema version " << store::schemaVersion(*db);
  context.out << (applied == 0 ? " (already up to date)\n"
                               : " (" + std::to_string(applied) + " migration(s) applied)\n");
  return kOk;
}

}  // namespace hc::cli

// healthcheck backup --to FILE: a consistent copy of the SQLite database,
// taken while the server runs (store/sqlite_backup.h); for MySQL/MariaDB it
// says how to use mysqldump instead. Each backup is audited.
#include <ostream>

#include "access/audit_log.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {

int runBackup(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  std::string to;
  po::options_description options("Options");
  options.add_options()("to", po::value(&to)->required(), "the file to write the copy to (replaced when it exists)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] backup --to FILE",
                           "Copies the SQLite database to FILE with SQLite's online backup API: safe\n"
                           "while `healthcheck serve` or an import is running, which go on unhindered.\n"
                           "The copy is a snapshot of one moment, checked before it replaces FILE.\n"
                           "MySQL/MariaDB: use mysqldump --single-transaction (the command says how).",
                           options, {}, vm, context))
    return kOk;
  auto db = store::openDatabase(context.db_url);
  const store::BackupResult result = db->backupTo(to);
  if (!result.ok) {
    context.err << "healthcheck backup: " << result.message << "\n";
    return kFailed;
  }
  const std::string detail = "from " + db->describe() + ": " + std::to_string(result.pages) + " pages, " +
                             std::to_string(result.bytes) + " bytes";
  if (store::schemaVersion(*db) >= 4)
    access::AuditLog(*db).record(access::cliActor(), access::audit_action::kBackup, to, detail);
  context.out << "Backed up " << db->describe() << " to " << to << " (" << result.pages << " pages, " << result.bytes
              << " bytes, checked)\n";
  return kOk;
}

}  // namespace hc::cli

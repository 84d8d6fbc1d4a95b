// healthcheck audit --since DATE [--until DATE] [--person NAME] [--kind KIND]:
// the audit log (src/access/audit_log.h), oldest first, as tab-separated
// lines; the same query as the audit page's.
#include <ostream>

#include "access/audit_log.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "core/date.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {

int runAudit(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  access::AuditFilter filter;  // the audit page's filter (web/admin/audit_pages.h)
  size_t limit = 10000;
  po::options_description options("Options");
  options.add_options()("since", po::value(&filter.from)->required(), "the first day to show, YYYY-MM-DD (UTC)")(
      "until", po::value(&filter.to), "the last day to show, YYYY-MM-DD (UTC), included")(
      "person", po::value(&filter.actor), "only this person's entries (a username, or cli:LOGIN)")(
      "kind", po::value(&filter.action), "only this kind of event (login, import, settings-change, ...)")(
      "limit", po::value(&limit), "at most this many entries (default 10000)");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] audit --since YYYY-MM-DD [--until YYYY-MM-DD] [--person NAME] [--kind KIND] [--limit N]",
                           "Shows the audit log from a day on, oldest first: time (UTC), who, what, to\n"
                           "what, and details, separated by tabs. The log records imports, survey\n"
                           "changes, account changes, sign-ins (and failed ones) and report exports.",
                           options, {}, vm, context))
    return kOk;
  if (!Date::parse(filter.from)) throw UsageError("--since must be a date, YYYY-MM-DD");
  if (!filter.to.empty() && !Date::parse(filter.to)) throw UsageError("--until must be a date, YYYY-MM-DD");
  auto db = store::openDatabase(context.db_url);
  if (store::schemaVersion(*db) < 4) throw UsageError("this database has no audit log yet: run healthcheck init");
  const auto entries = access::AuditLog(*db).find(filter, 0, limit, /*oldest_first=*/true);
  for (const auto& e : entries)
    context.out << e.at << "\t" << e.actor << "\t" << e.action << "\t" << e.subject << "\t" << e.detail << "\n";
  if (entries.size() == limit) context.err << "(stopped at --limit " << limit << "; there may be more)\n";
  return kOk;
}

}  // namespace hc::cli

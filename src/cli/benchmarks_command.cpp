// healthcheck benchmarks: the DfE's published figures to compare the council
// with (src/national/).
//   benchmarks import FILE              the DfE workforce indicators CSV
//   benchmarks neighbours import FILE   the DfE statistical neighbours CSV
//   benchmarks council [--la CODE] [--neighbours CODES | --dfe-neighbours]
//   benchmarks show --period P [--metric ID]
#include <iomanip>
#include <ostream>
#include <sstream>

#include "cli/command.h"
#include "cli/command_options.h"
#include "cli/council_command.h"
#include "metrics/catalogue.h"
#include "national/comparison.h"
#include "national/council_setting.h"
#include "national/indicators_import.h"
#include "national/neighbours_import.h"
#include "national/published_measures.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {
namespace {

namespace po = boost::program_options;

const char* const kSummary =
    "Usage: healthcheck [--db URL] benchmarks SUBCOMMAND [OPTIONS]\n\n"
    "The DfE's published children's social work workforce figures, to compare the\n"
    "council's vacancy, agency, turnover, caseload and sickness rates with England,\n"
    "its region and its statistical neighbours.\n\n"
    "Subcommands:\n"
    "  import FILE              the DfE workforce indicators CSV (a newer edition\n"
    "                           replaces the years it holds)\n"
    "  neighbours import FILE   the DfE statistical neighbours CSV\n"
    "  council                  show or set this council's local authority (--la)\n"
    "                           and its own neighbour list (--neighbours)\n"
    "  show --period P          the comparison for a period\n\n"
    "Run 'healthcheck benchmarks SUBCOMMAND --help' for its options.\n";

const char* const kNeighboursSummary =
    "Usage: healthcheck [--db URL] benchmarks neighbours import [OPTIONS] FILE\n\n"
    "The DfE's statistical neighbour groups (statistical_neighbours_*.csv).\n\n"
    "Run 'healthcheck benchmarks neighbours import --help' for its options.\n";

void printFileReport(const ingest::FileReport& r, Context& context) {
  context.out << r.path << ": " << r.rows_read << " read, " << r.inserted << " inserted, " << r.replaced
              << " replaced, " << r.rejected << " rejected\n";
  for (const auto& m : r.messages) (m.is_error ? context.err : context.out) << "  " << m.text() << "\n";
  if (r.messages_not_shown > 0) context.err << "  ... and " << r.messages_not_shown << " more\n";
  if (!r.rejects_path.empty() && r.rejected > 0)
    context.err << "  the " << r.rejected << " rejected row(s) were written with their reasons to " << r.rejects_path
                << "\n";
  if (!r.stored()) context.err << "  " << r.path << ": nothing was stored from this file\n";
}

// Parses "healthcheck benchmarks <sub> FILE" and imports FILE with `import`.
int runFileImport(const std::vector<std::string>& args, Context& context, const std::string& usage,
                  const std::string& description,
                  ingest::FileReport (*import)(store::Database&, const std::string&, const ingest::ImportOptions&)) {
  std::string path;
  ingest::ImportOptions import_options;
  po::options_description options("Options");
  addRejectOptions(options, import_options);
  po::variables_map vm;
  if (!parseCommandOptions(args, usage, description, options, Positionals().add("file", &path), vm, context))
    return kOk;
  if (path.empty()) throw UsageError("give the CSV file to import");
  auto db = store::openDatabase(context.db_url);
  const ingest::FileReport report = import(*db, path, import_options);
  printFileReport(report, context);
  return ingest::anyRejected({report}) ? kFailed : kOk;  // as `healthcheck import`: 1 when anything is rejected
}

std::vector<std::string> splitCodes(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string code;
  while (std::getline(in, code, ',')) {
    const auto b = code.find_first_not_of(' '), e = code.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(code.substr(b, e - b + 1));
  }
  return out;
}

int runCouncil(const std::vector<std::string>& args, Context& context) {
  std::string la, neighbours;
  bool dfe_neighbours = false;
  po::options_description options("Options");
  options.add_options()
      ("la", po::value<std::string>(&la), "this council's local authority: new code (E09000002) or old code (301)")
      ("neighbours", po::value<std::string>(&neighbours),
       "the council's own neighbour list, comma-separated codes, replacing the DfE's group")
      ("dfe-neighbours", po::bool_switch(&dfe_neighbours), "drop the council's own list: use the DfE's group");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] benchmarks council [--la CODE] [--neighbours CODES]",
                           "Sets (or, without options, shows) which local authority this council is and\n"
                           "whom it is compared with. Codes are looked up in the imported DfE indicators.\n"
                           "The authority is part of the council's setting (see 'healthcheck council').",
                           options, {}, vm, context)) {
    return kOk;
  }
  if (!neighbours.empty() && dfe_neighbours) throw UsageError("give --neighbours or --dfe-neighbours, not both");
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  // Every code is looked up before anything is changed, so a mistyped
  // neighbour does not leave the authority set and the list not.
  std::string error;
  std::optional<national::Authority> authority;
  if (!la.empty()) {
    authority = national::findAuthority(*db, la, &error);
    if (!authority) {
      context.err << "healthcheck benchmarks council: " << error << "\n";
      return kFailed;
    }
  }
  std::vector<std::string> old_codes;
  for (const auto& code : splitCodes(neighbours)) {
    const auto neighbour = national::findAuthority(*db, code, &error);
    if (!neighbour) {
      context.err << "healthcheck benchmarks council: --neighbours: " << error << "\n";
      return kFailed;
    }
    old_codes.push_back(neighbour->old_la_code);
  }
  if (authority) national::setCouncilAuthority(*db, *authority);
  if (!neighbours.empty() || dfe_neighbours) national::setNeighbourOverride(*db, old_codes);
  printCouncil(*db, context.out);
  return kOk;
}

std::string figure(const std::optional<double>& v) {
  if (!v) return "-";
  std::ostringstream s;
  s << std::fixed << std::setprecision(1) << *v;
  return s.str();
}

int runShow(const std::vector<std::string>& args, Context& context) {
  std::string period_text, metric;
  po::options_description options("Options");
  options.add_options()
      ("period", po::value<std::string>(&period_text)->required(), "the reporting period, e.g. csww-2025 or 2025-Q3")
      ("metric", po::value<std::string>(&metric), "list the council among its region and neighbours for this metric");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] benchmarks show --period P [--metric ID]",
                           "Shows the England, region and statistical-neighbour figures of the DfE year\n"
                           "matching the period, and the council's rank among its region and neighbours.",
                           options, {}, vm, context)) {
    return kOk;
  }
  std::string error;
  const auto period = metrics::Period::parse(period_text, &error);
  if (!period) throw UsageError("--period: " + error);
  auto db = store::openDatabase(context.db_url);
  store::migrate(*db);
  if (!metric.empty()) {
    const auto ranking = national::rankCouncil(*db, metric, *period, &error);
    if (!ranking) {
      context.err << "healthcheck benchmarks show: " << error << "\n";
      return kFailed;
    }
    context.out << metric << ", DfE " << ranking->year << ": England " << figure(ranking->england) << ", "
                << ranking->region_name << " " << figure(ranking->region_value) << ", neighbours' mean "
                << figure(ranking->neighbours_mean) << "\n";
    for (const auto* list : {&ranking->region, &ranking->neighbours}) {
      context.out << (list == &ranking->region ? "Region " + ranking->region_name : std::string("Neighbours"))
                  << ":\n";
      for (const auto& a : *list)
        context.out << "  " << std::setw(4) << (a.rank ? std::to_string(*a.rank) : "-") << "  " << std::setw(6)
                    << figure(a.value) << "  " << a.name << (a.is_council ? "  <- this council" : "") << "\n";
    }
    return kOk;
  }
  const national::Benchmarks benchmarks = national::loadBenchmarks(*db, *period);
  if (benchmarks.empty()) {
    context.err << "No DfE figures for a census year ending by " << period->to.iso()
                << ": import them with 'healthcheck benchmarks import FILE'.\n";
    return kFailed;
  }
  for (const auto& eq : national::publishedEquivalents()) {
    const national::Benchmark& b = benchmarks.at(std::string(eq.metric_id));
    context.out << std::left << std::setw(15) << b.metric_id << std::right << " DfE " << b.year << "  England "
                << std::setw(5) << figure(b.england) << "  " << (b.region_name.empty() ? "region" : b.region_name)
                << " " << figure(b.region) << "  neighbours " << figure(b.neighbours) << " (" << b.neighbours_published
                << " of " << b.neighbours_total << ")  council (DfE) " << figure(b.council_published);
    if (b.rank_in_region) context.out << "  rank " << *b.rank_in_region << "/" << *b.region_size << " in region";
    if (b.rank_among_neighbours)
      context.out << ", " << *b.rank_among_neighbours << "/" << *b.neighbours_size << " among neighbours";
    context.out << "\n";
  }
  return kOk;
}

int runIndicatorsImport(const std::vector<std::string>& args, Context& context) {
  return runFileImport(args, context, "healthcheck [--db URL] benchmarks import [OPTIONS] FILE",
                       "Imports the DfE's children's social work workforce indicators as published\n"
                       "(csww_indicators_*.csv). Figures the DfE does not publish (x, c, z, u, low, .)\n"
                       "are stored as not published. The years in the file replace those stored.",
                       national::importIndicators);
}

int runNeighboursImport(const std::vector<std::string>& args, Context& context) {
  return runFileImport(args, context, "healthcheck [--db URL] benchmarks neighbours import [OPTIONS] FILE",
                       "Imports the DfE's statistical neighbour groups (statistical_neighbours_*.csv),\n"
                       "replacing those stored.",
                       national::importNeighbours);
}

int runNeighbours(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kNeighboursSummary, "subcommand", {{"import", runNeighboursImport}});
}

}  // namespace

int runBenchmarks(const std::vector<std::string>& args, Context& context) {
  return runSubcommand(args, context, kSummary, "subcommand",
                       {{"import", runIndicatorsImport},
                        {"neighbours", runNeighbours},
                        {"council", runCouncil},
                        {"show", runShow}});
}

}  // namespace hc::cli

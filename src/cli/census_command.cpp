// healthcheck census import FILE.xml: the council's children's social work
// workforce census return, its census-year figures computed here, and where
// they differ from the return's own and the DfE's (src/national/).
#include <ostream>

#include "cli/command.h"
#include "cli/command_options.h"
#include "national/census_check.h"
#include "national/census_import.h"
#include "store/database.h"

namespace hc::cli {

int runCensus(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  std::string sub, path;
  int year = 0;
  po::options_description options("Options");
  options.add_options()("year", po::value<int>(&year),
                        "the census year (2022 for the return of 30 September 2022) when the file's header "
                        "does not give it");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] census import FILE.xml [--year YYYY]",
                           "Reads a children's social work workforce census return (XML, the DfE's\n"
                           "schema), computes the council's census-year vacancy, agency, turnover,\n"
                           "caseload and sickness rates from its worker records, and prints them beside\n"
                           "the return's own figures and the DfE's published ones. Invalid records are\n"
                           "reported FILE:LINE: element: reason and nothing is stored.",
                           options, Positionals().add("sub", &sub).add("file", &path), vm, context)) {
    return kOk;
  }
  if (sub != "import") throw UsageError("use 'census import FILE.xml'");
  if (path.empty()) throw UsageError("give the census return (XML) to import");
  if (vm.count("year") && (year < 2000 || year > 2100)) throw UsageError("--year must be a year such as 2022");

  auto db = store::openDatabase(context.db_url);
  const national::CensusImport result =
      national::importCensus(*db, path, vm.count("year") ? std::optional<int>(year) : std::nullopt);
  context.out << path << ": " << result.workers_read << " worker records read, " << result.workers_rejected
              << " invalid\n";
  for (const auto& m : result.diagnostics.kept()) (m.is_error ? context.err : context.out) << "  " << m.text() << "\n";
  if (result.diagnostics.notKept() > 0) context.err << "  ... and " << result.diagnostics.notKept() << " more\n";
  if (!result.stored) {
    context.err << "  " << path << ": nothing was stored from this file\n";
    return kFailed;
  }
  national::writeCensusCheck(context.out, *result.check);
  return kOk;
}

}  // namespace hc::cli

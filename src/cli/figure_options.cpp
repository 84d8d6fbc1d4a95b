#include "cli/figure_options.h"

#include "cli/command.h"
#include "load/thresholds_file.h"
#include "store/schema.h"

namespace hc::cli {

namespace po = boost::program_options;

void addFigureOptions(po::options_description& options, std::string* thresholds_path, load::FigureSettings* given) {
  options.add_options()("thresholds", po::value<std::string>(thresholds_path),
                        "red/amber/green limits from FILE, for this command only (default: the database's, set at "
                        "/admin/settings, else the shipped reports/thresholds.csv values)")(
      "min-group", po::value<int>(&given->min_group_size),
      "smallest group whose people-based figures may be shown (default: the database's, else 5)")(
      "caseload-limit", po::value<double>(&given->caseload_limit),
      "cases per FTE above which a worker counts in caseload_over_limit (default: the database's, else 20)");
}

load::FigureSettings figureSettings(const std::string& db_url, const po::variables_map& vm,
                                    const std::string& thresholds_path, const load::FigureSettings& given) {
  if (vm.count("min-group"))
    if (auto problem = load::minGroupSizeProblem(given.min_group_size)) throw UsageError("--min-group: " + *problem);
  if (vm.count("caseload-limit"))
    if (auto problem = load::caseloadLimitProblem(given.caseload_limit))
      throw UsageError("--caseload-limit: " + *problem);
  auto db = store::openDatabase(db_url);
  store::migrate(*db);
  load::FigureSettings settings = load::loadFigureSettings(*db);
  if (!thresholds_path.empty()) settings.thresholds = load::loadThresholds(thresholds_path);
  if (vm.count("min-group")) settings.min_group_size = given.min_group_size;
  if (vm.count("caseload-limit")) settings.caseload_limit = given.caseload_limit;
  return settings;
}

}  // namespace hc::cli

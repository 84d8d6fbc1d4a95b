// The figure options `metrics` and `report` share: --thresholds FILE,
// --min-group N and --caseload-limit X, each for that command only, over
// the settings the database holds (load/figure_settings.h: set in the
// browser at /admin/settings), so that without them the command line gives
// the dashboard's colours.
//
// Thread-safety: on the caller's thread.
#ifndef HC_CLI_FIGURE_OPTIONS_H_
#define HC_CLI_FIGURE_OPTIONS_H_

#include <boost/program_options.hpp>
#include <string>

#include "load/figure_settings.h"

namespace hc::cli {

// Adds the three options, their values landing in *given.
void addFigureOptions(boost::program_options::options_description& options, std::string* thresholds_path,
                      load::FigureSettings* given);

// The settings the command uses: the database's (db_url), with what the
// command line gave over them; throws UsageError for a bad value and
// std::runtime_error for a bad thresholds file (naming file and line).
load::FigureSettings figureSettings(const std::string& db_url, const boost::program_options::variables_map& vm,
                                    const std::string& thresholds_path, const load::FigureSettings& given);

}  // namespace hc::cli

#endif  // HC_CLI_FIGURE_OPTIONS_H_

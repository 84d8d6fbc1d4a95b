// DataFolders: where the program finds the data it ships with (the survey
// definitions and the govuk-frontend stylesheet it serves), so that an
// installed `healthcheck serve` runs from any folder.
//
// Installed (cmake --install, the Debian package) the data sits beside the
// program: PREFIX/bin/healthcheck and PREFIX/share/healthcheck/{surveys,
// govuk}; the program finds it from its own location (/proc/self/exe). In
// the source tree, where a developer runs build/healthcheck, that folder
// does not exist and the paths stay relative to the current folder as
// before: surveys/ and src/web/node_modules/govuk-frontend/dist/govuk.
//
// Precedence, strongest first: a command's own option (--surveys,
// --assets), the environment (HEALTHCHECK_SURVEYS, HEALTHCHECK_ASSETS), the
// configuration file (service_config.h), the installed data, the source
// tree.
//
// Thread-safety: plain values; the functions read the environment and the
// file system and change nothing.
#ifndef HC_CLI_DATA_FOLDERS_H_
#define HC_CLI_DATA_FOLDERS_H_

#include <string>

#include "cli/service_config.h"

namespace hc::cli {

struct DataFolders {
  std::string surveys;  // folder of survey definitions (*.json)
  std::string assets;   // folder holding govuk-frontend.min.css
};

// PREFIX/share/healthcheck for the running program at PREFIX/bin, when
// that folder exists; "" otherwise (the source tree).
std::string installedDataFolder();

// The folders to use when a command is given none, by the precedence above.
DataFolders resolveDataFolders(const ServiceConfig& config);

}  // namespace hc::cli

#endif  // HC_CLI_DATA_FOLDERS_H_

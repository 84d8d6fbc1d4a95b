#include "cli/data_folders.h"

#include <cstdlib>
#include <filesystem>

namespace hc::cli {
namespace {

const char* const kSourceSurveys = "surveys";
const char* const kSourceAssets = "src/web/node_modules/govuk-frontend/dist/govuk";

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : "";
}

// A developer's build: the program in a build folder of the source tree
// (build/healthcheck), so the tree's own surveys/ and stylesheets are beside
// it whatever the current folder. "" when the program is elsewhere.
std::string sourceTreeOf(const std::filesystem::path& program) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path root = program.parent_path().parent_path();
  return fs::is_directory(root / kSourceSurveys, ec) && fs::is_regular_file(root / "CMakeLists.txt", ec)
             ? root.string() + "/"
             : "";
}

std::string programPath() {
  std::error_code ec;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? "" : program.string();
}

}  // namespace

std::string installedDataFolder() {
  namespace fs = std::filesystem;
  std::error_code ec;
  // The program's own file, whatever the current folder or how it was
  // started (a PATH search, a symlink in /usr/local/bin).
  const fs::path program = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  const fs::path data = program.parent_path().parent_path() / "share" / "healthcheck";
  return fs::is_directory(data, ec) ? data.string() : "";
}

DataFolders resolveDataFolders(const ServiceConfig& config) {
  const std::string installed = installedDataFolder();
  // Relative to the current folder only when the program is in neither place.
  const std::string tree = programPath().empty() ? "" : sourceTreeOf(programPath());
  const std::string source_surveys = tree + kSourceSurveys, source_assets = tree + kSourceAssets;
  DataFolders folders;
  folders.surveys = environment("HEALTHCHECK_SURVEYS");
  if (folders.surveys.empty()) folders.surveys = config.surveys.value_or("");
  if (folders.surveys.empty()) folders.surveys = installed.empty() ? source_surveys : installed + "/surveys";
  folders.assets = environment("HEALTHCHECK_ASSETS");
  if (folders.assets.empty()) folders.assets = config.assets.value_or("");
  if (folders.assets.empty()) folders.assets = installed.empty() ? source_assets : installed + "/govuk";
  return folders;
}

}  // namespace hc::cli

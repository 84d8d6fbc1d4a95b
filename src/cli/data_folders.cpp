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
  DataFolders folders;
  folders.surveys = environment("HEALTHCHECK_SURVEYS");
  if (folders.surveys.empty()) folders.surveys = config.surveys.value_or("");
  if (folders.surveys.empty()) folders.surveys = installed.empty() ? kSourceSurveys : installed + "/surveys";
  folders.assets = environment("HEALTHCHECK_ASSETS");
  if (folders.assets.empty()) folders.assets = config.assets.value_or("");
  if (folders.assets.empty()) folders.assets = installed.empty() ? kSourceAssets : installed + "/govuk";
  return folders;
}

}  // namespace hc::cli

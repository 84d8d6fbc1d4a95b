#include "support/test_files.h"

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace hc::testing {

std::string makeTempDir(const std::string& prefix) {
  const char* tmp = std::getenv("TMPDIR");
  std::string templ = std::string(tmp && *tmp ? tmp : "/tmp") + "/" + prefix + "-XXXXXX";
  if (!::mkdtemp(templ.data())) throw std::runtime_error("cannot create a temporary folder " + templ);
  return templ;
}

void writeFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string sharedDataDir() {
  const char* env = std::getenv("HEALTHCHECK_SHARED_DATA");
  const std::string dir = env && *env ? env : std::string(HC_SOURCE_DIR) + "/../shared/data";
  return std::filesystem::is_directory(dir) ? dir : "";
}

std::string healthcheckBinary() { return std::string(HC_BINARY_DIR) + "/healthcheck"; }

}  // namespace hc::testing

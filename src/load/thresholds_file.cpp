#include "load/thresholds_file.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace hc::load {

std::optional<metrics::Thresholds> tryLoadThresholds(const std::string& path, std::vector<std::string>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errors) errors->push_back(path + ": cannot open the thresholds file");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return metrics::Thresholds::parse(text.str(), path, errors);
}

metrics::Thresholds loadThresholds(const std::string& path) {
  std::vector<std::string> errors;
  std::optional<metrics::Thresholds> t = tryLoadThresholds(path, &errors);
  if (t) return *t;
  std::string message;
  for (const std::string& e : errors) message += (message.empty() ? "" : "\n") + e;
  throw std::runtime_error(message);
}

}  // namespace hc::load

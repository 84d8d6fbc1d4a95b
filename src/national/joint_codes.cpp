#include "national/joint_codes.h"

#include "ingest/text.h"

namespace hc::national {

std::vector<std::string> jointCodes(std::string_view field) {
  std::vector<std::string> parts;
  while (true) {
    const size_t slash = field.find('/');
    const std::string_view part = ingest::trim(field.substr(0, slash));
    if (!part.empty() || slash != std::string_view::npos) parts.emplace_back(part);
    if (slash == std::string_view::npos) break;
    field.remove_prefix(slash + 1);
  }
  return parts;
}

int jointIndex(std::string_view field, std::string_view code) {
  const std::vector<std::string> parts = jointCodes(field);
  for (size_t i = 0; i < parts.size(); ++i)
    if (parts[i] == code) return static_cast<int>(i);
  return -1;
}

}  // namespace hc::national

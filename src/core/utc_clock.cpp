#include "core/utc_clock.h"

#include <chrono>
#include <ctime>

namespace hc {
namespace {

std::string formatUtc(int64_t seconds, const char* format) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, format, &tm);
  return text;
}

}  // namespace

int64_t nowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string isoUtc(int64_t seconds) { return formatUtc(seconds, "%Y-%m-%dT%H:%M:%SZ"); }

std::string sqlUtc(int64_t seconds) { return formatUtc(seconds, "%Y-%m-%d %H:%M:%S"); }

Date utcToday() { return Date(static_cast<int32_t>(nowSeconds() / 86400)); }

}  // namespace hc

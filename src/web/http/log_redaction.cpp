#include "web/http/log_redaction.h"

namespace hc::web::http {
namespace {

bool isAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr size_t kLongRun = 20;
constexpr const char* kRedacted = "[redacted]";

}  // namespace

std::string redactForLog(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == '\'' || c == '"' || c == '`') {
      // A quoted text, to its closing quote or the end of the line.
      const size_t close = line.find(c, i + 1);
      out += c;
      out += kRedacted;
      if (close == std::string_view::npos) break;
      out += c;
      i = close + 1;
      continue;
    }
    if (isAlnum(c)) {
      size_t end = i;
      while (end < line.size() && isAlnum(line[end])) ++end;
      if (end - i >= kLongRun) out += kRedacted;
      else out.append(line.substr(i, end - i));
      i = end;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace hc::web::http

#include "surveys/answer_text.h"

#include "core/clean_text.h"
#include "ingest/text.h"

namespace hc::surveys {
namespace {

// The length of the valid UTF-8 sequence at s[i], or 0 when there is none.
size_t sequenceAt(std::string_view s, size_t i) {
  const std::string_view rest = s.substr(i, 4);
  for (size_t len = 1; len <= rest.size(); ++len)
    if (ingest::invalidUtf8At(rest.substr(0, len)) == std::string_view::npos) return len;
  return 0;
}

}  // namespace

bool readableAnswer(std::string_view text) { return ingest::invalidUtf8At(text) == std::string_view::npos; }

std::string cleanAnswer(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const size_t len = sequenceAt(text, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    if (c == '\t') out += ' ';
    else if (c == '\n') out += '\n';
    else if (c < 0x20 || c == 0x7F) {
      // dropped
    } else if (len == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      // C1 control U+0080..U+009F: dropped
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return withoutDirectionControls(out);
}

}  // namespace hc::surveys

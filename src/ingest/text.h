// Small text helpers the importer needs on its hot path: trimming,
// ASCII case-insensitive comparison and UTF-8 validation, all without
// allocating.
//
// Thread-safety: pure functions.
#ifndef HC_INGEST_TEXT_H_
#define HC_INGEST_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace hc::ingest {

// Without surrounding spaces and tabs.
std::string_view trim(std::string_view s);

bool equalsIgnoreCase(std::string_view a, std::string_view b);

std::string toLower(std::string_view s);

// npos when s is valid UTF-8; otherwise the offset of the first byte that
// does not start a valid sequence.
size_t invalidUtf8At(std::string_view s);

// s as one CSV field: quoted (quotes doubled) only when it holds a comma,
// quote, line break or surrounding space, so that it reads back unchanged.
void appendCsvField(std::string& out, std::string_view s);

}  // namespace hc::ingest

#endif  // HC_INGEST_TEXT_H_

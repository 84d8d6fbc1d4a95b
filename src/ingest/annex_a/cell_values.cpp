#include "ingest/annex_a/cell_values.h"

#include <cctype>

namespace hc::ingest::annex_a {
namespace {

// Bytes of the white space character at s[i] (ASCII white space or U+00A0
// no-break space, as Excel users paste from web pages); 0 when none.
size_t spaceAt(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string foldSpaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    if (const size_t n = spaceAt(text, i)) {
      pending_space = !out.empty();
      i += n;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[i++];
  }
  return out;
}

std::string nameKey(std::string_view text) { return lower(foldSpaces(text)); }

std::string headerKey(std::string_view header) {
  std::string kept;
  for (size_t i = 0; i < header.size();) {
    if (const size_t n = spaceAt(header, i)) {
      kept += ' ';
      i += n;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(header[i++]);
    if (std::isalnum(c)) kept += static_cast<char>(std::tolower(c));
  }
  return foldSpaces(kept);
}

bool isMissing(const xlsx::Cell& cell) {
  if (cell.kind == xlsx::Cell::Kind::kEmpty || cell.kind == xlsx::Cell::Kind::kError) return true;
  if (cell.kind != xlsx::Cell::Kind::kText) return false;
  const std::string key = nameKey(cell.text);
  return key.empty() || key == "n/a" || key == "null" || key == "-";
}

std::optional<bool> codedAnswer(std::string_view text) {
  std::string key = nameKey(text);
  // "a) Yes": a letter and a bracket before the answer.
  if (key.size() > 3 && std::isalpha(static_cast<unsigned char>(key[0])) && key[1] == ')') key = foldSpaces(key.substr(2));
  if (key == "yes" || key == "y") return true;
  if (key == "no" || key == "n") return false;
  return std::nullopt;
}

std::optional<Date> dateOf(const xlsx::Cell& cell) {
  if (cell.kind == xlsx::Cell::Kind::kDate) return cell.date;
  if (cell.kind != xlsx::Cell::Kind::kText) return std::nullopt;
  const std::string text = foldSpaces(cell.text);
  if (const auto iso = Date::parse(text)) return iso;
  // d/m/yyyy or dd/mm/yyyy: British order, as Annex A is English.
  int part[3] = {0, 0, 0};
  size_t p = 0, digits = 0;
  for (char c : text) {
    if (c == '/') {
      if (digits == 0 || ++p > 2) return std::nullopt;
      digits = 0;
    } else if (c >= '0' && c <= '9' && digits < 4) {
      part[p] = part[p] * 10 + (c - '0');
      ++digits;
    } else {
      return std::nullopt;
    }
  }
  if (p != 2 || digits != 4) return std::nullopt;
  const int day = part[0], month = part[1], year = part[2];
  if (month < 1 || month > 12 || day < 1 || year < 1900 || day > daysInMonth(year, unsigned(month))) return std::nullopt;
  return Date::fromCivil(year, unsigned(month), unsigned(day));
}

}  // namespace hc::ingest::annex_a

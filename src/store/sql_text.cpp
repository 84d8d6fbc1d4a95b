#include "store/sql_text.h"

#include <cctype>

#include "store/database.h"

namespace hc::store::internal {
namespace {

bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Calls f(line) for each line of text, without its '\n'.
template <typename F>
void forEachLine(std::string_view text, F f) {
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    f(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

}  // namespace

std::string_view sqlFile(std::string_view path) {
  for (const auto& [name, contents] : kSqlFiles)
    if (name == path) return contents;
  throw DatabaseError(DatabaseError::Kind::kOther,
                      "internal error: SQL file sql/" + std::string(path) + " is not built into this program");
}

std::string sqlSection(std::string_view file_contents, std::string_view name) {
  static constexpr std::string_view kMarker = "-- name:";
  std::string sql;
  bool inside = false, found = false;
  forEachLine(file_contents, [&](std::string_view line) {
    const std::string_view t = trim(line);
    if (t.substr(0, kMarker.size()) == kMarker) {
      inside = trim(t.substr(kMarker.size())) == name;
      found = found || inside;
      return;
    }
    if (inside && !t.empty() && t.substr(0, 2) != "--") {
      sql.append(line);
      sql.push_back('\n');
    }
  });
  if (!found)
    throw DatabaseError(DatabaseError::Kind::kOther,
                        "internal error: no query '" + std::string(name) + "' in the embedded SQL");
  while (!sql.empty() && (isSpace(sql.back()) || sql.back() == ';')) sql.pop_back();
  return sql;
}

std::string sqlSnippet(std::string_view sql) {
  static constexpr size_t kMaxChars = 60;
  std::string out;
  bool pending_space = false;
  for (char c : sql) {
    if (isSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (out.size() >= kMaxChars) return out + " ...";
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> splitScript(std::string_view script) {
  std::vector<std::string> statements;
  std::string current;
  auto flush = [&] {
    const std::string_view t = trim(current);
    if (!t.empty()) statements.emplace_back(t);
    current.clear();
  };
  for (size_t i = 0; i < script.size(); ++i) {
    const char c = script[i];
    if (c == '\'' || c == '"' || c == '`') {  // copy a quoted run whole
      const size_t end = script.find(c, i + 1);
      const size_t stop = end == std::string_view::npos ? script.size() : end + 1;
      current.append(script.substr(i, stop - i));
      i = stop - 1;
    } else if (c == '-' && i + 2 < script.size() && script[i + 1] == '-' && isSpace(script[i + 2])) {
      const size_t nl = script.find('\n', i);  // skip a "-- " comment
      i = nl == std::string_view::npos ? script.size() : nl;
      current.push_back(' ');
    } else if (c == '/' && i + 1 < script.size() && script[i + 1] == '*') {
      const size_t end = script.find("*/", i + 2);
      i = end == std::string_view::npos ? script.size() : end + 1;
      current.push_back(' ');
    } else if (c == ';') {
      flush();
    } else {
      current.push_back(c);
    }
  }
  flush();
  return statements;
}

}  // namespace hc::store::internal

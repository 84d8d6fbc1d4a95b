#include "directory/ldap/ldap_filter.h"

namespace hc::directory::ldap {

std::string escapeFilterValue(std::string_view value) {
  static const char* const kHex = "0123456789abcdef";
  std::string out;
  for (const char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '*' || c == '(' || c == ')' || c == '\\' || u == 0) {
      out += '\\';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

std::string fillFilter(std::string_view filter, std::string_view name, std::string_view value) {
  const std::string mark = "{" + std::string(name) + "}";
  const std::string escaped = escapeFilterValue(value);
  std::string out;
  size_t from = 0;
  for (size_t at; (at = filter.find(mark, from)) != std::string_view::npos; from = at + mark.size())
    out.append(filter.substr(from, at - from)).append(escaped);
  out.append(filter.substr(from));
  return out;
}

std::string nameAttributeOf(std::string_view user_filter) {
  const size_t at = user_filter.find("={user}");
  if (at == std::string_view::npos) return "";
  size_t start = at;
  while (start > 0 && user_filter[start - 1] != '(') --start;
  return std::string(user_filter.substr(start, at - start));
}

}  // namespace hc::directory::ldap

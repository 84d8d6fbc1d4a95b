#include "web/http/html.h"

namespace hc::web::http {

std::string escapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string paragraphs(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view p = text.substr(start, end - start);
    if (p.find_first_not_of(" \n\r\t") != std::string_view::npos)
      out += "<p class=\"govuk-body\">" + escapeHtml(p) + "</p>\n";
    start = end + 2;
  }
  return out;
}

}  // namespace hc::web::http

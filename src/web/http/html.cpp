#include "web/http/html.h"

namespace hc::web::http {

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

#include "web/dashboard/dashboard_glossary.h"

#include <cctype>

#include "reports/glossary.h"
#include "web/http/html.h"

namespace hc::web::dashboard {

std::string glossaryId(std::string_view term) {
  std::string id = "glossary-";
  bool dash = false;
  for (unsigned char c : term) {
    if (std::isalnum(c)) {
      if (dash && id.back() != '-') id += '-';
      id += static_cast<char>(std::tolower(c));
      dash = false;
    } else if (c == '(') {
      break;  // "FTE (full-time equivalent)" -> glossary-fte
    } else {
      dash = true;
    }
  }
  return id;
}

std::string glossaryHtml() {
  std::string out = "<h1 class=\"govuk-heading-l\">Glossary</h1>\n<p class=\"govuk-body\">The words the health "
                    "check's pages and reports use, in plain English.</p>\n<dl class=\"hc-glossary\">\n";
  for (const reports::GlossaryEntry& e : reports::glossary()) {
    out += "<dt class=\"govuk-heading-s\" id=\"" + glossaryId(e.term) + "\">" + http::escapeHtml(e.term) +
           "</dt>\n<dd class=\"govuk-body\">" + http::escapeHtml(e.explanation) + "</dd>\n";
  }
  return out + "</dl>\n";
}

}  // namespace hc::web::dashboard

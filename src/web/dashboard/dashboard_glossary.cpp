#include "web/dashboard/dashboard_glossary.h"

#include <cctype>

#include "html/element.h"
#include "reports/glossary.h"
#include "web/view/govuk_content.h"

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

html::Html glossaryHtml() {
  using html::el;
  html::Element list = el("dl");
  list.cls("hc-glossary").text("\n");
  for (const reports::GlossaryEntry& e : reports::glossary()) {
    list.add(el("dt").cls("govuk-heading-s").id(glossaryId(e.term)).text(e.term)).text("\n")
        .add(el("dd").cls("govuk-body").text(e.explanation)).text("\n");
  }
  return view::govuk::heading("", "Glossary") +
         view::govuk::para("The words the health check's pages and reports use, in plain English.") + list + "\n";
}

}  // namespace hc::web::dashboard

// Escaping text for HTML and SVG, the one escaper of the program: every
// piece of text the members' report and the web pages write goes through
// escapeHtml(), whether it came from a council's data (team names), from
// staff (survey answers) or from the program, so that nothing is ever
// markup by accident.
//
// Thread-safety: pure function.
#ifndef HC_CORE_HTML_ESCAPE_H_
#define HC_CORE_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace hc {

// cleanText(text) with & < > " ' as character references, safe in element
// content and in double- or single-quoted attribute values:
// escapeHtml("<b>") == "&lt;b&gt;".
std::string escapeHtml(std::string_view text);

}  // namespace hc

#endif  // HC_CORE_HTML_ESCAPE_H_

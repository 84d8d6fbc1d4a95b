// Escaping text for HTML and SVG: every piece of text the members' report
// writes goes through escapeHtml(), whether it came from a council's data
// (team names) or from the program, so that nothing is ever markup by
// accident.
//
// Thread-safety: pure function.
#ifndef HC_REPORTS_HTML_ESCAPE_H_
#define HC_REPORTS_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace hc::reports {

// cleanText(text) with & < > " ' as character references, safe in element
// content and in double- or single-quoted attribute values:
// escapeHtml("<b>") == "&lt;b&gt;".
std::string escapeHtml(std::string_view text);

}  // namespace hc::reports

#endif  // HC_REPORTS_HTML_ESCAPE_H_

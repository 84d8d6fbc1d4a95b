// HTML escaping for every value that reaches a page. Pages are built as
// strings; anything not written by us (survey text from a definition file,
// the council's name, answers typed by staff) goes through escapeHtml.
//
// Thread-safety: pure functions.
#ifndef HC_WEB_HTTP_HTML_H_
#define HC_WEB_HTTP_HTML_H_

#include <string>
#include <string_view>

#include "core/html_escape.h"

namespace hc::web::http {

// The one escaper (core/html_escape.h), for the pages' code to call as
// http::escapeHtml: escapeHtml("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;".
using ::hc::escapeHtml;

// Text with blank-line separated paragraphs as <p class="govuk-body">s.
std::string paragraphs(std::string_view text);

// Percent-encoding for a query value or path segment: "Children's" ->
// "Children%27s" (letters, digits and -_.~ kept).
std::string urlEncode(std::string_view text);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_HTML_H_

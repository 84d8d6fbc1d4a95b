// styleElement(): a <style> element holding a stylesheet of our own (the
// members' report's, printed from a file that must be self-contained).
// CSS is not HTML: escaping it would break its quoted strings, so it goes
// in as it is, except that every "</" is written "<\/" (the same in CSS),
// so that nothing in it can end the element. Values from data that reach a
// stylesheet are CSS-escaped where they are written (members' cssString).
//
// Thread-safety: a pure function.
#ifndef HC_HTML_STYLE_ELEMENT_H_
#define HC_HTML_STYLE_ELEMENT_H_

#include <string_view>

#include "html/html.h"

namespace hc::html {

// <style>css</style>
Html styleElement(std::string_view css);

}  // namespace hc::html

#endif  // HC_HTML_STYLE_ELEMENT_H_

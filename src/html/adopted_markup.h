// adopt(): markup made at run time by one of the view layer's own
// renderers (an SVG chart drawn by reports/, a page rendered whole and
// cached), taken into an Html without escaping. It is the one door through
// which a std::string becomes markup, so it is kept out of page code:
// scripts/check-views allows it only in src/html and src/web/view and in
// the files its list names, each with the reason.
//
// Thread-safety: a pure function.
#ifndef HC_HTML_ADOPTED_MARKUP_H_
#define HC_HTML_ADOPTED_MARKUP_H_

#include <string>

#include "html/html.h"

namespace hc::html {

// The markup of `rendered` as it is: the caller vouches that it was built
// with Html and Element (or by code that escapes every value it writes).
Html adopt(std::string rendered);

}  // namespace hc::html

#endif  // HC_HTML_ADOPTED_MARKUP_H_

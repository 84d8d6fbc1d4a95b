// Free-text survey answers made safe to keep and to show: they are typed by
// anyone holding a link and end up in an analyst's terminal (survey
// results), in JSON and on pages.
//
// Thread-safety: pure functions.
#ifndef HC_SURVEYS_ANSWER_TEXT_H_
#define HC_SURVEYS_ANSWER_TEXT_H_

#include <string>
#include <string_view>

namespace hc::surveys {

// True when `text` is valid UTF-8: the form refuses anything else rather
// than guess what was meant.
bool readableAnswer(std::string_view text);

// `text` without control characters (C0 but line feed, DEL, and the C1
// range U+0080..U+009F, which terminals read as escape sequences; a tab
// becomes a space, a carriage return is dropped), each invalid UTF-8
// sequence replaced by U+FFFD, and without Unicode direction controls
// (core/clean_text.h): cleanAnswer("ok\x1b[2Jbye") == "ok[2Jbye".
std::string cleanAnswer(std::string_view text);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_ANSWER_TEXT_H_

// Making user-supplied text safe to put in a document: team, service and
// council names come from councils' exports and may hold anything.
//
// Text typed by people (survey comments, the sign-in form's user name) also
// loses the Unicode direction controls (withoutDirectionControls), which
// would show it, and what follows it on a page or a terminal, reversed.
//
// Invalid UTF-8 or a stray control character would make an XLSX part or an
// HTML page malformed (Excel then offers to "repair" the workbook), so the
// workbook and every HTML page (html_escape.h) pass such strings through
// cleanText() first.
//
// Thread-safety: pure function.
#ifndef HC_CORE_CLEAN_TEXT_H_
#define HC_CORE_CLEAN_TEXT_H_

#include <string>
#include <string_view>

namespace hc {

// `text` with each invalid UTF-8 sequence and each control character other
// than tab and newline replaced by U+FFFD: cleanText("a\x01b") == "a\uFFFDb".
// Valid text comes back unchanged, including "=HYPERLINK(...)": escaping for
// the target format is the writer's job.
std::string cleanText(std::string_view text);

// `text` without the Unicode bidirectional embedding, override and
// isolate controls (U+202A..U+202E, U+2066..U+2069); everything else,
// invalid UTF-8 included, is left as it is:
// withoutDirectionControls("ab\u202Ecd") == "abcd".
std::string withoutDirectionControls(std::string_view text);

}  // namespace hc

#endif  // HC_CORE_CLEAN_TEXT_H_

// Making user-supplied text safe to put in a document: team, service and
// council names come from councils' exports and may hold anything.
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

}  // namespace hc

#endif  // HC_CORE_CLEAN_TEXT_H_

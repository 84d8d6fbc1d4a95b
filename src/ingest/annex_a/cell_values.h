// How Annex A cells are read (shared/spec/annex-a.md): headers compared in
// a normal form, names with their stray and non-breaking spaces folded,
// the several spellings of "missing" and of yes/no, and dates that are
// Excel date cells or text in three layouts.
//
// Thread-safety: pure functions.
#ifndef HC_INGEST_ANNEX_A_CELL_VALUES_H_
#define HC_INGEST_ANNEX_A_CELL_VALUES_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "xlsx/cell.h"

namespace hc::ingest::annex_a {

// "Referral NFA ?" -> "referral nfa": lower case, every run of white space
// (non-breaking spaces too) one space, anything but letters, digits and
// spaces dropped, trimmed.
std::string headerKey(std::string_view header);

// "  Sam\u00a0 Jones " -> "Sam Jones": white space folded and trimmed, for
// names and team names (compare the results case-blind: nameKey()).
std::string foldSpaces(std::string_view text);
// foldSpaces() in lower case: the key names are matched by.
std::string nameKey(std::string_view text);

// True for what Annex A writes for "no value": an empty cell, an Excel
// error value (#N/A), the text N/A, NULL or -.
bool isMissing(const xlsx::Cell& cell);

// "a) Yes", "Yes", "Y" -> true; "b) No", "No", "N" -> false; nullopt else.
std::optional<bool> codedAnswer(std::string_view text);

// A date cell's day, or text as dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd.
// nullopt for anything else (numbers in a general format included).
std::optional<Date> dateOf(const xlsx::Cell& cell);

}  // namespace hc::ingest::annex_a

#endif  // HC_INGEST_ANNEX_A_CELL_VALUES_H_

// Figures as plain words for the members' report: "14.2%", "1,234",
// "12.5 days", "30 September 2025", "Amber". Display rounding lives here
// and only here, so the narrative and the tables round the same way.
//
// Numbers are formatted with std::to_chars, never with the C library's
// locale-dependent printf family, so a global locale cannot turn "14.2"
// into "14,2".
//
// Thread-safety: pure functions.
#ifndef HC_REPORTS_FIGURE_TEXT_H_
#define HC_REPORTS_FIGURE_TEXT_H_

#include <optional>
#include <string>

#include "core/date.h"
#include "metrics/catalogue.h"
#include "metrics/health_check.h"
#include "metrics/period.h"

namespace hc::reports {

// Decimal places shown for a unit: 0 for counts, 1 otherwise (the
// catalogue's, shared with the as-shown CSV).
using metrics::displayDecimals;

// formatNumber(1234.56, 1) == "1,234.6"; formatNumber(-0.04, 1) == "0.0".
std::string formatNumber(double value, int decimals);

// A value with its unit in words: "14.2%", "1,234", "12.5 days",
// "1.8", "3.0 hours", "2.1 per 100 cases", "1.5 a month", "72.4 out of 100".
std::string formatValue(metrics::Unit unit, double value);

// "Red", "Amber", "Green", or "No rating" for kNone.
const char* statusWord(metrics::Status status);

// Where a rating rests on fewer measures than the full figures: "2
// measures not published: small numbers" (1: "1 measure ..."); "" for 0.
std::string withheldPhrase(int withheld);

// "30 September 2025".
std::string longDate(Date date);

// "1 July to 30 September 2025" (or "... 2024 to ... 2025" across years).
std::string periodPhrase(const metrics::Period& period);
// The same with how far the records reach, where a page names the period:
// "1 July to 30 September 2026; records up to 30 September 2026". Without
// `records_up_to`, periodPhrase(period).
std::string periodPhrase(const metrics::Period& period, const std::optional<Date>& records_up_to);

// Whether `value` reads higher, lower or the same as `previous` once both
// are rounded for display: a change too small to show is "the same".
enum class Direction { kUp, kDown, kSame };
Direction direction(metrics::Unit unit, double value, double previous);

}  // namespace hc::reports

#endif  // HC_REPORTS_FIGURE_TEXT_H_

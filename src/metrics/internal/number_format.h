// Numbers as text: the shortest decimal that reads back as the same double
// (std::to_chars), for JSON, CSV and messages; and a strict parser.
//
// Thread-safety: pure functions.
#ifndef HC_METRICS_INTERNAL_NUMBER_FORMAT_H_
#define HC_METRICS_INTERNAL_NUMBER_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>

namespace hc::metrics::internal {

// shortestNumber(0.1) == "0.1", shortestNumber(22) == "22". Callers keep
// non-finite values out: JSON has no spelling for them.
std::string shortestNumber(double v);

// The whole of `text` (spaces around allowed) as a finite double:
// parseNumber(" 12.5") == 12.5; nullopt for "", "12x", "nan", "inf".
std::optional<double> parseNumber(std::string_view text);

// `text` without leading and trailing spaces and tabs.
std::string_view trim(std::string_view text);

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_NUMBER_FORMAT_H_

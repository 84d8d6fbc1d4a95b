// Period: a reporting period of metrics.md, a whole number of calendar
// months: "2025-07" (month), "2025-Q3" (quarter), "2025" (calendar year),
// "2025/26" (financial year, April to March), "csww-2025" (census year,
// 1 Oct 2024 to 30 Sep 2025).
//
// Thread-safety: immutable value type.
#ifndef HC_METRICS_PERIOD_H_
#define HC_METRICS_PERIOD_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace hc::metrics {

struct Period {
  enum class Kind { kMonth, kQuarter, kYear, kFinancialYear, kCensusYear };

  Kind kind = Kind::kMonth;
  std::string label;  // as written by parse(): "2025-Q3"
  Date from;          // first day
  Date to;            // last day: "D" of metrics.md
  int months = 1;

  // Period::parse("2025-Q3") -> {kQuarter, "2025-Q3", 2025-07-01, 2025-09-30, 3}.
  // nullopt for anything else, with the reason in *error when given.
  static std::optional<Period> parse(std::string_view text, std::string* error = nullptr);

  // The period of the same kind just before: 2025-Q3 -> 2025-Q2,
  // 2025/26 -> 2024/25, 2025-01 -> 2024-12.
  Period previous() const;

  // The period of `kind` that contains day d:
  // containing(kQuarter, 2025-08-14) is 2025-Q3.
  static Period containing(Kind kind, Date d);
  // The latest period of `kind` whose last day is on or before `last_day`
  // (metrics.md "Periods with no data": the latest complete period when
  // the records end on last_day): latestEndingBy(kQuarter, 2026-09-30) is
  // 2026-Q3, latestEndingBy(kQuarter, 2026-09-29) is 2026-Q2.
  static Period latestEndingBy(Kind kind, Date last_day);
};

}  // namespace hc::metrics

#endif  // HC_METRICS_PERIOD_H_

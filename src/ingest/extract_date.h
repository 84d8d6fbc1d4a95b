// The date an import's exports were taken, as a user gives it
// (data-contract.md "Extract dates"): `healthcheck import --extracted`,
// Annex A's --extracted, and the upload page's date field once it exists.
// A date as the contract's date columns take it, and not in the future.
//
// Example:
//   const ExtractDate e = checkExtractDate("2025-09-30");
//   if (!e.date) throw UsageError("--extracted: " + e.error);
//   options.extracted = e.date;
//
// Thread-safety: pure functions, but for checkExtractDate(text), which
// reads the clock.
#ifndef HC_INGEST_EXTRACT_DATE_H_
#define HC_INGEST_EXTRACT_DATE_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace hc::ingest {

// The date, or (date empty) why `text` is not one an export can have been
// taken on, in the importer's words:
//   "'30/09/2025' is not a date (expected YYYY-MM-DD; it looks like a
//    day/month/year date as Excel writes it)"
//   "2027-01-04 is in the future (today is 2026-12-07): give the day the
//    exports were taken"
struct ExtractDate {
  std::optional<Date> date;
  std::string error;
};

// Checks `text` against `today`.
ExtractDate checkExtractDate(std::string_view text, Date today);

// Checks `text` against today's date on this machine's clock, in its own
// time zone: the day `date +%F` gives a job that exports and imports at
// 00:30, which UTC would still call yesterday for an hour in summer.
ExtractDate checkExtractDate(std::string_view text);

}  // namespace hc::ingest

#endif  // HC_INGEST_EXTRACT_DATE_H_

// The clock: now, in UTC, and the two ways the service writes an instant
// into the database. Timestamps of actions, audit rows, sign-ins and survey
// publications are ISO 8601 text; the schema's own bookkeeping uses the
// form a DATETIME column takes on SQLite and MySQL alike.
//
// Example:
//   isoUtc(0) == "1970-01-01T00:00:00Z"
//   sqlUtc(86400) == "1970-01-02 00:00:00"
//   utcToday().iso() == "2026-11-29" all that day (UTC)
//
// Thread-safety: all functions are safe to call from any thread (gmtime_r,
// no shared state).
#ifndef HC_CORE_UTC_CLOCK_H_
#define HC_CORE_UTC_CLOCK_H_

#include <cstdint>
#include <string>

#include "core/date.h"

namespace hc {

// Seconds since the Unix epoch, now.
int64_t nowSeconds();

// The instant `seconds` after the epoch as "YYYY-MM-DDTHH:MM:SSZ".
std::string isoUtc(int64_t seconds);
// The same instant as "YYYY-MM-DD HH:MM:SS" (UTC), for DATETIME columns.
std::string sqlUtc(int64_t seconds);

// Now, as isoUtc(): "2026-11-29T14:05:09Z".
inline std::string utcNow() { return isoUtc(nowSeconds()); }

// Today's date in UTC: the day actions are overdue against, a report is
// dated and a new action's quarter is taken from.
Date utcToday();

}  // namespace hc

#endif  // HC_CORE_UTC_CLOCK_H_

// The data contract's and metrics.md's definitions about staff that more
// than one area needs, in one place.
//
// Thread-safety: pure functions.
#ifndef HC_METRICS_INTERNAL_STAFF_RULES_H_
#define HC_METRICS_INTERNAL_STAFF_RULES_H_

#include "core/records.h"
#include "core/working_days.h"

namespace hc::metrics::internal {

// Counts towards inpost_fte on d: permanent and in post.
inline bool permanentInPost(const Staff& s, Date d) {
  return s.employment == Employment::kPermanent && s.inPostOn(d);
}

// First day of "the 12 months ending d": the day after the same date a year
// earlier (2025-09-30 -> 2024-10-01; 2024-02-29 -> 2023-03-01).
inline Date twelveMonthsStart(Date d) { return d.plusMonths(-12).plusDays(1); }

// First day of "the 365 days ending d".
inline Date days365Start(Date d) { return d.plusDays(-364); }

// Whether date lies in [from, to].
inline bool within(Date date, Date from, Date to) { return from <= date && date <= to; }

// Working days in [from, to] on which s was in post.
inline int workingDaysInPost(const Staff& s, Date from, Date to, const WorkingDays& wd) {
  const Date a = s.start_date > from ? s.start_date : from;
  const Date b = s.end_date && *s.end_date < to ? *s.end_date : to;
  return wd.count(a, b);
}

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_STAFF_RULES_H_

// The days a Dataset's records cover: where metrics.md's "Periods with no
// data" begin, and where a trend's history begins.
//
// Thread-safety: pure functions.
#ifndef HC_METRICS_COVERAGE_H_
#define HC_METRICS_COVERAGE_H_

#include <optional>

#include "core/records.h"
#include "metrics/period.h"

namespace hc::metrics {

// The latest date in any record: the day something happened or ended (a
// referral, an assessment, a closure, an allocation's start or end, a
// transfer, a supervision session, an absence's start or end, a meeting, a
// risk assessment, feedback, a care package, a start or leaving date). Not
// the dates a record plans ahead: a budget's effective_from, a visit month
// (visits are booked ahead), a survey's period (a survey may be opened for
// a period still running). store::lastRecordDate gives the same for a
// whole database where no import gave an extract date (data-contract.md
// "Extract dates"). nullopt for no records.
std::optional<Date> lastRecordDate(const Dataset& data);

// The earliest date of the records of activity that a period has and that
// a load of a window holds only from its first day on (supervision, team
// meetings, feedback, care packages, survey responses, visit months; not
// absences, transfers or risk assessments, which a load reaches back
// for); the earliest referral when there are none. Periods that begin a month or more before
// it are not covered: a trend does not count their figures (a count of 0
// there means "no data yet", not "none happened").
std::optional<Date> firstActivityDate(const Dataset& data);

// Whether `period` lies after the records: its last day is after
// last_record_date, or there are no records. Then metrics.md refuses it,
// naming Period::latestEndingBy(period.kind, *last_record_date).
bool isAfterRecords(const Period& period, std::optional<Date> last_record_date);

}  // namespace hc::metrics

#endif  // HC_METRICS_COVERAGE_H_

// DemoWindow: the dates the demo council's data spans, and the calendar
// helpers its generators share.
//
// `from`..`end` is the reporting span (--months whole months ending at
// --end). Cases and staff are simulated from `history_start`, three years
// earlier, so that on `from` the council already has a settled caseload and
// long-serving staff rather than an empty office.
//
// Thread-safety: plain values and pure functions.
#ifndef HC_DEMO_DEMO_WINDOW_H_
#define HC_DEMO_DEMO_WINDOW_H_

#include <vector>

#include "core/date.h"

namespace hc::demo {

// The days of one calendar month that lie inside the window.
struct MonthSpan {
  Date first;
  Date last;
};

struct DemoWindow {
  Date history_start;
  Date from;
  Date end;

  static DemoWindow of(Date end, int months) {
    const Date from = end.plusDays(1).plusMonths(-months);
    return DemoWindow{from.plusMonths(-36), from, end};
  }
  // The months from `from` to `end`, clipped to them.
  std::vector<MonthSpan> months() const;
};

// The day itself, or the Monday after a Saturday or Sunday: people are
// visited, supervised and referred on working days.
inline Date weekdayOnOrAfter(Date d) {
  const unsigned w = d.weekday();
  return w < 5 ? d : d.plusDays(7 - static_cast<int>(w));
}

}  // namespace hc::demo

#endif  // HC_DEMO_DEMO_WINDOW_H_

#include "demo/demo_window.h"

namespace hc::demo {

std::vector<MonthSpan> DemoWindow::months() const {
  std::vector<MonthSpan> spans;
  for (Date m = from.firstOfMonth(); m <= end; m = m.plusMonths(1)) {
    spans.push_back({m < from ? from : m, m.lastOfMonth() < end ? m.lastOfMonth() : end});
  }
  return spans;
}

int weekdaysBetween(Date first, Date last) {
  if (last < first) return 0;
  const int days = last - first + 1;
  int count = days / 7 * 5;
  unsigned w = first.weekday();
  for (int i = 0; i < days % 7; ++i, w = (w + 1) % 7) count += w < 5;
  return count;
}

}  // namespace hc::demo

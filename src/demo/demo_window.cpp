#include "demo/demo_window.h"

namespace hc::demo {

std::vector<MonthSpan> DemoWindow::months() const {
  std::vector<MonthSpan> spans;
  for (Date m = from.firstOfMonth(); m <= end; m = m.plusMonths(1)) {
    spans.push_back({m < from ? from : m, m.lastOfMonth() < end ? m.lastOfMonth() : end});
  }
  return spans;
}

}  // namespace hc::demo

// The colours of the red/amber/green statuses, shared by the members'
// report and the workbook so that both look the same. Each pair of text and
// background colours has a contrast ratio of at least 4.5:1 (WCAG AA), and
// both outputs always print the status word too: colour is never the only
// signal.
//
// Thread-safety: immutable static data and pure functions.
#ifndef HC_REPORTS_STATUS_STYLE_H_
#define HC_REPORTS_STATUS_STYLE_H_

#include <cstdint>
#include <string>

#include "metrics/health_check.h"

namespace hc::reports {

struct StatusColours {
  uint32_t text;        // 0xRRGGBB
  uint32_t background;  // 0xRRGGBB
};

StatusColours statusColours(metrics::Status status);

// "#A4161A" for 0xA4161A, for CSS and SVG.
std::string cssColour(uint32_t rgb);

// WCAG 2 contrast ratio of two 0xRRGGBB colours, from 1 to 21.
double contrastRatio(uint32_t a, uint32_t b);

}  // namespace hc::reports

#endif  // HC_REPORTS_STATUS_STYLE_H_

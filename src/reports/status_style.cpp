#include "reports/status_style.h"

#include <algorithm>
#include <cmath>

namespace hc::reports {
namespace {

double channel(uint32_t c) {
  const double v = c / 255.0;
  return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(uint32_t rgb) {
  return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
}

}  // namespace

StatusColours statusColours(metrics::Status status) {
  switch (status) {
    case metrics::Status::kRed: return {0xFFFFFF, 0xA4161A};
    case metrics::Status::kAmber: return {0x0B0C0C, 0xFFBF47};
    case metrics::Status::kGreen: return {0xFFFFFF, 0x00703C};
    case metrics::Status::kNone: break;
  }
  return {0x0B0C0C, 0xF3F2F1};
}

std::string cssColour(uint32_t rgb) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = "#";
  for (int shift = 20; shift >= 0; shift -= 4) out += kHex[(rgb >> shift) & 0xF];
  return out;
}

double contrastRatio(uint32_t a, uint32_t b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace hc::reports

// The bytes a database keeps of one period's figures (store/stored_figures.h):
// a compact binary form of PeriodFigures that reads back exactly, doubles
// bit for bit. The form names the catalogue it was written with, so that
// figures written before a metric was added or reordered are refused
// (and computed again) rather than misread.
//
// Example:
//   std::string bytes = encodeFigures(figures);
//   std::optional<PeriodFigures> back = decodeFigures(bytes);  // == figures
//
// Thread-safety: pure functions.
#ifndef HC_METRICS_FIGURE_CODEC_H_
#define HC_METRICS_FIGURE_CODEC_H_

#include <optional>
#include <string>
#include <string_view>

#include "metrics/period_figures.h"

namespace hc::metrics {

std::string encodeFigures(const PeriodFigures& figures);

// nullopt for bytes that are not figures of this program's catalogue
// (truncated, another format, another set of metrics).
std::optional<PeriodFigures> decodeFigures(std::string_view bytes);

}  // namespace hc::metrics

#endif  // HC_METRICS_FIGURE_CODEC_H_

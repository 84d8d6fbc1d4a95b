#include <charconv>
#include <cmath>
#include <string_view>

#include "metrics/catalogue.h"
#include "metrics/internal/number_format.h"
#include "metrics/output.h"

namespace hc::metrics {
namespace {

void text(std::ostream& out, std::string_view s) { writeCsvText(out, s); }

void number(std::ostream& out, const std::optional<double>& v) {
  if (v && std::isfinite(*v)) out << internal::shortestNumber(*v);
}

// `v` rounded half away from zero to `decimals` places, in fixed notation
// without separators: rounded(14.249, 1) == "14.2", rounded(-0.04, 1) == "0.0".
void rounded(std::ostream& out, const std::optional<double>& v, int decimals) {
  if (!v || !std::isfinite(*v)) return;
  const double scale = std::pow(10.0, decimals);
  double r = std::round(*v * scale) / scale;
  if (r == 0) r = 0;  // no "-0.0"
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, r, std::chars_format::fixed, decimals);
  if (ec == std::errc()) out << std::string_view(buf, size_t(end - buf));
}

}  // namespace

void writeCsvText(std::ostream& out, std::string_view s) {
  const bool formula = !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
                                      s[0] == '\t' || s[0] == '\r');
  const bool quote = s.find_first_of(",\"\n") != std::string_view::npos;
  if (quote) out << '"';
  if (formula) out << '\'';
  for (const char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  if (quote) out << '"';
}

void writeCsv(std::ostream& out, const HealthCheck& hc, const CsvOptions& options) {
  out << "period,level,scope_id,scope_name,area,metric,value,status,previous,change,n,suppressed,"
         "vs_council,trend,area_status,area_score,area_measures,scope_score,scope_rank"
      << (options.as_shown ? ",value_unrounded\n" : "\n");
  for (const ScopeResult& s : hc.scopes)
    for (const AreaResult& a : s.areas)
      for (const MetricResult& m : a.metrics) {
        const MetricInfo* info = findMetric(m.id);
        const int decimals = info ? displayDecimals(info->unit) : 1;
        auto figure = [&](const std::optional<double>& v, int places) {
          if (options.as_shown) rounded(out, v, places);
          else number(out, v);
        };
        text(out, hc.period.label);
        out << ',' << levelName(s.level) << ',';
        text(out, s.id);
        out << ',';
        text(out, s.name);
        out << ',' << a.id << ',' << m.id << ',';
        figure(m.value, decimals);
        out << ',' << statusName(m.status) << ',';
        figure(m.previous, decimals);
        out << ',';
        figure(m.change, decimals);
        out << ',' << m.n << ',' << (m.suppressed ? "true" : "false") << ',';
        if (m.signal.vs_council) out << comparisonName(*m.signal.vs_council);
        out << ',';
        if (m.signal.trend) out << trendName(*m.signal.trend);
        out << ',' << statusName(a.status) << ',';
        figure(a.score, 0);
        out << ',' << a.measures << ',';
        figure(s.score, 0);
        out << ',';
        if (s.rank) out << *s.rank;
        if (options.as_shown) {
          out << ',';
          number(out, m.value);
        }
        out << "\n";
      }
}

}  // namespace hc::metrics

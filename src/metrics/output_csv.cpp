#include <cmath>

#include "metrics/internal/number_format.h"
#include "metrics/output.h"

namespace hc::metrics {
namespace {

// A text cell, defused and quoted (see writeCsv in output.h).
void text(std::ostream& out, std::string_view s) {
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

void number(std::ostream& out, const std::optional<double>& v) {
  if (v && std::isfinite(*v)) out << internal::shortestNumber(*v);
}

}  // namespace

void writeCsv(std::ostream& out, const HealthCheck& hc) {
  out << "period,level,scope_id,scope_name,area,metric,value,status,previous,change,n,suppressed,"
         "vs_council,trend,area_status,area_score,area_measures,scope_score,scope_rank\n";
  for (const ScopeResult& s : hc.scopes)
    for (const AreaResult& a : s.areas)
      for (const MetricResult& m : a.metrics) {
        text(out, hc.period.label);
        out << ',' << levelName(s.level) << ',';
        text(out, s.id);
        out << ',';
        text(out, s.name);
        out << ',' << a.id << ',' << m.id << ',';
        number(out, m.value);
        out << ',' << statusName(m.status) << ',';
        number(out, m.previous);
        out << ',';
        number(out, m.change);
        out << ',' << m.n << ',' << (m.suppressed ? "true" : "false") << ',';
        if (m.signal.vs_council) out << comparisonName(*m.signal.vs_council);
        out << ',';
        if (m.signal.trend) out << trendName(*m.signal.trend);
        out << ',' << statusName(a.status) << ',';
        number(out, a.score);
        out << ',' << a.measures << ',';
        number(out, s.score);
        out << ',';
        if (s.rank) out << *s.rank;
        out << "\n";
      }
}

}  // namespace hc::metrics

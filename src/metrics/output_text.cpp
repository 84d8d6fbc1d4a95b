#include <cmath>
#include <cctype>
#include <cstdio>

#include "metrics/catalogue.h"
#include "metrics/output.h"

namespace hc::metrics {
namespace {

// Decimals worth showing per unit: people read 12.3%, not 12.3076923%.
int decimals(Unit u, double v) {
  switch (u) {
    case Unit::kCount: return v == std::floor(v) ? 0 : 1;
    case Unit::kRatio:
    case Unit::kPer100: return 2;
    default: return 1;
  }
}

std::string display(const MetricInfo& info, double v, bool signed_change) {
  char buf[64];
  std::snprintf(buf, sizeof buf, signed_change ? "%+.*f" : "%.*f", decimals(info.unit, v), v);
  std::string s = buf;
  if (s == "-0" || s.rfind("-0.", 0) == 0) {  // a tiny negative rounded to nothing
    bool zero = true;
    for (char c : s) zero &= c == '-' || c == '0' || c == '.';
    if (zero) s = s.substr(1);
  }
  if (!signed_change) s += unitSuffix(info.unit);
  if (signed_change && info.unit == Unit::kPercent) s += " pts";  // a change of a percentage is in points
  return s;
}

std::string upper(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

void line(std::ostream& out, const MetricResult& m) {
  const MetricInfo* info = findMetric(m.id);
  if (!info) return;
  std::string value = "-", previous = "", change = "";
  if (m.suppressed) {
    value = "suppressed";
  } else if (m.value) {
    value = display(*info, *m.value, false);
  }
  if (m.previous) previous = "was " + display(*info, *m.previous, false);
  if (m.change) change = display(*info, *m.change, true);
  char buf[256];
  std::snprintf(buf, sizeof buf, "    %-32s %16s  %-6s %20s %12s  n=%lld", std::string(info->label).c_str(),
                value.c_str(), statusName(m.status), previous.c_str(), change.c_str(), static_cast<long long>(m.n));
  out << buf;
  if (m.signal.vs_council && *m.signal.vs_council != Comparison::kNone)
    out << "  " << comparisonName(*m.signal.vs_council) << " than the council";
  if (m.signal.trend && *m.signal.trend != Trend::kNone) out << "  special cause: " << trendName(*m.signal.trend);
  out << "\n";
}

}  // namespace

void writeText(std::ostream& out, const HealthCheck& hc) {
  if (!hc.has_data) {
    out << "No records fall in or before " << hc.period.label << ": nothing to report\n";
    return;
  }
  out << "Health check " << hc.period.label << " (" << hc.period.from.iso() << " to " << hc.period.to.iso()
      << ")\n";
  char legend[256];
  std::snprintf(legend, sizeof legend, "    %-32s %16s  %-6s %20s %12s  %s\n", "metric", "value", "status",
                "previous period", "change", "n");
  out << legend;
  for (const ScopeResult& s : hc.scopes) {
    out << "\n" << s.name;
    if (s.level == Level::kTeam) out << " (team " << s.id << ")";
    if (s.level == Level::kService) out << " (service)";
    if (s.score) {
      std::snprintf(legend, sizeof legend, ": score %.1f", *s.score);
      out << legend;
    }
    if (s.rank) out << ", attention rank " << *s.rank;
    out << "\n";
    for (const AreaResult& a : s.areas) {
      const AreaInfo* area = nullptr;
      for (const AreaInfo& candidate : areas())
        if (candidate.id == a.id) area = &candidate;
      out << "  " << (area ? std::string(area->label) : a.id);
      if (a.status != Status::kNone) {
        std::snprintf(legend, sizeof legend, ": %s, score %.1f from %d of %zu measures", upper(statusName(a.status)).c_str(),
                      *a.score, a.measures, a.metrics.size());
        out << legend;
      }
      out << "\n";
      for (const MetricResult& m : a.metrics) line(out, m);
    }
  }
}

}  // namespace hc::metrics

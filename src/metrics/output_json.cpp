#include <cmath>
#include <sstream>

#include "metrics/internal/number_format.h"
#include "metrics/output.h"

namespace hc::metrics {
namespace {

void string(std::ostream& out, std::string_view s) {
  out << '"';
  for (const char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\t': out << "\\t"; break;
      default:
        if (c < 0x20) {
          static const char kHex[] = "0123456789abcdef";
          out << "\\u00" << kHex[c >> 4] << kHex[c & 15];
        } else {
          out << ch;
        }
    }
  }
  out << '"';
}

void number(std::ostream& out, const std::optional<double>& v) {
  if (v && std::isfinite(*v))
    out << internal::shortestNumber(*v);
  else
    out << "null";
}

void status(std::ostream& out, Status s) {
  if (s == Status::kNone)
    out << "null";
  else
    string(out, statusName(s));
}

void metric(std::ostream& out, const MetricResult& m, const MetricBenchmarks& benchmarks) {
  string(out, m.id);
  out << ": {\"value\": ";
  number(out, m.value);
  out << ", \"status\": ";
  status(out, m.status);
  out << ", \"previous\": ";
  number(out, m.previous);
  out << ", \"change\": ";
  number(out, m.change);
  out << ", \"n\": " << m.n << ", \"suppressed\": " << (m.suppressed ? "true" : "false");
  out << ", \"signal\": {\"vs_council\": ";
  if (m.signal.vs_council)
    string(out, comparisonName(*m.signal.vs_council));
  else
    out << "null";
  out << ", \"trend\": ";
  if (m.signal.trend)
    string(out, trendName(*m.signal.trend));
  else
    out << "null";
  out << "}";
  if (const auto b = benchmarks.find(m.id); b != benchmarks.end()) {
    out << ", \"benchmark\": {\"england\": ";
    number(out, b->second.england);
    out << ", \"region\": ";
    number(out, b->second.region);
    out << ", \"neighbours\": ";
    number(out, b->second.neighbours);
    out << ", \"year\": " << b->second.year << "}";
  }
  out << "}";
}

void scope(std::ostream& out, const ScopeResult& s, const MetricBenchmarks& benchmarks) {
  out << "    {\"level\": \"" << levelName(s.level) << "\", \"id\": ";
  string(out, s.id);
  out << ", \"name\": ";
  string(out, s.name);
  out << ", \"score\": ";
  number(out, s.score);
  out << ", \"rank\": ";
  if (s.rank)
    out << *s.rank;
  else
    out << "null";
  out << ",\n     \"areas\": {";
  for (size_t a = 0; a < s.areas.size(); ++a) {
    const AreaResult& area = s.areas[a];
    out << (a ? ",\n" : "\n") << "       ";
    string(out, area.id);
    out << ": {\"status\": ";
    status(out, area.status);
    out << ", \"score\": ";
    number(out, area.score);
    out << ", \"measures\": " << area.measures << ", \"metrics\": {";
    for (size_t m = 0; m < area.metrics.size(); ++m) {
      out << (m ? ",\n" : "\n") << "         ";
      metric(out, area.metrics[m], benchmarks);
    }
    out << "}}";
  }
  out << "}}";
}

}  // namespace

const char* levelName(Level level) {
  switch (level) {
    case Level::kCouncil: return "council";
    case Level::kService: return "service";
    case Level::kTeam: return "team";
  }
  return "";
}

void writeJson(std::ostream& out, const HealthCheck& hc, const MetricBenchmarks& benchmarks) {
  out << "{\n  \"period\": {\"label\": ";
  string(out, hc.period.label);
  out << ", \"from\": \"" << hc.period.from.iso() << "\", \"to\": \"" << hc.period.to.iso() << "\"},\n";
  out << "  \"scopes\": [";
  for (size_t i = 0; i < hc.scopes.size(); ++i) {
    out << (i ? ",\n" : "\n");
    scope(out, hc.scopes[i], benchmarks);
  }
  out << (hc.scopes.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

std::string toJson(const HealthCheck& hc, const MetricBenchmarks& benchmarks) {
  std::ostringstream out;
  writeJson(out, hc, benchmarks);
  return out.str();
}

}  // namespace hc::metrics

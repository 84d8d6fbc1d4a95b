#include <cmath>
#include <sstream>

#include "metrics/internal/number_format.h"
#include "metrics/output.h"

namespace hc::metrics {
namespace {

void string(std::ostream& out, std::string_view s) {
  out << '"';
  // Runs of characters that need no escape go out in one write: a national
  // health check is some 30 MB of JSON, and a stream call per character
  // costs more than the rest of writing it.
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.write(s.data() + run, std::streamsize(i - run));
    run = i + 1;
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\t': out << "\\t"; break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        out << "\\u00" << kHex[c >> 4] << kHex[c & 15];
      }
    }
  }
  out.write(s.data() + run, std::streamsize(s.size() - run));
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
    out << ", \"year\": " << b->second.year
        << ", \"workforce\": \"children's social workers\", \"compared_with\": \"children\"}";
  }
  out << "}";
}

// The DfE's figures are about children's social workers: they are set
// against the children's services figure alone, never the whole council's
// (which has adults' teams in it) nor a single team's.
bool comparesWithDfe(const ScopeResult& s) { return s.level == Level::kService && s.id == "children"; }

// The agreed actions to list, and the day that says which are overdue.
struct ActionList {
  const std::vector<Action>& actions;
  Date today;
};

void actionsOf(std::ostream& out, const ScopeResult& s, const AreaResult& area, const ActionList& list) {
  out << ", \"actions\": [";
  bool first = true;
  for (const Action& a : list.actions) {
    if (a.scope_id != s.id || a.area != area.id) continue;
    out << (first ? "" : ", ") << "{\"id\": " << a.id << ", \"title\": ";
    string(out, a.title);
    out << ", \"status\": \"" << name(a.status) << "\", \"due\": \"" << a.due.iso()
        << "\", \"overdue\": " << (a.overdue(list.today) ? "true" : "false") << "}";
    first = false;
  }
  out << "]";
}

void scope(std::ostream& out, const ScopeResult& s, const MetricBenchmarks& all_benchmarks, const ActionList* actions) {
  static const MetricBenchmarks kNone;
  const MetricBenchmarks& benchmarks = comparesWithDfe(s) ? all_benchmarks : kNone;
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
    out << "}";
    if (actions) actionsOf(out, s, area, *actions);
    out << "}";
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

namespace {

void writeJsonWith(std::ostream& out, const HealthCheck& hc, const MetricBenchmarks& benchmarks,
                   const ActionList* actions) {
  out << "{\n  \"period\": {\"label\": ";
  string(out, hc.period.label);
  out << ", \"from\": \"" << hc.period.from.iso() << "\", \"to\": \"" << hc.period.to.iso() << "\"},\n";
  out << "  \"scopes\": [";
  for (size_t i = 0; i < hc.scopes.size(); ++i) {
    out << (i ? ",\n" : "\n");
    scope(out, hc.scopes[i], benchmarks, actions);
  }
  out << (hc.scopes.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace

void writeJson(std::ostream& out, const HealthCheck& hc, const MetricBenchmarks& benchmarks) {
  writeJsonWith(out, hc, benchmarks, nullptr);
}

void writeJson(std::ostream& out, const HealthCheck& hc, const MetricBenchmarks& benchmarks,
               const std::vector<Action>& actions, Date today) {
  const ActionList list{actions, today};
  writeJsonWith(out, hc, benchmarks, &list);
}

std::string toJson(const HealthCheck& hc, const MetricBenchmarks& benchmarks) {
  std::ostringstream out;
  writeJson(out, hc, benchmarks);
  return out.str();
}

}  // namespace hc::metrics

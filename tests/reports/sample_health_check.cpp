#include "sample_health_check.h"

#include <stdexcept>

#include "metrics/catalogue.h"

namespace hc::reports::testing {

using metrics::Level;
using metrics::Status;

metrics::ScopeResult emptyScope(Level level, std::string id, std::string name, std::string service) {
  metrics::ScopeResult s;
  s.level = level;
  s.id = std::move(id);
  s.name = std::move(name);
  s.service = std::move(service);
  for (const metrics::AreaInfo& a : metrics::areas()) {
    metrics::AreaResult area;
    area.id = std::string(a.id);
    for (const metrics::MetricInfo& m : metrics::catalogue()) {
      if (m.area != a.area) continue;
      metrics::MetricResult r;
      r.id = std::string(m.id);
      area.metrics.push_back(r);
    }
    s.areas.push_back(area);
  }
  return s;
}

metrics::MetricResult& figure(metrics::HealthCheck& hc, const std::string& scope_id, const std::string& metric_id) {
  for (auto& s : hc.scopes)
    if (s.id == scope_id)
      for (auto& a : s.areas)
        for (auto& m : a.metrics)
          if (m.id == metric_id) return m;
  throw std::logic_error("sample: no " + metric_id + " for " + scope_id);
}

void set(metrics::HealthCheck& hc, const std::string& scope_id, const std::string& metric_id,
         std::optional<double> value, std::optional<double> previous, Status status, int64_t n) {
  metrics::MetricResult& m = figure(hc, scope_id, metric_id);
  m.value = value;
  m.previous = previous;
  if (value && previous) m.change = *value - *previous;
  m.status = status;
  m.n = n;
}

metrics::HealthCheck sampleHealthCheck(const std::string& period) {
  metrics::HealthCheck hc;
  hc.period = *metrics::Period::parse(period);
  hc.has_data = true;
  hc.scopes.push_back(emptyScope(Level::kCouncil, "council", "Northshire <Council>"));
  hc.scopes.push_back(emptyScope(Level::kService, "children", "Children's services"));
  hc.scopes.push_back(emptyScope(Level::kService, "adults", "Adult services"));
  hc.scopes.push_back(emptyScope(Level::kTeam, "T01", kScriptName, "children"));
  hc.scopes.push_back(emptyScope(Level::kTeam, "T02", kHostileName, "children"));
  hc.scopes.push_back(emptyScope(Level::kTeam, "T03", "+cmd", "adults"));
  hc.scopes.push_back(emptyScope(Level::kTeam, "T04", "@SUM(A1)", "adults"));
  return hc;
}

metrics::MetricBenchmark sampleBenchmark() {
  metrics::MetricBenchmark b;
  b.england = 14.2;
  b.region = 8.9;
  b.region_name = "North East";
  b.neighbours = 14.0;
  b.neighbours_median = 12.0;
  b.neighbours_published = 3;
  b.council_published = 10.0;
  b.rank_in_region = 2;
  b.region_size = 5;
  b.rank_among_neighbours = 1;
  b.neighbours_size = 4;
  b.year = 2025;
  return b;
}

}  // namespace hc::reports::testing

// Bench: the analysts' workbook for a synthetic national-size health check
// (default 5,000 teams in 3 services, every metric with a value, 8 trend
// periods), timed and with its memory use. Built and run by
// bench/report-workbook; not a test.
//
//   report_workbook [TEAMS] [OUT.xlsx]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "metrics/catalogue.h"
#include "reports/report_model.h"
#include "reports/workbook/workbook_writer.h"

namespace {

using namespace hc;

long peakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

metrics::ScopeResult scope(metrics::Level level, std::string id, std::string name, std::string service,
                           unsigned seed) {
  metrics::ScopeResult s;
  s.level = level;
  s.id = std::move(id);
  s.name = std::move(name);
  s.service = std::move(service);
  s.locality = "Locality " + std::to_string(seed % 40);
  for (const metrics::AreaInfo& a : metrics::areas()) {
    metrics::AreaResult area;
    area.id = std::string(a.id);
    area.status = metrics::Status(1 + (seed + unsigned(a.area)) % 3);
    for (const metrics::MetricInfo& m : metrics::catalogue()) {
      if (m.area != a.area) continue;
      seed = seed * 1103515245u + 12345u;
      metrics::MetricResult r;
      r.id = std::string(m.id);
      r.value = double(seed % 10000) / 100.0;
      r.previous = double((seed >> 8) % 10000) / 100.0;
      r.change = *r.value - *r.previous;
      r.n = seed % 200;
      r.status = metrics::Status(1 + seed % 3);
      area.metrics.push_back(r);
    }
    s.areas.push_back(area);
  }
  return s;
}

metrics::HealthCheck healthCheck(const metrics::Period& period, int teams, bool with_teams) {
  metrics::HealthCheck hc;
  hc.period = period;
  hc.has_data = true;
  unsigned seed = unsigned(period.from.days());
  hc.scopes.push_back(scope(metrics::Level::kCouncil, "council", "National", "", seed));
  const char* services[] = {"children", "adults", "other"};
  for (const char* s : services) hc.scopes.push_back(scope(metrics::Level::kService, s, s, "", ++seed));
  if (with_teams) {
    for (int t = 0; t < teams; ++t) {
      hc.scopes.push_back(scope(metrics::Level::kTeam, "T" + std::to_string(t), "Team " + std::to_string(t),
                                services[t % 3], ++seed));
    }
  }
  return hc;
}

}  // namespace

int main(int argc, char** argv) {
  const int teams = argc > 1 ? std::atoi(argv[1]) : 5000;
  const std::string out = argc > 2 ? argv[2] : "/tmp/report-workbook-bench.xlsx";
  using Clock = std::chrono::steady_clock;

  // The trend periods carry only the council and services, as the CLI keeps
  // them: the trend sheet reads nothing else.
  std::vector<metrics::Period> periods = {*metrics::Period::parse("2025-Q3")};
  while (periods.size() < 8) periods.insert(periods.begin(), periods.front().previous());
  std::vector<metrics::HealthCheck> history;
  for (size_t i = 0; i < periods.size(); ++i) {
    history.push_back(healthCheck(periods[i], teams, i + 1 == periods.size()));
  }
  const long rss_input = peakRssKb();

  const auto t0 = Clock::now();
  const reports::ReportModel model = reports::buildReportModel(history.back(), {}, history);
  const auto t1 = Clock::now();
  const long rss_model = peakRssKb();
  reports::workbook::writeWorkbook(model, out);
  const auto t2 = Clock::now();
  const long rss_written = peakRssKb();

  const auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
  std::printf("teams %d: model %.0f ms, workbook %.0f ms, total %.2f s\n", teams, ms(t1 - t0), ms(t2 - t1),
              ms(t2 - t0) / 1000);
  std::printf("peak memory: input %ld kB, + model %ld kB, + writing %ld kB\n", rss_input, rss_model - rss_input,
              rss_written - rss_model);
  return 0;
}

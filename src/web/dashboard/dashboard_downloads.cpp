#include "web/dashboard/dashboard_downloads.h"

#include <sstream>

#include "metrics/output.h"
#include "reports/report_model.h"
#include "reports/workbook/workbook_writer.h"
#include "web/dashboard/dashboard_format.h"

namespace hc::web::dashboard {

metrics::HealthCheck shownHealthCheck(const metrics::HealthCheck& hc, const DashboardQuery& q, bool teams) {
  metrics::HealthCheck out;
  out.period = hc.period;
  out.has_data = hc.has_data;
  for (const auto* s : shownScopes(hc, q))
    if (teams || s->level != metrics::Level::kTeam) out.scopes.push_back(*s);
  return out;
}

std::string csvBytes(const metrics::HealthCheck& hc, const DashboardQuery& q) {
  std::ostringstream out;
  metrics::writeCsv(out, shownHealthCheck(hc, q));
  return out.str();
}

std::string xlsxBytes(const std::vector<metrics::HealthCheck>& periods, const DashboardQuery& q,
                      const metrics::Thresholds& thresholds, int min_group_size,
                      const metrics::MetricBenchmarks& benchmarks, surveys::PeriodSurveys surveys) {
  std::vector<metrics::HealthCheck> history;
  for (size_t i = 0; i + 1 < periods.size(); ++i) history.push_back(shownHealthCheck(periods[i], q, false));
  const metrics::HealthCheck current = shownHealthCheck(periods.back(), q);
  history.push_back(current);
  reports::ReportOptions options;
  options.published = false;  // the directors' figures, as the workbook command writes them
  options.min_group_size = min_group_size;
  options.thresholds = thresholds;
  options.national = benchmarks;  // the Benchmarks sheet
  for (const auto& s : current.scopes)
    if (s.level == metrics::Level::kCouncil) options.council_name = s.name;
  reports::ReportModel model = reports::buildReportModel(current, options, history);
  model.surveys = std::move(surveys);  // the Staff survey sheet
  return reports::workbook::workbookBytes(model);
}

std::string downloadName(const DashboardQuery& q, const std::string& extension) {
  std::string name = "healthcheck-" + q.period.label;
  if (!q.service.empty()) name += "-" + q.service;
  if (!q.locality.empty()) name += "-" + q.locality;
  for (char& c : name)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      c = '-';
  return name + "." + extension;
}

}  // namespace hc::web::dashboard

#include "web/dashboard/dashboard_downloads.h"

#include <sstream>

#include "metrics/output.h"
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
  metrics::CsvOptions options;
  options.as_shown = true;  // as on screen; value_unrounded for analysts
  metrics::writeCsv(out, shownHealthCheck(hc, q), options);
  return out.str();
}

std::string xlsxBytes(const load::ReportModelLoader& loader, const std::vector<metrics::HealthCheck>& periods,
                      const DashboardQuery& q, load::ReportViewer viewer, std::optional<Date> today) {
  std::vector<metrics::HealthCheck> history;
  // Teams too: the Trends sheet filters to any team shown.
  for (size_t i = 0; i + 1 < periods.size(); ++i) history.push_back(shownHealthCheck(periods[i], q));
  const metrics::HealthCheck current = shownHealthCheck(periods.back(), q);
  history.push_back(current);
  viewer.filtered = true;  // the Actions sheet: the actions of the scopes the filters show
  return reports::workbook::workbookBytes(loader.load(current, viewer, today, history));
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

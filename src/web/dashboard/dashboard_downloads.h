// The dashboard's downloads of what is on screen: the scopes the filters
// show, with every figure behind the heat map. CSV through the engine's
// writeCsv (one row per scope and metric; text cells a spreadsheet would
// read as formulas are defused there) and XLSX through reports' workbook
// (text cells always strings, never formulas), so neither format is
// written twice in this program.
//
// Thread-safety: pure functions (workbookBytes uses its own temporary file).
#ifndef HC_WEB_DASHBOARD_DASHBOARD_DOWNLOADS_H_
#define HC_WEB_DASHBOARD_DASHBOARD_DOWNLOADS_H_

#include <optional>
#include <string>
#include <vector>

#include "core/action.h"
#include "core/date.h"
#include "metrics/benchmark.h"
#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "surveys/period_surveys.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// `hc` with only the scopes the query shows. With `teams` false, teams are
// dropped too.
metrics::HealthCheck shownHealthCheck(const metrics::HealthCheck& hc, const DashboardQuery& q, bool teams = true);

// The figures rounded as the screen shows them, with the exact value in a
// last column value_unrounded (metrics::CsvOptions::as_shown).
std::string csvBytes(const metrics::HealthCheck& hc, const DashboardQuery& q);

// Whose copy a workbook is, for its banner: a director's (as computed), a
// member's (published), or a manager's (published but their own scopes,
// named).
struct WorkbookViewer {
  bool published = false;
  std::vector<std::string> shown_as_computed;
};

// `periods` oldest first, the shown period last; `surveys`, the period's
// staff survey runs for the Staff survey sheet (none: no sheet);
// `actions`, those agreed (the Actions sheet keeps the shown scopes'),
// overdue as of `today`.
std::string xlsxBytes(const std::vector<metrics::HealthCheck>& periods, const DashboardQuery& q,
                      const metrics::Thresholds& thresholds, int min_group_size,
                      const metrics::MetricBenchmarks& benchmarks, surveys::PeriodSurveys surveys = {},
                      const WorkbookViewer& viewer = {},
                      const std::vector<Action>& actions = {}, std::optional<Date> today = std::nullopt);

// "healthcheck-2026-Q3-children.csv": safe characters only, for
// Content-Disposition.
std::string downloadName(const DashboardQuery& q, const std::string& extension);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_DOWNLOADS_H_

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

#include "core/date.h"
#include "load/report_model_loader.h"
#include "metrics/health_check.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// `hc` with only the scopes the query shows. With `teams` false, teams are
// dropped too.
metrics::HealthCheck shownHealthCheck(const metrics::HealthCheck& hc, const DashboardQuery& q, bool teams = true);

// The figures rounded as the screen shows them, with the exact value in a
// last column value_unrounded (metrics::CsvOptions::as_shown).
std::string csvBytes(const metrics::HealthCheck& hc, const DashboardQuery& q);

// The workbook of `periods` (oldest first, the shown period last) as the
// filters show them, as `viewer` may see it (a director's as computed, a
// member's published, a manager's published but their own scopes named):
// its banner, the period's staff survey runs (the Staff survey sheet), and
// the actions of the shown scopes (the Actions sheet), overdue as of
// `today`, all from `loader`.
std::string xlsxBytes(const load::ReportModelLoader& loader, const std::vector<metrics::HealthCheck>& periods,
                      const DashboardQuery& q, load::ReportViewer viewer, std::optional<Date> today);

// "healthcheck-2026-Q3-children.csv": safe characters only, for
// Content-Disposition.
std::string downloadName(const DashboardQuery& q, const std::string& extension);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_DOWNLOADS_H_

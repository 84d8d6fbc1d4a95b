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

#include <string>
#include <vector>

#include "metrics/benchmark.h"
#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "surveys/period_surveys.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// `hc` with only the scopes the query shows. With `teams` false, teams are
// dropped too (the trend sheets keep council and services only).
metrics::HealthCheck shownHealthCheck(const metrics::HealthCheck& hc, const DashboardQuery& q, bool teams = true);

std::string csvBytes(const metrics::HealthCheck& hc, const DashboardQuery& q);

// `periods` oldest first, the shown period last; `surveys`, the period's
// staff survey runs for the Staff survey sheet (none: no sheet).
std::string xlsxBytes(const std::vector<metrics::HealthCheck>& periods, const DashboardQuery& q,
                      const metrics::Thresholds& thresholds, int min_group_size,
                      const metrics::MetricBenchmarks& benchmarks, surveys::PeriodSurveys surveys = {});

// "healthcheck-2026-Q3-children.csv": safe characters only, for
// Content-Disposition.
std::string downloadName(const DashboardQuery& q, const std::string& extension);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_DOWNLOADS_H_

// The dashboard's metric page ("area pages" of the issue): every shown
// team's value for one metric, sorted best first, each with its status,
// against the metric's green and amber limits, so a director sees the
// spread. A bar chart (reports' barChartSvg) is drawn when the list is
// short enough to read; the table always holds every figure. Where the DfE
// publishes the metric, its England, region and statistical neighbours'
// figures are stated and drawn as reference lines on the chart.
//
// Thread-safety: pure function of its arguments.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_METRIC_H_
#define HC_WEB_DASHBOARD_DASHBOARD_METRIC_H_

#include <string>
#include <vector>

#include "html/html.h"
#include "metrics/benchmark.h"
#include "metrics/catalogue.h"
#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// Charts beyond this many teams would be unreadable; the table remains.
inline constexpr size_t kMaxChartRows = 60;

// `benchmark`: the DfE's comparators for the period; nullptr when none.
html::Html metricHtml(const metrics::HealthCheck& hc, const metrics::MetricInfo& info,
                      const metrics::Thresholds& thresholds, const DashboardQuery& q,
                      const std::vector<metrics::Period>& quarters, const metrics::MetricBenchmark* benchmark);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_METRIC_H_

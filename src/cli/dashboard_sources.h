// Where the directors' dashboard gets its figures: TrendWindow loads of a
// database, computed with the given thresholds and options. Kept here, not
// in src/web, because the web component sits below the command line in the
// build; `healthcheck serve` and the web tests both use it.
//
// Thread-safety: the returned functions open their own connections and may
// run on any thread.
#ifndef HC_CLI_DASHBOARD_SOURCES_H_
#define HC_CLI_DASHBOARD_SOURCES_H_

#include <string>

#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "web/dashboard/dashboard_pages.h"

namespace hc::cli {

web::dashboard::DashboardOptions dashboardSources(const std::string& db_url, const metrics::Thresholds& thresholds,
                                       const metrics::HealthCheckOptions& options);

}  // namespace hc::cli

#endif  // HC_CLI_DASHBOARD_SOURCES_H_

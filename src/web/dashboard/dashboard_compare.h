// The dashboard's comparison page: for each measure the DfE publishes for
// every council (vacancy, agency, turnover, caseload, sickness absence),
// the council against England, its region and its statistical neighbours
// for the census year matching the period, and its rank among them: a
// summary table, then per measure a chart of the council and its
// neighbours with England and the region as reference lines, and the
// ranked lists of the region and of the neighbours.
//
// The figures compared are all the DfE's published ones (the council's
// too), so that ranks compare like with like; this health check's own
// figure for the period is shown beside them for reference: that of the
// children's services teams, since the DfE counts children's social
// workers only (never the whole council's, adults' teams included).
//
// The measures come from load::FigureLoader::comparison.
//
// Thread-safety: pure function of its arguments.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_COMPARE_H_
#define HC_WEB_DASHBOARD_DASHBOARD_COMPARE_H_

#include <optional>
#include <string>
#include <vector>

#include "html/html.h"
#include "load/benchmark_loader.h"
#include "metrics/benchmark.h"
#include "metrics/health_check.h"
#include "national/comparison.h"
#include "web/dashboard/dashboard_query.h"

namespace hc::web::dashboard {

// The contents of <main>. `hc`: the period's health check (for the
// children's services' own figures); `quarters`: the period links;
// `council_name`: the council's stored name, given to its DfE rows.
html::Html compareHtml(const metrics::HealthCheck& hc, const std::vector<load::ComparedMeasure>& measures,
                       const DashboardQuery& q, const std::vector<metrics::Period>& quarters,
                       const std::string& council_name);

// The service the DfE's children's social work figures compare with.
inline constexpr const char* kChildrensService = "children";

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_COMPARE_H_

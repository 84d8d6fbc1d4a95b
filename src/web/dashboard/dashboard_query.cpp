#include "web/dashboard/dashboard_query.h"

#include "core/utc_clock.h"

namespace hc::web::dashboard {

std::string DashboardQuery::queryString() const {
  std::string q = "?period=" + urlEncode(period.label);
  if (!service.empty()) q += "&service=" + urlEncode(service);
  if (!locality.empty()) q += "&locality=" + urlEncode(locality);
  if (!sort.empty()) q += "&sort=" + urlEncode(sort);
  return q;
}

DashboardQuery DashboardQuery::withPeriod(const metrics::Period& p) const {
  DashboardQuery q = *this;
  q.period = p;
  q.period_given = true;
  return q;
}

bool DashboardQuery::shows(const metrics::ScopeResult& scope) const {
  if (!service.empty() && scope.service != service) return false;
  if (!locality.empty() && scope.locality != locality) return false;
  return true;
}

metrics::Period defaultPeriod(const std::optional<Date>& latest) {
  if (!latest) return metrics::Period::containing(metrics::Period::Kind::kQuarter, utcToday());
  // metrics.md "Periods with no data": the latest quarter the records cover
  // to its last day.
  return metrics::Period::latestEndingBy(metrics::Period::Kind::kQuarter, *latest);
}

std::optional<DashboardQuery> parseDashboardQuery(const http::Request& request, const std::optional<Date>& latest,
                                                  std::string* error) {
  DashboardQuery q;
  auto value = [&](const char* name) -> std::string {
    auto it = request.query.find(name);
    return it == request.query.end() ? std::string() : it->second;
  };
  const std::string period = value("period");
  if (period.empty()) {
    q.period = defaultPeriod(latest);
  } else {
    auto p = metrics::Period::parse(period, error);
    if (!p) return std::nullopt;
    q.period = *p;
    q.period_given = true;
  }
  q.service = value("service");
  q.locality = value("locality");
  const std::string sort = value("sort");
  if (sort == "name" || sort == "service") q.sort = sort;  // anything else: attention order
  return q;
}

std::vector<metrics::Period> recentQuarters(const std::optional<Date>& latest, int count) {
  std::vector<metrics::Period> out{defaultPeriod(latest)};
  while (static_cast<int>(out.size()) < count) out.push_back(out.back().previous());
  return out;
}

}  // namespace hc::web::dashboard

// Small builders for hand-made records, and lookups into a HealthCheck, for
// the metrics tests. Every date is ISO text so that tests read like the
// worked examples in their comments.
#ifndef HC_TESTS_METRICS_FIXTURES_H_
#define HC_TESTS_METRICS_FIXTURES_H_

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>

#include "core/records.h"
#include "metrics/health_check.h"

namespace hc::metrics::testing {

inline Date day(const char* iso) {
  const std::optional<Date> d = Date::parse(iso);
  if (!d) throw std::invalid_argument(std::string("bad test date ") + iso);
  return *d;
}
inline std::optional<Date> maybeDay(const char* iso) {
  return iso ? std::optional<Date>(day(iso)) : std::nullopt;
}

inline Team team(const char* id, Service service = Service::kChildren, const char* name = nullptr) {
  return Team{id, name ? name : std::string("Team ") + id, service, ""};
}

inline Staff person(const char* id, const char* team, Employment employment, double fte, const char* start,
                    const char* end = nullptr, const char* qualified = nullptr) {
  Staff s;
  s.staff_id = id;
  s.team_id = team;
  s.employment = employment;
  s.fte = fte;
  s.start_date = day(start);
  s.end_date = maybeDay(end);
  s.qualified_date = maybeDay(qualified);
  return s;
}
inline Staff permanent(const char* id, const char* team, double fte = 1, const char* start = "2020-01-01",
                       const char* end = nullptr) {
  return person(id, team, Employment::kPermanent, fte, start, end);
}
inline Staff agency(const char* id, const char* team, double fte = 1, const char* start = "2020-01-01",
                    const char* end = nullptr) {
  return person(id, team, Employment::kAgency, fte, start, end);
}

inline Case kase(const char* id, const char* team, const char* referral, const char* assessed = nullptr,
                 const char* closed = nullptr) {
  return Case{id, team, day(referral), maybeDay(assessed), maybeDay(closed)};
}

inline Allocation allocation(const char* id, const char* case_id, const char* staff_id, const char* start,
                             const char* end = nullptr) {
  return Allocation{id, case_id, staff_id, day(start), maybeDay(end)};
}

inline Visit visit(const char* id, const char* staff_id, const char* date, VisitStatus status, int planned = 60,
                   std::optional<int> actual = std::nullopt, std::optional<int> travel = std::nullopt,
                   int hour = 10) {
  Visit v;
  v.visit_id = id;
  v.case_id = "C";
  v.staff_id = staff_id;
  v.scheduled_start = DateTime::of(day(date), hour, 0);
  v.planned_minutes = planned;
  v.status = status;
  v.actual_minutes = actual;
  v.travel_minutes = travel;
  return v;
}

inline HealthCheck run(const Dataset& data, const char* period, HealthCheckOptions options = {}) {
  std::string error;
  const std::optional<Period> p = Period::parse(period, &error);
  if (!p) throw std::invalid_argument(error);
  return computeHealthCheck(data, *p, Thresholds::defaults(), options);
}

inline const ScopeResult& scope(const HealthCheck& hc, const std::string& id) {
  for (const ScopeResult& s : hc.scopes)
    if (s.id == id) return s;
  throw std::out_of_range("no scope " + id);
}

inline const MetricResult& metric(const HealthCheck& hc, const std::string& scope_id, const std::string& id) {
  for (const AreaResult& a : scope(hc, scope_id).areas)
    for (const MetricResult& m : a.metrics)
      if (m.id == id) return m;
  throw std::out_of_range("no metric " + id + " in " + scope_id);
}

inline const AreaResult& area(const HealthCheck& hc, const std::string& scope_id, const std::string& id) {
  for (const AreaResult& a : scope(hc, scope_id).areas)
    if (a.id == id) return a;
  throw std::out_of_range("no area " + id + " in " + scope_id);
}

// The value of a metric, or NaN when null, for EXPECT_NEAR-style checks.
inline double value(const HealthCheck& hc, const std::string& scope_id, const std::string& id) {
  const MetricResult& m = metric(hc, scope_id, id);
  return m.value ? *m.value : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace hc::metrics::testing

#endif  // HC_TESTS_METRICS_FIXTURES_H_

#include "metrics/coverage.h"

#include <algorithm>

namespace hc::metrics {
namespace {

// The earliest or latest of the dates it is given.
class Extreme {
 public:
  explicit Extreme(bool latest) : latest_(latest) {}
  void add(Date d) {
    if (!best_ || (latest_ ? *best_ < d : d < *best_)) best_ = d;
  }
  void add(const std::optional<Date>& d) {
    if (d) add(*d);
  }
  const std::optional<Date>& get() const { return best_; }

 private:
  bool latest_;
  std::optional<Date> best_;
};

// Records of activity that a load of [from, to] holds only from `from` on
// (store/dataset_loader.h), each date to `e`: the first of them is where a
// loaded window's data begins.
void addWindowedActivity(const Dataset& x, Extreme& e) {
  for (const auto& r : x.supervision) e.add(r.date);
  for (const auto& r : x.team_meetings) e.add(r.date);
  for (const auto& r : x.feedback) e.add(r.date);
  for (const auto& r : x.care_packages) e.add(r.assessed_date);
}

}  // namespace

std::optional<Date> lastRecordDate(const Dataset& x) {
  Extreme e(/*latest=*/true);
  addWindowedActivity(x, e);
  for (const auto& r : x.absences) {
    e.add(r.start_date);
    e.add(r.end_date);
  }
  for (const auto& r : x.risk_assessments) e.add(r.completed_date);
  for (const auto& r : x.transfers) {
    e.add(r.requested_date);
    e.add(r.completed_date);
  }
  for (const auto& r : x.staff) {
    e.add(r.start_date);
    e.add(r.end_date);
  }
  for (const auto& r : x.cases) {
    e.add(r.referral_date);
    e.add(r.assessment_completed_date);
    e.add(r.closed_date);
  }
  for (const auto& r : x.allocations) {
    e.add(r.start_date);
    e.add(r.end_date);
  }
  return e.get();
}

std::optional<Date> firstActivityDate(const Dataset& x) {
  Extreme e(/*latest=*/false);
  addWindowedActivity(x, e);
  for (const auto& r : x.survey_responses) e.add(r.survey_date);
  for (const auto& r : x.visit_months) e.add(r.month);
  if (e.get()) return e.get();
  for (const auto& r : x.cases) e.add(r.referral_date);
  return e.get();
}

bool isAfterRecords(const Period& period, std::optional<Date> last_record_date) {
  return !last_record_date || *last_record_date < period.to;
}

}  // namespace hc::metrics

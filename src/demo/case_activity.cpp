#include "demo/case_activity.h"

#include <algorithm>

#include "demo/random.h"

namespace hc::demo {
namespace {

constexpr uint64_t kVisitStream = 0x715e;
constexpr uint64_t kPackageStream = 0xca7e;

struct Cadence {
  int min_days;
  int max_days;
};

// Days between visits. Healthy teams, with time to spare, see people more
// often than the statutory minimum; struggling teams barely keep up.
Cadence cadenceFor(Service service, double h) {
  switch (service) {
    case Service::kChildren:
      return {static_cast<int>(lerp(6, 10, h)), static_cast<int>(lerp(14, 24, h))};
    case Service::kAdults:
      return {static_cast<int>(lerp(10, 18, h)), static_cast<int>(lerp(24, 40, h))};
    case Service::kOther:
      break;
  }
  return {static_cast<int>(lerp(8, 12, h)), static_cast<int>(lerp(20, 30, h))};
}

class VisitStatusDraw {
 public:
  explicit VisitStatusDraw(double h)
      : completed_(lerp(0.90, 0.72, h)),
        no_access_(completed_ + lerp(0.045, 0.13, h)),
        by_person_(no_access_ + 0.03),
        by_service_(by_person_ + lerp(0.012, 0.05, h)) {}

  VisitStatus operator()(Random& rng) const {
    const double u = rng.unit();
    if (u < completed_) return VisitStatus::kCompleted;
    if (u < no_access_) return VisitStatus::kNoAccess;
    if (u < by_person_) return VisitStatus::kCancelledByPerson;
    if (u < by_service_) return VisitStatus::kCancelledByService;
    return VisitStatus::kRescheduled;
  }

 private:
  double completed_, no_access_, by_person_, by_service_;
};

int plannedMinutes(VisitPurpose purpose, Random& rng) {
  // Long enough that a healthy team spends about a quarter of its paid time
  // with the people it serves (direct_time_share), as practice surveys find.
  static constexpr int kAssessment[] = {120, 150, 180};
  static constexpr int kReview[] = {90, 120, 150};
  static constexpr int kVisit[] = {60, 90, 90, 120, 150};
  static constexpr int kOther[] = {30, 45, 60};
  switch (purpose) {
    case VisitPurpose::kAssessment:
      return kAssessment[rng.below(3)];
    case VisitPurpose::kReview:
      return kReview[rng.below(3)];
    case VisitPurpose::kVisit:
      return kVisit[rng.below(5)];
    case VisitPurpose::kOther:
      break;
  }
  return kOther[rng.below(3)];
}

void writeCaseVisits(const TeamContext& team, const CaseLife& c, const Cadence& cadence,
                     int max_travel, Random& rng, DemoFiles& files) {
  const DemoWindow& window = team.window;
  const Date last = c.closed && c.closed->plusDays(-1) < window.end ? c.closed->plusDays(-1) : window.end;
  Date d = c.referral.plusDays(rng.between(0, 4));
  if (d < window.from) d = window.from.plusDays(rng.between(0, cadence.max_days));
  Date last_review = c.referral;
  CsvFile& f = files.visits;
  for (d = weekdayOnOrAfter(d); d <= last; d = weekdayOnOrAfter(d)) {
    const int holder = c.holderOn(d, team.workforce);
    if (holder < 0) {
      d = d.plusDays(cadence.min_days);
      continue;
    }
    VisitPurpose purpose = VisitPurpose::kVisit;
    if ((!c.assessed || d <= *c.assessed) && d - c.referral < 90) {
      purpose = VisitPurpose::kAssessment;
    } else if (d - last_review >= 90) {
      purpose = VisitPurpose::kReview;
      last_review = d;
    } else if (rng.chance(0.05)) {
      purpose = VisitPurpose::kOther;
    }
    const int planned = plannedMinutes(purpose, rng);
    // A team turning round misses fewer visits as it recovers.
    const VisitStatus status = VisitStatusDraw(healthOn(team.plan, window.end, d))(rng);
    const int hour = rng.between(9, 16);
    const int minute = 15 * static_cast<int>(rng.below(4));
    f.id(kVisitId, f.rows() + 1).id(kCaseId, c.number).id(kStaffId, team.workforce.members[holder].number);
    f.dateTime(DateTime::of(d, hour, minute)).integer(planned).text(name(status));
    if (status == VisitStatus::kCompleted) {
      f.integer(std::max(5, planned * rng.between(70, 130) / 100));
    } else {
      f.empty();
    }
    // Only a journey actually made has travel time.
    if (status == VisitStatus::kCompleted || status == VisitStatus::kNoAccess) {
      f.integer(rng.between(5, max_travel));
    } else {
      f.empty();
    }
    f.text(name(purpose)).endRow();
    const bool missed = status != VisitStatus::kCompleted && status != VisitStatus::kCancelledByPerson;
    d = d.plusDays(missed ? rng.between(2, 7) : rng.between(cadence.min_days, cadence.max_days));
  }
}

}  // namespace

void writeVisits(const TeamContext& team, const std::vector<CaseLife>& cases, DemoFiles& files) {
  Random rng(team.seed, kVisitStream, static_cast<uint64_t>(team.plan.index));
  const Cadence cadence = cadenceFor(team.plan.service, team.plan.health);
  // Rural districts mean longer drives than the central office's patch.
  const int max_travel = team.plan.locality.rfind("Central", 0) == 0 ? 25 : 55;
  for (const CaseLife& c : cases) {
    if (c.number != 0) writeCaseVisits(team, c, cadence, max_travel, rng, files);
  }
}

void writeCarePackages(const TeamContext& team, const std::vector<CaseLife>& cases, DemoFiles& files) {
  if (team.plan.service != Service::kAdults) return;
  Random rng(team.seed, kPackageStream, static_cast<uint64_t>(team.plan.index));
  // Typical weekly cost in pence by need band 1..4.
  static constexpr int64_t kBandCost[] = {15000, 38000, 72000, 125000};
  CsvFile& f = files.care_packages;
  for (const CaseLife& c : cases) {
    if (c.number == 0 || !c.assessed || *c.assessed < team.window.from || !rng.chance(0.75)) continue;
    const int assessor = c.holderOn(*c.assessed, team.workforce);
    if (assessor < 0) continue;
    const uint32_t r = rng.below(100);
    const int band = r < 30 ? 1 : r < 65 ? 2 : r < 90 ? 3 : 4;
    const int spread = 70 + rng.between(0, 30);
    int64_t pence = kBandCost[band - 1] * (spread + rng.between(0, 30)) / 100;
    if (assessor == team.workforce.outlier_assessor) pence = pence * rng.between(145, 175) / 100;
    f.id(kPackageId, f.rows() + 1).id(kCaseId, c.number).id(kStaffId, team.workforce.members[assessor].number);
    f.date(*c.assessed).integer(band).decimal(pence, 2).endRow();
  }
}

}  // namespace hc::demo

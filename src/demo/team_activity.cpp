#include "demo/team_activity.h"

#include "demo/random.h"

namespace hc::demo {
namespace {

constexpr uint64_t kMeetingStream = 0x3ee7;
constexpr uint64_t kFeedbackStream = 0xfeed;

Date dayIn(const MonthSpan& month, Random& rng) {
  return month.first.plusDays(rng.between(0, month.last - month.first));
}

// A rating 1..5: healthy teams' users mostly say 4 or 5, struggling teams'
// mostly 2 or 3.
int drawRating(double h, Random& rng) {
  static constexpr int kHealthy[5] = {2, 5, 13, 40, 40};
  static constexpr int kStruggling[5] = {12, 20, 30, 25, 13};
  double weights[5];
  double total = 0;
  for (int i = 0; i < 5; ++i) total += weights[i] = lerp(kHealthy[i], kStruggling[i], h);
  double u = rng.unit() * total;
  for (int i = 0; i < 4; ++i) {
    if (u < weights[i]) return i + 1;
    u -= weights[i];
  }
  return 5;
}

void writeOne(CsvFile& f, const TeamContext& team, Date d, FeedbackKind kind) {
  f.id(kFeedbackId, f.rows() + 1).id(kTeamId, team.plan.number).date(d).text(name(kind));
}

}  // namespace

void writeTeamMeetings(const TeamContext& team, DemoFiles& files) {
  Random rng(team.seed, kMeetingStream, static_cast<uint64_t>(team.plan.index));
  CsvFile& f = files.team_meetings;
  for (const MonthSpan& month : team.window.months()) {
    const double meetings = lerp(3.8, 1.3, healthOn(team.plan, team.window.end, month.first));
    const int count = static_cast<int>(meetings + rng.unit());
    // One a week at most: the k-th falls in the k-th week of the month.
    for (int k = 0; k < count; ++k) {
      const Date d = weekdayOnOrAfter(month.first.firstOfMonth().plusDays(7 * k + rng.between(0, 4)));
      if (d < month.first || d > month.last) continue;
      f.id(kMeetingId, f.rows() + 1).id(kTeamId, team.plan.number).date(d).endRow();
    }
  }
}

void writeFeedback(const TeamContext& team, DemoFiles& files) {
  Random rng(team.seed, kFeedbackStream, static_cast<uint64_t>(team.plan.index));
  CsvFile& f = files.feedback;
  for (const MonthSpan& month : team.window.months()) {
    const double h = healthOn(team.plan, team.window.end, month.first);
    const int complaints = rng.binomial(4, lerp(0.08, 0.35, h));
    for (int i = 0; i < complaints; ++i) {
      writeOne(f, team, dayIn(month, rng), FeedbackKind::kComplaint);
      f.text(rng.chance(lerp(0.2, 0.55, h)) ? "yes" : "no").empty().endRow();
    }
    const int compliments = rng.binomial(4, lerp(0.4, 0.08, h));
    for (int i = 0; i < compliments; ++i) {
      writeOne(f, team, dayIn(month, rng), FeedbackKind::kCompliment);
      f.empty().empty().endRow();
    }
    const int comments = rng.binomial(3, 0.15);
    for (int i = 0; i < comments; ++i) {
      writeOne(f, team, dayIn(month, rng), FeedbackKind::kComment);
      f.empty().empty().endRow();
    }
    const int ratings = rng.binomial(6, 0.5);
    for (int i = 0; i < ratings; ++i) {
      writeOne(f, team, dayIn(month, rng), FeedbackKind::kRating);
      f.empty().integer(drawRating(h, rng)).endRow();
    }
  }
}

}  // namespace hc::demo

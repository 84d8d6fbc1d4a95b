#include "demo/staff_survey.h"

#include <algorithm>
#include <cmath>

#include "demo/demo_files.h"
#include "demo/random.h"

namespace hc::demo {
namespace {

constexpr uint64_t kSurveyStream = 0x5e7e;
constexpr std::string_view kCsv = ".csv";

// An answer 1..5 whose score ((v - 1) / 4, or (5 - v) / 4 reversed) is
// near `score` (0..1).
int answerFor(double score, bool reverse) {
  const int v = 1 + static_cast<int>(std::lround(4 * std::clamp(score, 0.0, 1.0)));
  return reverse ? 6 - v : v;
}

}  // namespace

std::string staffSurveyFileName(std::string_view survey_id, std::string_view period_label) {
  return std::string(kStaffSurveyFilePrefix) + std::string(survey_id) + "-" + std::string(period_label) +
         std::string(kCsv);
}

std::vector<std::pair<std::string, std::string>> staffSurveyFileNameSplits(std::string_view name) {
  std::vector<std::pair<std::string, std::string>> out;
  if (name.size() <= kStaffSurveyFilePrefix.size() + kCsv.size() || name.substr(0, kStaffSurveyFilePrefix.size()) !=
                                                                         kStaffSurveyFilePrefix ||
      name.substr(name.size() - kCsv.size()) != kCsv)
    return out;
  const std::string_view rest = name.substr(kStaffSurveyFilePrefix.size(), name.size() - kStaffSurveyFilePrefix.size() -
                                                                             kCsv.size());
  for (size_t dash = rest.find('-'); dash != std::string_view::npos; dash = rest.find('-', dash + 1))
    if (dash > 0 && dash + 1 < rest.size())
      out.emplace_back(std::string(rest.substr(0, dash)), std::string(rest.substr(dash + 1)));
  return out;
}

StaffSurveyFiles::StaffSurveyFiles(const std::string& dir, const DemoSurvey& survey, const DemoWindow& window)
    : survey_(survey) {
  // The first quarter starting on or after `from`, while it ends by `end`.
  Date q = window.from.firstOfMonth();
  while ((q.month() - 1) % 3 != 0 || q < window.from) q = q.firstOfMonth().plusMonths(1);
  for (; q.plusMonths(3).plusDays(-1) <= window.end; q = q.plusMonths(3)) {
    const std::string label = std::to_string(q.year()) + "-Q" + std::to_string((q.month() - 1) / 3 + 1);
    Quarter quarter{staffSurveyFileName(survey.id, label), q.plusMonths(3).plusDays(-1), nullptr};
    std::vector<std::string_view> columns{"team_id"};
    for (const DemoSurvey::Question& question : survey_.questions) columns.push_back(question.id);
    quarter.file = std::make_unique<CsvFile>(dir + "/" + quarter.file_name, columns);
    quarters_.push_back(std::move(quarter));
  }
}

void StaffSurveyFiles::writeTeam(const TeamContext& team) {
  for (size_t k = 0; k < quarters_.size(); ++k) {
    Quarter& q = quarters_[k];
    Random rng(team.seed, kSurveyStream, static_cast<uint64_t>(team.plan.index) * 1024 + k);
    // A healthy team's staff score about 0.78, a struggling one's 0.35.
    const double typical = lerp(0.8, 0.35, healthOn(team.plan, team.window.end, q.last_day));
    for (const Member& m : team.workforce.members) {
      if (!m.inPostOn(q.last_day) || !rng.chance(0.9)) continue;
      const double outlook = typical + (rng.unit() - 0.5) * 0.3;
      q.file->id(kTeamId, team.plan.number);
      for (const DemoSurvey::Question& question : survey_.questions) {
        if (rng.chance(0.03)) {  // now and then a question is left unanswered
          q.file->empty();
          continue;
        }
        q.file->integer(answerFor(outlook + (rng.unit() - 0.5) * 0.4, question.reverse));
      }
      q.file->endRow();
    }
  }
}

std::vector<std::pair<std::string, int64_t>> StaffSurveyFiles::close() {
  std::vector<std::pair<std::string, int64_t>> rows;
  for (Quarter& q : quarters_) {
    q.file->close();
    rows.emplace_back(q.file_name, q.file->rows());
  }
  return rows;
}

}  // namespace hc::demo

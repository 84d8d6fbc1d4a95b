#include "surveys/survey_scores.h"

#include "surveys/excess_responses.h"

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>

namespace hc::surveys {
namespace {

// Running mean of one response's answers in one area.
struct Mean {
  double sum = 0;
  int n = 0;
  std::optional<double> value() const { return n ? std::optional<double>(sum / n) : std::nullopt; }
};

}  // namespace

std::vector<SurveyResponseScores> loadSurveyScores(store::Database& db, Date from, Date to) {
  // One row per scored answer, grouped by response so that each response
  // is folded as its rows stream past.
  auto st = db.prepare(
      "SELECT r.response_id, r.team_id, run.period_to, q.area, q.reverse, a.value, r.run_id "
      "FROM survey_runs run "
      "JOIN survey_responses r ON r.run_id = run.run_id "
      "JOIN survey_answers a ON a.response_id = r.response_id "
      "JOIN survey_run_questions q ON q.run_id = r.run_id AND q.question_id = a.question_id "
      "WHERE run.period_to >= ? AND run.period_to <= ? AND q.area IN ('tools', 'wellbeing', 'delivery') "
      "ORDER BY r.response_id");
  st->bindText(0, from.iso());
  st->bindText(1, to.iso());
  // Teams with more responses than staff are not rated until reviewed.
  const auto held_back = teamsAwaitingReview(db, from, to);
  std::vector<SurveyResponseScores> out;
  std::string current;
  Mean tools, wellbeing, delivery;
  auto flush = [&]() {
    if (!current.empty()) {
      out.back().tools = tools.value();
      out.back().wellbeing = wellbeing.value();
      out.back().delivery = delivery.value();
    }
    tools = wellbeing = delivery = Mean{};
  };
  while (st->step()) {
    if (!held_back.empty() && held_back.count({st->getText(6), st->getText(1)})) continue;
    std::string id = st->getText(0);
    if (id != current) {
      flush();
      current = id;
      std::string day = st->getText(2).substr(0, 10);
      out.push_back(SurveyResponseScores{st->getText(1), Date::parse(day).value_or(to), {}, {}, {}});
    }
    const std::string area = st->getText(3);
    Mean& m = area == "tools" ? tools : area == "wellbeing" ? wellbeing : delivery;
    m.sum += answerScore(static_cast<int>(st->getInt(5)), st->getInt(4) != 0);
    ++m.n;
  }
  flush();
  // A total order on the values themselves, ties being identical rows: the
  // engine adds these means (fractions such as 100/3, which doubles round)
  // one after another, so the order of the additions shows in the last bit
  // of a figure, and the order rows came in followed the response ids, new
  // random values at every import. Sorted like this, the same responses
  // give the same vector, and the same figures bit for bit, whatever their
  // ids. (Within a response the sums are of multiples of 25: exact in any
  // order.)
  std::sort(out.begin(), out.end(), [](const SurveyResponseScores& a, const SurveyResponseScores& b) {
    return std::tie(a.team_id, a.survey_date, a.tools, a.wellbeing, a.delivery) <
           std::tie(b.team_id, b.survey_date, b.tools, b.wellbeing, b.delivery);
  });
  return out;
}

}  // namespace hc::surveys

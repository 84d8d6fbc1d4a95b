// Area `tools` of metrics.md, and the survey score of every area
// (survey_tools, survey_wellbeing, survey_delivery): the mean of the area
// scores of the responses dated in the period that have one, counted in the
// response's team_id. Suppression below the minimum group size is applied
// with the other small-numbers rules (internal/suppression.h).
// The scores are added in the order of data.survey_responses; a loader
// hands them over in a total order of their values (loadSurveyScores), so
// the same responses give the same figures bit for bit.
#include "metrics/internal/context.h"
#include "metrics/internal/rollup.h"
#include "metrics/internal/staff_rules.h"

namespace hc::metrics::internal {

void computeSurvey(const PeriodContext& ctx, FigureTable& out) {
  using Score = std::optional<double> SurveyResponseScores::*;
  struct Column {
    Metric metric;
    Score score;
  };
  static constexpr Column kColumns[] = {{Metric::kSurveyTools, &SurveyResponseScores::tools},
                                        {Metric::kSurveyWellbeing, &SurveyResponseScores::wellbeing},
                                        {Metric::kSurveyDelivery, &SurveyResponseScores::delivery}};
  constexpr int kAreas = 3;
  ScopeSums sums(ctx.layout, 2 * kAreas);  // sum of scores, responses
  for (size_t i = 0; i < ctx.data.survey_responses.size(); ++i) {
    const SurveyResponseScores& r = ctx.data.survey_responses[i];
    const int t = ctx.index.survey_team[i];
    if (t < 0 || !within(r.survey_date, ctx.period.from, ctx.period.to)) continue;
    for (int a = 0; a < kAreas; ++a) {
      const std::optional<double>& score = r.*kColumns[a].score;
      if (!score) continue;
      sums.add(t, 2 * a, *score);
      sums.add(t, 2 * a + 1, 1);
    }
  }
  sums.rollUp();
  for (int sc = 0; sc < ctx.layout.scopeCount(); ++sc)
    for (int a = 0; a < kAreas; ++a) {
      const double responses = sums.get(sc, 2 * a + 1);
      out.setRatio(sc, kColumns[a].metric, sums.get(sc, 2 * a), responses, 1, int64_t(responses));
    }
}

}  // namespace hc::metrics::internal

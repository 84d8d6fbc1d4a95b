#include "surveys/period_surveys.h"

namespace hc::surveys {

QuestionWording PeriodSurveys::wordingOf(const SurveyRun& run, const std::string& question_id) const {
  auto it = wording.find(run.survey_id + "/" + question_id);
  if (it != wording.end()) return it->second;
  QuestionWording w{question_id, {"1", "2", "3", "4", "5"}};
  return w;
}

std::string PeriodSurveys::nameOf(const std::string& scope) const {
  if (scope == "council") return "The council";
  auto it = team_names.find(scope);
  return it == team_names.end() ? scope : it->second;
}

PeriodSurveys loadPeriodSurveys(store::Database& db, Date from, Date to, const ResultsOptions& options,
                                const SurveyCatalogue* catalogue) {
  PeriodSurveys out;
  out.min_group_size = options.min_group_size;
  out.min_comment_group = options.min_comment_group;
  SurveyRuns runs(db);
  for (const SurveyRun& run : runs.list()) {  // ordered by the end of their period
    if (run.period_to < from || to < run.period_to) continue;
    out.runs.push_back(loadSurveyResults(db, run.run_id, options));
    const SurveyDefinition* def = catalogue ? catalogue->find(run.survey_id) : nullptr;
    if (!def) continue;
    for (const Question* q : def->questions()) {
      if (q->kind != Question::Kind::kScale) continue;
      QuestionWording w{q->text.empty() ? q->id : q->text, {"1", "2", "3", "4", "5"}};
      if (q->scale)
        for (size_t i = 0; i < w.labels.size() && i < q->scale->labels.size(); ++i) w.labels[i] = q->scale->labels[i];
      out.wording[run.survey_id + "/" + q->id] = w;
    }
  }
  if (out.runs.empty()) return out;
  auto st = db.prepare("SELECT team_id, name FROM teams");
  while (st->step()) out.team_names[st->getText(0)] = st->getText(1);
  return out;
}

std::vector<std::string> scoredAreas(const SurveyResults& run) {
  std::vector<std::string> areas;
  for (const auto& a : areaNames())
    for (const auto& s : run.scopes)
      if (s.area_scores.count(a)) {
        areas.push_back(a);
        break;
      }
  return areas;
}

std::string suppressedText(const ScopeResults& scope, int64_t min_group_size) {
  if (scope.responses < min_group_size)
    return "fewer than " + std::to_string(min_group_size) + " responses: not shown";
  return "not shown, to protect a smaller team";
}

}  // namespace hc::surveys

// PeriodSurveys: the staff survey runs of a reporting period with their
// results (survey_results.h, suppression applied), the teams' names and
// services, and the wording of each question and answer scale from the
// survey catalogue: what the dashboard's survey page, the members' report
// and the workbook show, loaded once so that all three agree.
//
// A run belongs to the period that contains the last day of its own
// period (a survey of 2026-Q3 shows under 2026-Q3, 2026 and 2026/27).
//
// Thread-safety: loadPeriodSurveys uses the caller's Database; the result
// is a plain value.
#ifndef HC_SURVEYS_PERIOD_SURVEYS_H_
#define HC_SURVEYS_PERIOD_SURVEYS_H_

#include <array>
#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "store/database.h"
#include "surveys/survey_catalogue.h"
#include "surveys/survey_results.h"

namespace hc::surveys {

struct QuestionWording {
  std::string text;                   // the question's id when the wording is unknown
  std::array<std::string, 5> labels;  // answers 1..5: "Strongly disagree" ... or "1" ... "5"
};

struct PeriodSurveys {
  std::vector<SurveyResults> runs;               // by the end of their period, then id
  std::map<std::string, std::string> team_names;  // team_id -> name
  std::map<std::string, QuestionWording> wording;  // "<survey_id>/<question_id>" -> wording
  int64_t min_group_size = 5;
  int64_t min_comment_group = 10;

  // The wording of a run's question (never throws: unknown ids get theirs).
  QuestionWording wordingOf(const SurveyRun& run, const std::string& question_id) const;
  // The team's name, or its id when unknown; "The council" for "council".
  std::string nameOf(const std::string& scope) const;
};

// `catalogue` may be null (wording then falls back to ids).
PeriodSurveys loadPeriodSurveys(store::Database& db, Date from, Date to, const ResultsOptions& options,
                                const SurveyCatalogue* catalogue);

// The areas a run scores, in areaNames() order.
std::vector<std::string> scoredAreas(const SurveyResults& run);

// Why a suppressed scope shows no figures, in plain words: "fewer than 5
// responses: not shown", or for a scope suppressed so that a smaller one
// cannot be worked out, "not shown, to protect a smaller team".
std::string suppressedText(const ScopeResults& scope, int64_t min_group_size);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_PERIOD_SURVEYS_H_

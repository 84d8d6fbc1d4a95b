// SurveyResults: what reports show of a survey run: per team and for the
// whole council, the number of responses and the response rate (responses /
// staff in post on the last day of the period), the area scores of
// metrics.md (0..100), the means of question groups (the HSE Indicator
// Tool's seven scales, 1..5 with reverse-scored items turned round), each
// question's distribution of answers, and free-text comments.
//
// Suppression, everywhere: a scope with fewer responses than the minimum
// group size (default 5) shows no scores, means, distributions or comments;
// a question answered by fewer than that shows no distribution; where
// exactly one team of a service is suppressed, the next-smallest is too, so
// nothing can be recovered by subtraction. Comments are shown only for
// groups of at least 10, and never when `published` (anything going to
// elected members or the public).
//
// Thread-safety: loadSurveyResults uses the caller's Database; results are
// plain values.
#ifndef HC_SURVEYS_SURVEY_RESULTS_H_
#define HC_SURVEYS_SURVEY_RESULTS_H_

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "surveys/survey_runs.h"

namespace hc::surveys {

struct ResultsOptions {
  int64_t min_group_size = 5;
  int64_t min_comment_group = 10;
  bool published = false;
};

struct QuestionResult {
  std::string question_id;
  int64_t answered = 0;               // 0 when suppressed
  std::array<int64_t, 5> counts{};    // answers 1..5; zeros when suppressed
  std::optional<double> score;        // 0..100, metrics.md's scoring
  bool suppressed = false;
};

struct ScopeResults {
  std::string scope;    // "council" or a team_id
  std::string service;  // the team's service; "" for the council
  int64_t responses = 0;
  int64_t staff_in_post = 0;
  std::optional<double> response_rate;  // percent; null without staff in post
  // More responses than staff (a team only): shown with
  // kMoreResponsesThanStaff wherever the rate or figures are, and left out
  // of the ratings while awaiting_review (excess_responses.h).
  bool more_responses_than_staff = false;
  bool awaiting_review = false;
  bool suppressed = false;
  std::map<std::string, std::optional<double>> area_scores;  // area -> 0..100
  std::map<std::string, std::optional<double>> group_means;  // group -> 1..5
  std::vector<QuestionResult> questions;                     // scale questions, in form order
  std::vector<std::string> comments;                         // empty unless shown
  bool comments_shown = false;
};

struct SurveyResults {
  SurveyRun run;
  std::vector<ScopeResults> scopes;  // the council first, then teams by id
};

SurveyResults loadSurveyResults(store::Database& db, const std::string& run_id, const ResultsOptions& options);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_SURVEY_RESULTS_H_

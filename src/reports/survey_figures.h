// SurveyFigures: a staff survey run as the reports show it: the response
// rate (responses / staff in post) of the council and of each service
// (a service's is its teams' responses over their staff in post), and the
// council's scores in the survey's three health-check areas (the metrics
// survey_tools, survey_wellbeing and survey_delivery) with their ratings
// against the model's thresholds. Scores of a suppressed council are
// empty: the report says why instead.
//
// Thread-safety: pure function of the model.
#ifndef HC_REPORTS_SURVEY_FIGURES_H_
#define HC_REPORTS_SURVEY_FIGURES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reports/report_model.h"

namespace hc::reports {

struct SurveyRate {
  std::string name;  // "The council" or the service's name
  int64_t responses = 0;
  int64_t staff_in_post = 0;
  std::optional<double> rate;  // percent; nullopt without staff in post
};

struct SurveyAreaScore {
  const metrics::MetricInfo* info = nullptr;  // survey_tools, ...
  std::optional<double> score;                // 0..100; nullopt: suppressed or unanswered
  metrics::Status status = metrics::Status::kNone;
};

struct SurveyFigures {
  std::string title;         // the survey's title
  std::string period_label;  // the run's period
  bool suppressed = false;   // too few responses for the council's scores
  std::vector<SurveyRate> rates;  // the council, then each service in the model's order
  std::vector<SurveyAreaScore> areas;  // tools, wellbeing, delivery
};

// One per run of model.surveys, in its order.
std::vector<SurveyFigures> surveyFigures(const ReportModel& model);

}  // namespace hc::reports

#endif  // HC_REPORTS_SURVEY_FIGURES_H_

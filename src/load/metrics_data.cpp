#include "load/metrics_data.h"

#include "core/bank_holidays.h"
#include "store/dataset_loader.h"
#include "surveys/survey_scores.h"

namespace hc::load {

Dataset loadMetricsData(store::Database& db, Date from, Date to) {
  Dataset data = store::loadDataset(db, from, to);
  data.holidays = allHolidays(data.holidays);
  data.survey_responses = surveys::loadSurveyScores(db, from, to);
  return data;
}

}  // namespace hc::load

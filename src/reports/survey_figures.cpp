#include "reports/survey_figures.h"

#include <map>

#include "metrics/status.h"

namespace hc::reports {
namespace {

SurveyRate rateOf(std::string name, int64_t responses, int64_t staff_in_post) {
  SurveyRate r{std::move(name), responses, staff_in_post, std::nullopt};
  if (staff_in_post > 0) r.rate = 100.0 * static_cast<double>(responses) / static_cast<double>(staff_in_post);
  return r;
}

}  // namespace

std::vector<SurveyFigures> surveyFigures(const ReportModel& model) {
  std::vector<SurveyFigures> out;
  for (const surveys::SurveyResults& run : model.surveys.runs) {
    SurveyFigures f;
    f.title = run.run.title;
    f.period_label = run.run.period_label;
    // Responses and staff in post per service: the sums of its teams'.
    std::map<std::string, std::pair<int64_t, int64_t>> services;
    const surveys::ScopeResults* council = nullptr;
    for (const auto& s : run.scopes) {
      if (s.scope == "council") {
        council = &s;
        continue;
      }
      services[s.service].first += s.responses;
      services[s.service].second += s.staff_in_post;
    }
    if (council) {
      f.rates.push_back(rateOf("The council", council->responses, council->staff_in_post));
      f.suppressed = council->suppressed;
    }
    for (const ScopeFigures* service : model.services()) {
      auto it = services.find(service->id);
      if (it == services.end()) continue;
      f.rates.push_back(rateOf(service->name, it->second.first, it->second.second));
      services.erase(it);
    }
    for (const auto& [id, counts] : services)  // teams of a service the health check does not know
      f.rates.push_back(rateOf(id.empty() ? "Teams without a service" : id, counts.first, counts.second));
    for (const char* area : {"tools", "wellbeing", "delivery"}) {
      SurveyAreaScore a;
      a.info = metrics::findMetric(std::string("survey_") + area);
      if (council && !council->suppressed) {
        auto it = council->area_scores.find(area);
        if (it != council->area_scores.end()) a.score = it->second;
      }
      if (a.score && a.info) a.status = metrics::rate(a.info->metric, *a.score, model.thresholds);
      if (a.info) f.areas.push_back(a);
    }
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace hc::reports

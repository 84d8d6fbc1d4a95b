// scoreHealthCheck: metrics.md "Area scores and the order of attention",
// over what a health check shows.
#include <algorithm>
#include <cmath>

#include "metrics/health_check.h"

namespace hc::metrics {
namespace {

double points(Status s) {
  switch (s) {
    case Status::kGreen: return 100;
    case Status::kAmber: return 50;
    default: return 0;
  }
}

Status band(double score) {
  if (score >= 75) return Status::kGreen;
  if (score >= 50) return Status::kAmber;
  return Status::kRed;
}

void scoreArea(AreaResult& area) {
  area.score.reset();
  area.status = Status::kNone;
  area.measures = area.red_measures = area.worse_signals = area.concern_signals = area.withheld = 0;
  double sum = 0;
  for (MetricResult& m : area.metrics) {
    if (m.suppressed) ++area.withheld;
    if (m.suppressed || !m.value) {
      // Nothing may rest on a figure the viewer is not shown.
      m.status = Status::kNone;
      m.signal = {};
      continue;
    }
    if (m.signal.vs_council == Comparison::kWorse) ++area.worse_signals;
    if (m.signal.trend == Trend::kConcern) ++area.concern_signals;
    if (m.status == Status::kNone) continue;
    ++area.measures;
    if (m.status == Status::kRed) ++area.red_measures;
    sum += points(m.status);
  }
  if (area.measures == 0) return;
  area.score = sum / area.measures;
  area.status = band(*area.score);
}

void scoreScope(ScopeResult& scope) {
  scope.score.reset();
  scope.rank.reset();
  scope.worse_signals = 0;
  double sum = 0;
  int scored = 0;
  for (AreaResult& area : scope.areas) {
    scoreArea(area);
    scope.worse_signals += area.worse_signals;
    if (!area.score) continue;
    sum += *area.score;
    ++scored;
  }
  if (scored > 0) scope.score = sum / scored;
}

}  // namespace

void scoreHealthCheck(HealthCheck& hc) {
  std::vector<ScopeResult*> teams;
  for (ScopeResult& scope : hc.scopes) {
    scoreScope(scope);
    if (scope.level == Level::kTeam && scope.score) teams.push_back(&scope);
  }
  std::sort(teams.begin(), teams.end(), [](const ScopeResult* a, const ScopeResult* b) {
    // Means of the same points summed in another order may differ in the
    // last bit: such scores are equal.
    if (std::fabs(*a->score - *b->score) > 1e-9) return *a->score < *b->score;
    if (a->worse_signals != b->worse_signals) return a->worse_signals > b->worse_signals;
    return a->id < b->id;
  });
  for (size_t k = 0; k < teams.size(); ++k) teams[k]->rank = int(k) + 1;
  for (ScopeResult& scope : hc.scopes) scope.ranked_score = scope.rank ? scope.score : std::nullopt;
}

const char* comparisonName(Comparison c) {
  switch (c) {
    case Comparison::kWorse: return "worse";
    case Comparison::kBetter: return "better";
    case Comparison::kNone: return "none";
  }
  return "none";
}

const char* trendName(Trend t) {
  switch (t) {
    case Trend::kConcern: return "concern";
    case Trend::kImprovement: return "improvement";
    case Trend::kNone: return "none";
  }
  return "none";
}

}  // namespace hc::metrics

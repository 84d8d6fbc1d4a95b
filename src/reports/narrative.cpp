#include "reports/narrative.h"

#include "reports/benchmark_text.h"
#include "reports/figure_text.h"

namespace hc::reports {
namespace {

using metrics::Better;
using metrics::Status;

// Green is best: a larger rank is a better status; kNone has none.
int rank(Status s) {
  switch (s) {
    case Status::kRed: return 1;
    case Status::kAmber: return 2;
    case Status::kGreen: return 3;
    case Status::kNone: break;
  }
  return 0;
}

std::string plural(int count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

const char* periodNoun(const metrics::Period& period) { return period.noun(); }

std::string suppressionReason(const ReportModel& model, const MetricFigure& figure) {
  const std::string group = std::to_string(model.min_group_size);
  if (figure.info->survey) {
    return "Not published: fewer than " + group + " staff answered the survey, so answers could be traced to people.";
  }
  return "Not published: it rests on fewer than " + group +
         " people (or would let such a figure be worked out), so people could be identified.";
}

std::string metricSentence(const ReportModel& model, const MetricFigure& figure,
                           const metrics::MetricBenchmark* national) {
  const metrics::MetricInfo& info = *figure.info;
  const std::string label(info.label);
  const std::string noun = periodNoun(model.period);
  // The published comparison stands even where our own figure cannot be
  // shown: members still learn what is usual elsewhere.
  const std::string compared = national ? benchmarkSentence(info, *national) : "";
  const std::string then = compared.empty() ? "" : " " + compared;
  if (figure.suppressed) return label + ": " + suppressionReason(model, figure) + then;
  if (!figure.value) {
    return label + ": there is no figure for the " + noun + " to " + longDate(model.period.to) +
           ", because there was nothing to measure." + then;
  }
  std::string s = label + " was " + formatValue(info.unit, *figure.value) + " in the " + noun + " to " +
                  longDate(model.period.to);
  if (!figure.previous) {
    s += "; there is no figure for the previous " + noun + " to compare with.";
  } else {
    const Direction d = direction(info.unit, *figure.value, *figure.previous);
    const std::string before = formatValue(info.unit, *figure.previous);
    if (d == Direction::kSame) {
      s += ", the same as in the previous " + noun + ".";
    } else {
      s += std::string(d == Direction::kUp ? ", up from " : ", down from ") + before + " in the previous " +
           noun + ".";
      const bool better = (d == Direction::kUp) == (info.better == Better::kHigher);
      s += std::string(better ? " That is better: " : " That is worse: ") + std::string(metrics::name(info.better)) +
           " is better.";
    }
  }
  s += then + " Rating: " + statusWord(figure.status) + ".";
  return s;
}

std::string areaStatusSentence(const ReportModel& model, const AreaFigures& area) {
  const std::string noun = periodNoun(model.period);
  if (area.status == Status::kNone) return "No rating: no figures could be shown for this " + noun + ".";
  std::string s = std::string("Rated ") + statusWord(area.status);
  if (area.previous_status == Status::kNone) return s + "; there was no rating in the previous " + noun + ".";
  const int now = rank(area.status), then = rank(area.previous_status);
  if (now == then) return s + ", the same as in the previous " + noun + ".";
  return s + (now > then ? ", better than " : ", worse than ") + statusWord(area.previous_status) +
         " in the previous " + noun + ".";
}

std::string areaChangeSentence(const ReportModel& model, const AreaFigures& area) {
  int improved = 0, worse = 0, same = 0;
  for (const MetricFigure& f : area.metrics) {
    if (!f.value || !f.previous) continue;
    const Direction d = direction(f.info->unit, *f.value, *f.previous);
    if (d == Direction::kSame) {
      ++same;
    } else if ((d == Direction::kUp) == (f.info->better == Better::kHigher)) {
      ++improved;
    } else {
      ++worse;
    }
  }
  const std::string noun = periodNoun(model.period);
  if (improved + worse + same == 0) return "No measure can be compared with the previous " + noun + ".";
  return "Since the previous " + noun + ", " + plural(improved, "measure improved", "measures improved") + ", " +
         plural(worse, "got worse", "got worse") + " and " + plural(same, "stayed the same", "stayed the same") + ".";
}

}  // namespace hc::reports

#include "reports/narrative.h"

#include "reports/benchmark_text.h"
#include "reports/figure_phrases.h"
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

// "red", "amber", "green": the colour in running text.
std::string colour(Status s) {
  std::string word = statusWord(s);
  if (!word.empty()) word[0] = static_cast<char>(word[0] - 'A' + 'a');
  return word;
}

// "3 measures improved", "none got worse".
std::string counted(int count, const char* one, const char* many, const char* verb) {
  if (count == 0) return std::string("none ") + verb;
  return std::to_string(count) + " " + (count == 1 ? one : many) + " " + verb;
}

// "better than last quarter's 11.0%", "the same as last quarter", or ""
// without a previous figure.
std::string changePhrase(const ReportModel& model, const MetricFigure& f) {
  if (!f.value || !f.previous) return "";
  const std::string last = lastPeriod(model.period);
  const Direction d = direction(f.info->unit, *f.value, *f.previous);
  if (d == Direction::kSame) return "the same as " + last;
  const bool better = (d == Direction::kUp) == (f.info->better == Better::kHigher);
  return std::string(better ? "better than " : "worse than ") + last + "'s " +
         formatValue(f.info->unit, *f.previous);
}

// What each area's figures are made from, for "importing ... would give
// them" (data-contract.md's exports).
const char* areaExports(metrics::Area area) {
  switch (area) {
    case metrics::Area::kWorkload: return "staff, caseload and supervision";
    case metrics::Area::kAllocation: return "case, referral and transfer";
    case metrics::Area::kTools: return "staff survey";
    case metrics::Area::kWellbeing: return "absence, team meeting and risk assessment";
    case metrics::Area::kDelivery: return "visit, assessment, complaint and care package";
  }
  return "";
}

std::string names(const std::vector<const MetricFigure*>& figures) {
  std::vector<std::string> out;
  for (const MetricFigure* f : figures) out.push_back(figureName(*f->info));
  return listInWords(out);
}

}  // namespace

std::string listInWords(const std::vector<std::string>& items) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) s += i + 1 == items.size() ? " and " : ", ";
    s += items[i];
  }
  return s;
}

const char* periodNoun(const metrics::Period& period) { return period.noun(); }

std::string lastPeriod(const metrics::Period& period) {
  const std::string noun = periodNoun(period);
  return noun.find(' ') == std::string::npos ? "last " + noun : "the previous " + noun;
}

std::string suppressionReason(const ReportModel& model, const MetricFigure& figure) {
  const std::string group = std::to_string(model.min_group_size);
  if (figure.info->survey) {
    return "Not published: fewer than " + group + " staff answered the survey, so answers could be traced to people.";
  }
  return "Not published: it rests on fewer than " + group +
         " people (or would let such a figure be worked out), so people could be identified.";
}

std::string standingPhrase(const ReportModel& model, const MetricFigure& f) {
  const auto limits = model.thresholds.limits(f.info->metric);
  if (!limits || !f.value || f.status == Status::kNone) return "";
  const std::string green = formatValue(f.info->unit, limits->green);
  const std::string amber = formatValue(f.info->unit, limits->amber);
  const bool lower = f.info->better == Better::kLower;
  switch (f.status) {
    case Status::kRed:
      return lower ? "above the council's limit of " + amber : "below the council's minimum of " + amber;
    case Status::kAmber:
      return lower ? "above the target of " + green + " but within the limit of " + amber
                   : "short of the target of " + green + " but above the minimum of " + amber;
    case Status::kGreen:
      return lower ? "within the council's target of " + green : "meeting the council's target of " + green;
    case Status::kNone: break;
  }
  return "";
}

// The DfE's figures describe children's social workers: they are set beside
// the children's services figure, never the whole council's, and the
// sentence says so. "" when children's services have no figure shown.
std::string childrenBeside(const ReportModel& model, const MetricFigure& f, const metrics::MetricBenchmark& national,
                           bool* scope_said) {
  const std::string compared = benchmarkSentence(*f.info, national);
  const ScopeFigures* children = model.scope("children");
  if (compared.empty() || !children) return "";
  for (const MetricFigure& m : children->areas[size_t(f.info->area)].metrics) {
    if (m.info != f.info || !m.value || m.suppressed) continue;
    const std::string at = formatValue(f.info->unit, *m.value);
    if (scope_said && *scope_said) return " Children's services are at " + at + ". " + compared;
    if (scope_said) *scope_said = true;
    return " The DfE's figures are for children's social workers, so they compare with children's services, at " +
           at + ". " + compared;
  }
  return "";
}

std::string figureSentence(const ReportModel& model, const MetricFigure& f, const metrics::MetricBenchmark* national,
                           int variant, bool* dfe_scope_said) {
  if (!f.value || f.suppressed) return "";
  const std::string what = figurePhrase(*f.info, *f.value);
  const std::string standing = standingPhrase(model, f);
  const std::string change = changePhrase(model, f);
  std::string s;
  if (standing.empty()) variant = 0;
  switch (variant % 3) {
    case 1:  // "At 15.0, the average caseload is within ...; it is better than ..."
      s = "At " + formatValue(f.info->unit, *f.value) + ", " + figureName(*f.info) + " is " + standing +
          (change.empty() ? "." : "; it is " + change + ".");
      break;
    case 2:  // "Above the council's limit of 5.0%, 6.2% of open cases ... (worse than ...)."
      s = capitalised(standing) + ", " + what + (change.empty() ? "." : " (" + change + ").");
      break;
    default:  // "14.2% of posts are vacant, above the target .... That is worse than ..."
      s = capitalised(what) + (standing.empty() ? "." : ", " + standing + ".");
      if (!change.empty()) s += " That is " + change + ".";
      break;
  }
  if (national) s += childrenBeside(model, f, *national, dfe_scope_said);
  return s;
}

std::string areaStatusSentence(const ReportModel& model, const AreaFigures& area) {
  const std::string last = lastPeriod(model.period);
  if (area.status == Status::kNone) {
    return std::string("No rating this ") + periodNoun(model.period) + ": none of its figures can be shown.";
  }
  std::string s = "Rated " + colour(area.status);
  const int now = rank(area.status), then = rank(area.previous_status);
  if (area.previous_status == Status::kNone) {
    s += "; there was no rating " + last;
  } else if (now == then) {
    s += ", as it was " + last;
  } else {
    s += (now > then ? ", better than " : ", worse than ") + colour(area.previous_status) + " " + last;
  }
  if (area.score) {
    s += ": a score of " + formatNumber(*area.score, 0) + " out of 100 from " + std::to_string(area.measures) +
         (area.measures == 1 ? " measure" : " measures");
    if (area.red_measures > 0) s += ", " + std::to_string(area.red_measures) + " of them red";
  }
  if (area.withheld > 0) s += " (" + withheldPhrase(area.withheld) + ")";
  return s + ".";
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
  const std::string last = lastPeriod(model.period);
  if (improved + worse + same == 0) return "No figure can be compared with " + last + ".";
  return "Since " + last + ", " + counted(improved, "measure", "measures", "improved") + ", " +
         counted(worse, "measure", "measures", "got worse") + " and " +
         counted(same, "measure", "measures", "stayed the same") + ".";
}

bool noFigures(const AreaFigures& area) {
  for (const MetricFigure& f : area.metrics)
    if (f.value) return false;
  return true;
}

std::string noFiguresSentence(const ReportModel& model, const AreaFigures& area) {
  const std::string noun = periodNoun(model.period);
  const std::string group = std::to_string(model.min_group_size);
  bool survey_only = true, suppressed = false;
  for (const MetricFigure& f : area.metrics) {
    survey_only = survey_only && f.info->survey;
    suppressed = suppressed || f.suppressed;
  }
  std::string label(area.info->label);
  if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] - 'A' + 'a');
  const std::string s = "There are no figures for " + label + " this " + noun;
  if (survey_only && suppressed) {
    return s + ": fewer than " + group +
           " staff answered the staff survey, too few to publish without identifying them; a higher response "
           "rate next time would give them.";
  }
  if (survey_only) {
    return s + ", because no staff survey ran in the " + noun +
           "; running the staff survey for every team next " + noun + " would give them.";
  }
  if (suppressed) {
    return s + ": each rests on fewer than " + group +
           " people, so none is published; they are counted in the service and council figures.";
  }
  return s + ": the council's records for the " + noun + " hold nothing to measure it by; importing the " +
         areaExports(area.info->area) + " exports for the " + noun + " would give them.";
}

std::vector<std::string> areaSentences(const ReportModel& model, const AreaFigures& area) {
  std::vector<std::string> out;
  std::vector<const MetricFigure*> on_target, hidden, missing;
  int variant = 0;
  bool dfe_scope_said = false;
  for (Status wanted : {Status::kRed, Status::kAmber, Status::kGreen, Status::kNone}) {
    for (const MetricFigure& f : area.metrics) {
      if (!f.value || f.status != wanted) continue;
      const auto& national = model.national[size_t(f.info->metric)];
      // A figure on target is named in passing, unless the DfE publishes
      // it: then members hear how it compares.
      if ((wanted == Status::kGreen || wanted == Status::kNone) && !national) {
        on_target.push_back(&f);
        continue;
      }
      out.push_back(figureSentence(model, f, national ? &*national : nullptr, variant++, &dfe_scope_said));
    }
  }
  for (const MetricFigure& f : area.metrics) {
    if (f.suppressed) hidden.push_back(&f);
    else if (!f.value) missing.push_back(&f);
  }
  if (!on_target.empty()) {
    out.push_back(std::string(on_target.size() > 1 ? "Within the council's targets: " : "Within the council's target: ") +
                  names(on_target) + ".");
  }
  if (!hidden.empty()) {
    out.push_back("Not published, because " +
                  (hidden.front()->info->survey
                       ? "fewer than " + std::to_string(model.min_group_size) + " staff answered the survey: "
                       : std::string("too few people are involved to publish without identifying them: ")) +
                  names(hidden) + ".");
  }
  if (!missing.empty()) {
    bool survey = true;
    for (const MetricFigure* f : missing) survey = survey && f->info->survey;
    out.push_back("There is no figure for " + names(missing) +
                  (survey ? ": no staff survey ran this " : ": there was nothing to measure this ") +
                  periodNoun(model.period) + ".");
  }
  return out;
}

}  // namespace hc::reports

#include "metrics/thresholds.h"

#include <cctype>

#include "metrics/internal/number_format.h"

namespace hc::metrics {
namespace {

using internal::parseNumber;
using internal::shortestNumber;
using internal::trim;

// Must match reports/thresholds.csv, which explains each choice (a test
// loads the file and compares).
struct Default {
  Metric metric;
  double green, amber;
};
constexpr Default kDefaults[] = {
    {Metric::kVacancyRate, 10, 20},
    {Metric::kAgencyRate, 10, 20},
    {Metric::kTurnoverRate, 12, 18},
    {Metric::kCaseloadAvg, 16, 20},
    {Metric::kCaseloadMax, 20, 25},
    {Metric::kCaseloadOverLimit, 5, 15},
    {Metric::kSupervisionCompliance, 90, 75},
    {Metric::kUnallocatedCases, 5, 20},
    {Metric::kUnallocatedRate, 2, 5},
    {Metric::kUnallocatedMedianDays, 7, 20},
    {Metric::kReferralPeakRatio, 2.5, 3.5},
    {Metric::kTransferMedianDays, 21, 42},
    {Metric::kTransfersPending, 5, 15},
    {Metric::kSurveyTools, 75, 51},
    {Metric::kSicknessRate, 3, 5},
    {Metric::kStressShare, 30, 50},
    {Metric::kTeamMeetingsPerMonth, 2, 1},
    {Metric::kLoneWorkingAssessed, 95, 80},
    {Metric::kSurveyWellbeing, 75, 51},
    {Metric::kVisitCompletionRate, 90, 80},
    {Metric::kNoAccessRate, 5, 10},
    {Metric::kRescheduledRate, 5, 10},
    {Metric::kUnproductiveHours, 40, 100},
    {Metric::kDirectTimeShare, 33, 20},
    {Metric::kAssessmentMedianDays, 28, 42},
    {Metric::kAssessmentWithin45Days, 85, 70},
    {Metric::kComplaintsPer100Cases, 1, 3},
    {Metric::kComplaintsUpheldRate, 20, 40},
    {Metric::kComplimentsPer100Cases, 2, 1},
    {Metric::kSatisfactionRate, 80, 60},
    {Metric::kPackageCostOutliers, 10, 20},
    {Metric::kSurveyDelivery, 75, 51},
};
static_assert(sizeof kDefaults / sizeof kDefaults[0] == kMetricCount, "a default for every metric");

std::vector<std::string_view> splitFields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t comma = line.find(',', start);
    out.push_back(trim(line.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                                          : comma - start)));
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

bool isHeader(const std::vector<std::string_view>& f) {
  auto lower = [](std::string_view s) {
    std::string r(s);
    for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
  };
  return f.size() == 3 && lower(f[0]) == "id" && lower(f[1]) == "green" && lower(f[2]) == "amber";
}

}  // namespace

std::optional<ThresholdLimits> Thresholds::checkLimits(const MetricInfo& metric, std::string_view green_text,
                                                       std::string_view amber_text, std::vector<std::string>* reasons) {
  const std::optional<double> green = parseNumber(green_text);
  const std::optional<double> amber = parseNumber(amber_text);
  auto reason = [&](const std::string& r) {
    if (reasons) reasons->push_back(r);
  };
  if (!green) reason("green limit \"" + std::string(trim(green_text)) + "\" is not a number");
  if (!amber) reason("amber limit \"" + std::string(trim(amber_text)) + "\" is not a number");
  if (!green || !amber) return std::nullopt;
  const bool lower_better = metric.better == Better::kLower;
  if (lower_better ? *green > *amber : *green < *amber) {
    reason("green limit " + shortestNumber(*green) + " is worse than amber limit " + shortestNumber(*amber) + " (" +
           std::string(name(metric.better)) + " is better)");
    return std::nullopt;
  }
  return ThresholdLimits{*green, *amber};
}

Thresholds Thresholds::with(Metric m, ThresholdLimits limits) const {
  Thresholds t = *this;
  t.limits_[static_cast<size_t>(m)] = limits;
  return t;
}

std::string Thresholds::toText() const {
  std::string out = "id,green,amber\n";
  for (const MetricInfo& m : catalogue()) {
    const std::optional<ThresholdLimits> l = limits(m.metric);
    if (!l) continue;
    out += std::string(m.id) + "," + shortestNumber(l->green) + "," + shortestNumber(l->amber) + "\n";
  }
  return out;
}

Thresholds Thresholds::defaults() {
  Thresholds t;
  for (const Default& d : kDefaults) t.limits_[static_cast<size_t>(d.metric)] = ThresholdLimits{d.green, d.amber};
  return t;
}

std::optional<ThresholdLimits> Thresholds::limits(std::string_view metric_id) const {
  const MetricInfo* m = findMetric(metric_id);
  if (!m) return std::nullopt;
  return limits(m->metric);
}

std::optional<Thresholds> Thresholds::parse(std::string_view text, std::string_view source,
                                            std::vector<std::string>* errors) {
  Thresholds t = defaults();
  std::array<int, kMetricCount> set_on_line{};  // 0: not in the text
  bool ok = true;
  bool seen_content = false;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    const size_t nl = text.find('\n', pos);
    const std::string_view raw = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    const std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;

    const std::string where = std::string(source) + ":" + std::to_string(line_no) + ": ";
    auto error = [&](const std::string& message) {
      ok = false;
      if (errors) errors->push_back(where + message);
    };
    const std::vector<std::string_view> f = splitFields(line);
    const bool first = !seen_content;
    seen_content = true;
    if (first && isHeader(f)) continue;
    if (f.size() != 3) {
      error("expected 3 fields (id,green,amber), found " + std::to_string(f.size()));
      continue;
    }
    const std::string id(f[0]);
    const MetricInfo* m = findMetric(id);
    if (!m) {
      error(id + ": unknown metric id");
      continue;
    }
    int& first_line = set_on_line[static_cast<size_t>(m->metric)];
    if (first_line != 0) {
      error(id + ": duplicate id (first set on line " + std::to_string(first_line) + ")");
      continue;
    }
    first_line = line_no;
    std::vector<std::string> reasons;
    const std::optional<ThresholdLimits> limits = checkLimits(*m, f[1], f[2], &reasons);
    for (const std::string& reason : reasons) error(id + ": " + reason);
    if (limits) t.limits_[static_cast<size_t>(m->metric)] = *limits;
  }
  if (!ok) return std::nullopt;
  return t;
}

}  // namespace hc::metrics

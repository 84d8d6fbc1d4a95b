#include "metrics/period.h"

#include <cctype>
#include <string>

namespace hc::metrics {
namespace {

// Years Date can hold and that leave room for the period after and before.
constexpr int kMinYear = 1901;
constexpr int kMaxYear = 9998;

bool allDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int toInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

// The period of `kind` that starts with month `month` of `year`; the label
// is rebuilt so that every spelling parse() accepts prints the same way.
Period make(Period::Kind kind, int year, int month) {
  Period p;
  p.kind = kind;
  switch (kind) {
    case Period::Kind::kMonth:
      p.months = 1;
      p.label = std::to_string(year) + "-" + two(month);
      break;
    case Period::Kind::kQuarter:
      p.months = 3;
      p.label = std::to_string(year) + "-Q" + std::to_string((month - 1) / 3 + 1);
      break;
    case Period::Kind::kYear:
      p.months = 12;
      p.label = std::to_string(year);
      break;
    case Period::Kind::kFinancialYear:
      p.months = 12;
      p.label = std::to_string(year) + "/" + two((year + 1) % 100);
      break;
    case Period::Kind::kCensusYear:
      p.months = 12;
      p.label = "csww-" + std::to_string(year + 1);  // named after the year it ends in
      break;
  }
  p.from = Date::fromCivil(year, static_cast<unsigned>(month), 1);
  p.to = p.from.plusMonths(p.months).plusDays(-1);
  return p;
}

std::optional<Period> fail(std::string* error, std::string_view text, const std::string& why) {
  if (error) *error = "bad period \"" + std::string(text) + "\": " + why;
  return std::nullopt;
}

bool yearInRange(int y) { return y >= kMinYear && y <= kMaxYear; }

}  // namespace

std::optional<Period> Period::parse(std::string_view text, std::string* error) {
  std::string_view s = text;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  const std::string kForms =
      "expected a month (2025-07), quarter (2025-Q3), year (2025), financial year (2025/26) "
      "or census year (csww-2025)";
  const std::string kYears = "the year must be between " + std::to_string(kMinYear) + " and " +
                             std::to_string(kMaxYear);

  if (s.size() == 9 && (s.substr(0, 5) == "csww-" || s.substr(0, 5) == "CSWW-")) {
    const std::string_view y = s.substr(5);
    if (!allDigits(y)) return fail(error, text, kForms);
    if (!yearInRange(toInt(y) - 1)) return fail(error, text, kYears);
    return make(Kind::kCensusYear, toInt(y) - 1, 10);
  }
  if (s.size() < 4 || !allDigits(s.substr(0, 4))) return fail(error, text, kForms);
  const int year = toInt(s.substr(0, 4));
  const std::string_view rest = s.substr(4);
  if (!yearInRange(year)) return fail(error, text, kYears);
  if (rest.empty()) return make(Kind::kYear, year, 1);

  if (rest.size() == 3 && rest[0] == '/' && allDigits(rest.substr(1))) {
    const int second = toInt(rest.substr(1));
    if (second != (year + 1) % 100)
      return fail(error, text,
                  "a financial year runs April to March, so the second year must follow the first (" +
                      std::to_string(year) + "/" + two((year + 1) % 100) + ")");
    return make(Kind::kFinancialYear, year, 4);
  }
  if (rest.size() == 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'q') && allDigits(rest.substr(2))) {
    const int q = toInt(rest.substr(2));
    if (q < 1 || q > 4) return fail(error, text, "the quarter must be Q1 to Q4");
    return make(Kind::kQuarter, year, (q - 1) * 3 + 1);
  }
  if (rest.size() == 3 && rest[0] == '-' && allDigits(rest.substr(1))) {
    const int m = toInt(rest.substr(1));
    if (m < 1 || m > 12) return fail(error, text, "the month must be 01 to 12");
    return make(Kind::kMonth, year, m);
  }
  return fail(error, text, kForms);
}

Period Period::previous() const {
  const Date start = from.plusMonths(-months);
  return make(kind, start.year(), static_cast<int>(start.month()));
}

Period Period::containing(Kind kind, Date d) {
  const int y = d.year(), m = static_cast<int>(d.month());
  switch (kind) {
    case Kind::kMonth: return make(kind, y, m);
    case Kind::kQuarter: return make(kind, y, (m - 1) / 3 * 3 + 1);
    case Kind::kYear: return make(kind, y, 1);
    case Kind::kFinancialYear: return make(kind, m >= 4 ? y : y - 1, 4);
    case Kind::kCensusYear: return make(kind, m >= 10 ? y : y - 1, 10);
  }
  return make(kind, y, m);
}

Period Period::latestEndingBy(Kind kind, Date last_day) {
  Period p = containing(kind, last_day);
  return p.to <= last_day ? p : p.previous();
}

}  // namespace hc::metrics

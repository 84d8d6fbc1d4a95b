#include "reports/figure_text.h"

#include <charconv>
#include <cmath>

namespace hc::reports {


std::string formatNumber(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0.0"
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, std::fabs(rounded), std::chars_format::fixed, decimals);
  if (ec != std::errc()) return "?";
  const std::string digits(buf, end);
  const size_t point = digits.find('.');
  const std::string whole = digits.substr(0, point);
  std::string out = rounded < 0 ? "-" : "";
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  if (point != std::string::npos) out += digits.substr(point);
  return out;
}

std::string formatValue(metrics::Unit unit, double value) {
  const std::string number = formatNumber(value, displayDecimals(unit));
  switch (unit) {
    case metrics::Unit::kPercent: return number + "%";
    case metrics::Unit::kCount: return number;
    case metrics::Unit::kDays: return number + " days";
    case metrics::Unit::kRatio: return number;
    case metrics::Unit::kHours: return number + " hours";
    case metrics::Unit::kPer100: return number + " per 100 cases";
    case metrics::Unit::kPerMonth: return number + " a month";
    case metrics::Unit::kScore: return number + " out of 100";
  }
  return number;
}

const char* statusWord(metrics::Status status) {
  switch (status) {
    case metrics::Status::kRed: return "Red";
    case metrics::Status::kAmber: return "Amber";
    case metrics::Status::kGreen: return "Green";
    case metrics::Status::kNone: break;
  }
  return "No rating";
}

std::string withheldPhrase(int withheld) {
  if (withheld <= 0) return "";
  return std::to_string(withheld) + (withheld == 1 ? " measure" : " measures") + " not published: small numbers";
}

std::string longDate(Date date) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  return std::to_string(date.day()) + " " + kMonths[date.month() - 1] + " " + std::to_string(date.year());
}

std::string periodPhrase(const metrics::Period& period) {
  const std::string to = longDate(period.to);
  std::string from = longDate(period.from);
  // "1 July 2025 to 30 September 2025" reads better without the first year.
  if (period.from.year() == period.to.year()) from = from.substr(0, from.rfind(' '));
  return from + " to " + to;
}

std::string periodPhrase(const metrics::Period& period, const std::optional<Date>& records_up_to) {
  if (!records_up_to) return periodPhrase(period);
  return periodPhrase(period) + "; records up to " + longDate(*records_up_to);
}

Direction direction(metrics::Unit unit, double value, double previous) {
  const int decimals = displayDecimals(unit);
  const std::string now = formatNumber(value, decimals), then = formatNumber(previous, decimals);
  if (now == then) return Direction::kSame;
  return value > previous ? Direction::kUp : Direction::kDown;
}

}  // namespace hc::reports

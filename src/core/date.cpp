#include "core/date.h"

#include <cstdio>

namespace hc {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every
// proleptic Gregorian date, no tables, no time zone library.
int32_t daysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
  int y;
  unsigned m, d;
};

Civil civilFromDays(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

bool digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    const char c = s[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

}  // namespace

int daysInMonth(int year, unsigned month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

Date Date::fromCivil(int year, unsigned month, unsigned day) {
  return Date(daysFromCivil(year, month, day));
}

std::optional<Date> Date::parse(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return std::nullopt;
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
  return fromCivil(y, m, d);
}

int Date::year() const { return civilFromDays(days_).y; }
unsigned Date::month() const { return civilFromDays(days_).m; }
unsigned Date::day() const { return civilFromDays(days_).d; }

unsigned Date::weekday() const {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  const int w = (days_ + 3) % 7;
  return static_cast<unsigned>(w < 0 ? w + 7 : w);
}

std::string Date::iso() const {
  const Civil c = civilFromDays(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.y, c.m, c.d);
  return buf;
}

Date Date::plusMonths(int n) const {
  const Civil c = civilFromDays(days_);
  int total = c.y * 12 + static_cast<int>(c.m) - 1 + n;
  const int y = total / 12;
  const unsigned m = static_cast<unsigned>(total % 12) + 1;
  const unsigned last = static_cast<unsigned>(daysInMonth(y, m));
  return fromCivil(y, m, c.d < last ? c.d : last);
}

Date Date::firstOfMonth() const {
  const Civil c = civilFromDays(days_);
  return fromCivil(c.y, c.m, 1);
}

Date Date::lastOfMonth() const {
  const Civil c = civilFromDays(days_);
  return fromCivil(c.y, c.m, static_cast<unsigned>(daysInMonth(c.y, c.m)));
}

std::optional<DateTime> DateTime::parse(std::string_view s) {
  if (s.size() != 16 && s.size() != 19) return std::nullopt;
  if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
  const auto date = Date::parse(s.substr(0, 10));
  int h, mi, sec;
  if (!date || s[13] != ':' || !digits(s, 11, 2, h) || !digits(s, 14, 2, mi)) return std::nullopt;
  if (h > 23 || mi > 59) return std::nullopt;
  if (s.size() == 19 && (s[16] != ':' || !digits(s, 17, 2, sec) || sec > 59)) return std::nullopt;
  return DateTime::of(*date, h, mi);
}

Date DateTime::date() const {
  int64_t d = minutes_ / 1440;
  if (minutes_ % 1440 < 0) --d;
  return Date(static_cast<int32_t>(d));
}

int DateTime::minuteOfDay() const {
  const int m = static_cast<int>(minutes_ % 1440);
  return m < 0 ? m + 1440 : m;
}

std::string DateTime::iso() const {
  char buf[8];
  const int m = minuteOfDay();
  std::snprintf(buf, sizeof buf, " %02d:%02d", m / 60, m % 60);
  return date().iso() + buf;
}

}  // namespace hc

// Date and DateTime: calendar values as plain integers.
//
// A Date is a count of days since 1970-01-01 (proleptic Gregorian), so
// "days between" is a subtraction and a Date is cheap to copy, compare and
// hash. A DateTime is minutes since 1970-01-01 00:00 local time: the data
// contract's times have no zone and no need for seconds.
//
// Thread-safety: immutable value types; all functions are pure.
#ifndef HC_CORE_DATE_H_
#define HC_CORE_DATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hc {

class Date {
 public:
  constexpr Date() = default;
  constexpr explicit Date(int32_t days_since_epoch) : days_(days_since_epoch) {}

  // Date::fromCivil(2025, 9, 30). The fields must form a real date.
  static Date fromCivil(int year, unsigned month, unsigned day);

  // Parses exactly YYYY-MM-DD; nullopt for anything else or an impossible
  // date such as 2025-02-29.
  static std::optional<Date> parse(std::string_view text);

  int32_t days() const { return days_; }
  int year() const;
  unsigned month() const;  // 1..12
  unsigned day() const;    // 1..31
  // 0 = Monday ... 6 = Sunday.
  unsigned weekday() const;
  bool isWeekend() const { return weekday() >= 5; }

  // "2025-09-30"
  std::string iso() const;

  Date plusDays(int n) const { return Date(days_ + n); }
  // Same day of the month n months later, clamped to the month's end
  // (2025-01-31 plus 1 month is 2025-02-28).
  Date plusMonths(int n) const;
  Date firstOfMonth() const;
  Date lastOfMonth() const;

  friend constexpr int operator-(Date a, Date b) { return a.days_ - b.days_; }
  friend constexpr bool operator==(Date a, Date b) { return a.days_ == b.days_; }
  friend constexpr bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
  friend constexpr bool operator<(Date a, Date b) { return a.days_ < b.days_; }
  friend constexpr bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
  friend constexpr bool operator>(Date a, Date b) { return a.days_ > b.days_; }
  friend constexpr bool operator>=(Date a, Date b) { return a.days_ >= b.days_; }

 private:
  int32_t days_ = 0;
};

int daysInMonth(int year, unsigned month);

class DateTime {
 public:
  constexpr DateTime() = default;
  constexpr explicit DateTime(int64_t minutes_since_epoch) : minutes_(minutes_since_epoch) {}
  static DateTime of(Date date, int hour, int minute) {
    return DateTime(int64_t(date.days()) * 1440 + hour * 60 + minute);
  }

  // Accepts YYYY-MM-DDTHH:MM or YYYY-MM-DD HH:MM, seconds optional
  // (":SS", dropped). nullopt for anything else.
  static std::optional<DateTime> parse(std::string_view text);

  int64_t minutes() const { return minutes_; }
  Date date() const;
  int minuteOfDay() const;
  // "2025-09-30 14:05"
  std::string iso() const;

  friend constexpr bool operator==(DateTime a, DateTime b) { return a.minutes_ == b.minutes_; }
  friend constexpr bool operator<(DateTime a, DateTime b) { return a.minutes_ < b.minutes_; }

 private:
  int64_t minutes_ = 0;
};

}  // namespace hc

#endif  // HC_CORE_DATE_H_

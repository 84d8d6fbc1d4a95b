#include "ingest/values.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/date.h"
#include "ingest/text.h"

namespace hc::ingest {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool allDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!isDigit(c)) return false;
  }
  return true;
}

std::string formatNumber(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// [+-]digits[.digits], at least one digit; no exponents, no inf or nan.
bool plainNumber(std::string_view s) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  const size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  if (whole.empty() && frac.empty()) return false;
  return (whole.empty() || allDigits(whole)) && (frac.empty() || allDigits(frac));
}

// "1,234.50" with correctly grouped thousands.
bool groupedThousands(std::string_view s) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  const size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot);
  if (dot != std::string_view::npos && !s.substr(dot + 1).empty() && !allDigits(s.substr(dot + 1))) return false;
  const size_t first = whole.find(',');
  if (first == std::string_view::npos || first == 0 || first > 3 || !allDigits(whole.substr(0, first))) return false;
  if ((whole.size() - first) % 4 != 0) return false;
  for (size_t i = first; i < whole.size(); i += 4) {
    if (whole[i] != ',' || !allDigits(whole.substr(i + 1, 3))) return false;
  }
  return true;
}

std::string without(std::string_view s, char c) {
  std::string out;
  for (char ch : s) {
    if (ch != c) out += ch;
  }
  return out;
}

// Why `s` is not a number, with the fix when the mistake is a common one.
std::string notANumber(std::string_view s, std::string_view what) {
  std::string reason = quoted(s) + " is not " + std::string(what);
  std::string_view body = s;
  bool currency = false;
  for (std::string_view sign : {std::string_view("\xC2\xA3"), std::string_view("\xE2\x82\xAC"), std::string_view("$")}) {
    if (body.substr(0, sign.size()) == sign) {
      body.remove_prefix(sign.size());
      currency = true;
      break;
    }
  }
  if (currency && (plainNumber(body) || groupedThousands(body))) {
    return reason + " (remove the currency sign: " + without(body, ',') + ")";
  }
  if (groupedThousands(body)) return reason + " (remove the thousands separator: " + without(body, ',') + ")";
  const size_t comma = body.find(',');
  if (comma != std::string_view::npos && allDigits(body.substr(0, comma)) && allDigits(body.substr(comma + 1))) {
    std::string fixed(body);
    fixed[comma] = '.';
    return reason + " (use a point for decimals: " + fixed + ")";
  }
  return reason;
}

bool parseNumber(std::string_view s, double& out) {
  if (!plainNumber(s)) return false;
  if (s[0] == '+') s.remove_prefix(1);
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool inRange(const Column& c, double v) {
  if (c.min && (c.min_exclusive ? v <= *c.min : v < *c.min)) return false;
  return !(c.max && v > *c.max);
}

std::string rangeText(const Column& c) {
  if (c.min && c.max) {
    if (c.min_exclusive) return "more than " + formatNumber(*c.min) + " and at most " + formatNumber(*c.max);
    return formatNumber(*c.min) + " to " + formatNumber(*c.max);
  }
  if (c.min) return c.min_exclusive ? "more than " + formatNumber(*c.min) : formatNumber(*c.min) + " or more";
  return "at most " + formatNumber(*c.max);
}

// d/m/y (or m/d/y) as spreadsheets write dates: 1-2 digit day and month,
// a 2 or 4 digit year, the same separator twice. Returns "day/month/year",
// "month/day/year" or nothing.
const char* spreadsheetDateOrder(std::string_view s) {
  s = s.substr(0, s.find_first_of(" T"));
  if (s.size() < 6) return nullptr;
  const char sep = s[isDigit(s[1]) ? 2 : 1];
  if (sep != '/' && sep != '.' && sep != '-') return nullptr;
  const size_t a = s.find(sep), b = s.find(sep, a + 1);
  if (b == std::string_view::npos || s.find(sep, b + 1) != std::string_view::npos) return nullptr;
  const std::string_view p1 = s.substr(0, a), p2 = s.substr(a + 1, b - a - 1), p3 = s.substr(b + 1);
  if (!allDigits(p1) || !allDigits(p2) || !allDigits(p3) || p2.size() > 2 || (p3.size() != 2 && p3.size() != 4)) {
    return nullptr;
  }
  const int x = std::stoi(std::string(p1)), y = std::stoi(std::string(p2));
  const int year = p3.size() == 2 ? 2000 + std::stoi(std::string(p3)) : std::stoi(std::string(p3));
  auto valid = [&](int day, int month) { return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month); };
  if (valid(x, y)) return "day/month/year";
  if (valid(y, x)) return "month/day/year";
  return nullptr;
}

std::string notADate(std::string_view s, bool with_time) {
  std::string reason = quoted(s) + " is not a date (expected " + (with_time ? "YYYY-MM-DD HH:MM" : "YYYY-MM-DD");
  const std::string_view day = s.substr(0, 10);
  const bool iso_shape = day.size() == 10 && day[4] == '-' && day[7] == '-' && allDigits(day.substr(0, 4)) &&
                         allDigits(day.substr(5, 2)) && allDigits(day.substr(8, 2));
  if (const char* order = spreadsheetDateOrder(s)) {
    reason += std::string("; it looks like a ") + order + " date as Excel writes it";
  } else if (with_time && Date::parse(s)) {
    reason += "; the time is missing";
  } else if (!with_time && DateTime::parse(s)) {
    reason += ", without a time";
  } else if (iso_shape && !Date::parse(day)) {
    reason += "; there is no such day";
  } else if (s.size() == 5 && allDigits(s) && s >= "20000" && s <= "80000") {
    reason += "; it looks like a spreadsheet's day number: format the column as a date";
  }
  return reason + ")";
}

bool isIdentifier(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    const bool ok = isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

template <typename Values>
std::string oneOf(std::string_view s, const Values& values) {
  std::string reason = quoted(s) + " is not one of ";
  bool first = true;
  for (std::string_view v : values) {
    if (!first) reason += ", ";
    reason += v;
    first = false;
  }
  return reason;
}

}  // namespace

std::string quoted(std::string_view field) {
  constexpr size_t kMax = 60;
  if (field.size() <= kMax) return "'" + std::string(field) + "'";
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(field[cut]) & 0xC0) == 0x80) --cut;  // whole characters
  return "'" + std::string(field.substr(0, cut)) + "...'";
}

bool Value::operator==(const Value& o) const {
  if (kind != o.kind) return false;
  switch (kind) {
    case Kind::kNull: return true;
    case Kind::kInt: return number == o.number;
    case Kind::kDouble: return real == o.real;
    default: return text() == o.text();
  }
}

bool parseValue(const Column& column, std::string_view s, Value& out, std::string& reason) {
  switch (column.type) {
    case ValueType::kId:
      if (!isIdentifier(s)) {
        reason = quoted(s) + " is not an identifier (expected 1 to 64 characters of A-Z a-z 0-9 . _ -)";
        return false;
      }
      out.kind = Value::Kind::kText;
      out.chars = s;
      return true;
    case ValueType::kText:
      out.kind = Value::Kind::kText;
      out.chars = s;
      return true;
    case ValueType::kDate: {
      const auto d = Date::parse(s);
      if (!d) {
        reason = notADate(s, false);
        return false;
      }
      out.kind = Value::Kind::kDate;
      out.number = d->days();
      out.chars = s;  // Date::parse accepts only the canonical form
      return true;
    }
    case ValueType::kDateTime: {
      const auto t = DateTime::parse(s);
      if (!t) {
        reason = notADate(s, true);
        return false;
      }
      out.kind = Value::Kind::kDateTime;
      out.number = t->minutes();
      s.copy(out.stamp, 16);  // drops seconds; the date and the time are where parse checked them
      out.stamp[10] = ' ';
      return true;
    }
    case ValueType::kDecimal:
    case ValueType::kInteger: {
      const bool whole = column.type == ValueType::kInteger;
      double v;
      if (!parseNumber(s, v)) {
        reason = notANumber(s, whole ? "a whole number" : "a number");
        return false;
      }
      if (whole && std::trunc(v) != v) {
        reason = quoted(s) + " is not a whole number";
        return false;
      }
      if (!inRange(column, v)) {
        reason = quoted(s) + " is out of range (expected " + rangeText(column) + ")";
        return false;
      }
      if (whole) {
        out.kind = Value::Kind::kInt;
        out.number = static_cast<int64_t>(v);
      } else {
        out.kind = Value::Kind::kDouble;
        out.real = v;
      }
      return true;
    }
    case ValueType::kBool: {
      static constexpr std::string_view kTrue[] = {"yes", "true", "1"}, kFalse[] = {"no", "false", "0"};
      for (int i = 0; i < 3; ++i) {
        if (equalsIgnoreCase(s, kTrue[i]) || equalsIgnoreCase(s, kFalse[i])) {
          out.kind = Value::Kind::kInt;
          out.number = equalsIgnoreCase(s, kTrue[i]) ? 1 : 0;
          return true;
        }
      }
      static constexpr std::string_view kAll[] = {"yes", "no", "true", "false", "1", "0"};
      reason = oneOf(s, kAll);
      return false;
    }
    case ValueType::kEnum:
      for (std::string_view v : column.values) {
        if (equalsIgnoreCase(s, v)) {
          out.kind = Value::Kind::kText;
          out.chars = v;
          return true;
        }
      }
      reason = oneOf(s, column.values);
      return false;
  }
  return false;
}

}  // namespace hc::ingest

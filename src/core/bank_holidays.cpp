#include "core/bank_holidays.h"

#include <algorithm>

namespace hc {
namespace {

struct Entry {
  int y, m, d;
  const char* name;
};

// From gov.uk/bank-holidays (England and Wales).
constexpr Entry kBankHolidays[] = {
    {2015, 1, 1, "New Year's Day"}, {2015, 4, 3, "Good Friday"}, {2015, 4, 6, "Easter Monday"},
    {2015, 5, 4, "Early May bank holiday"}, {2015, 5, 25, "Spring bank holiday"},
    {2015, 8, 31, "Summer bank holiday"}, {2015, 12, 25, "Christmas Day"},
    {2015, 12, 28, "Boxing Day (substitute day)"},

    {2016, 1, 1, "New Year's Day"}, {2016, 3, 25, "Good Friday"}, {2016, 3, 28, "Easter Monday"},
    {2016, 5, 2, "Early May bank holiday"}, {2016, 5, 30, "Spring bank holiday"},
    {2016, 8, 29, "Summer bank holiday"}, {2016, 12, 26, "Boxing Day"},
    {2016, 12, 27, "Christmas Day (substitute day)"},

    {2017, 1, 2, "New Year's Day (substitute day)"}, {2017, 4, 14, "Good Friday"}, {2017, 4, 17, "Easter Monday"},
    {2017, 5, 1, "Early May bank holiday"}, {2017, 5, 29, "Spring bank holiday"},
    {2017, 8, 28, "Summer bank holiday"}, {2017, 12, 25, "Christmas Day"}, {2017, 12, 26, "Boxing Day"},

    {2018, 1, 1, "New Year's Day"}, {2018, 3, 30, "Good Friday"}, {2018, 4, 2, "Easter Monday"},
    {2018, 5, 7, "Early May bank holiday"}, {2018, 5, 28, "Spring bank holiday"},
    {2018, 8, 27, "Summer bank holiday"}, {2018, 12, 25, "Christmas Day"}, {2018, 12, 26, "Boxing Day"},

    {2019, 1, 1, "New Year's Day"}, {2019, 4, 19, "Good Friday"}, {2019, 4, 22, "Easter Monday"},
    {2019, 5, 6, "Early May bank holiday"}, {2019, 5, 27, "Spring bank holiday"},
    {2019, 8, 26, "Summer bank holiday"}, {2019, 12, 25, "Christmas Day"}, {2019, 12, 26, "Boxing Day"},

    {2020, 1, 1, "New Year's Day"}, {2020, 4, 10, "Good Friday"}, {2020, 4, 13, "Easter Monday"},
    {2020, 5, 8, "Early May bank holiday (VE day)"}, {2020, 5, 25, "Spring bank holiday"},
    {2020, 8, 31, "Summer bank holiday"}, {2020, 12, 25, "Christmas Day"},
    {2020, 12, 28, "Boxing Day (substitute day)"},

    {2021, 1, 1, "New Year's Day"}, {2021, 4, 2, "Good Friday"}, {2021, 4, 5, "Easter Monday"},
    {2021, 5, 3, "Early May bank holiday"}, {2021, 5, 31, "Spring bank holiday"},
    {2021, 8, 30, "Summer bank holiday"}, {2021, 12, 27, "Christmas Day (substitute day)"},
    {2021, 12, 28, "Boxing Day (substitute day)"},

    {2022, 1, 3, "New Year's Day (substitute day)"}, {2022, 4, 15, "Good Friday"}, {2022, 4, 18, "Easter Monday"},
    {2022, 5, 2, "Early May bank holiday"}, {2022, 6, 2, "Spring bank holiday"},
    {2022, 6, 3, "Platinum Jubilee bank holiday"}, {2022, 8, 29, "Summer bank holiday"},
    {2022, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"}, {2022, 12, 26, "Boxing Day"},
    {2022, 12, 27, "Christmas Day (substitute day)"},

    {2023, 1, 2, "New Year's Day (substitute day)"}, {2023, 4, 7, "Good Friday"}, {2023, 4, 10, "Easter Monday"},
    {2023, 5, 1, "Early May bank holiday"}, {2023, 5, 8, "Bank holiday for the coronation of King Charles III"},
    {2023, 5, 29, "Spring bank holiday"}, {2023, 8, 28, "Summer bank holiday"}, {2023, 12, 25, "Christmas Day"},
    {2023, 12, 26, "Boxing Day"},

    {2024, 1, 1, "New Year's Day"}, {2024, 3, 29, "Good Friday"}, {2024, 4, 1, "Easter Monday"},
    {2024, 5, 6, "Early May bank holiday"}, {2024, 5, 27, "Spring bank holiday"},
    {2024, 8, 26, "Summer bank holiday"}, {2024, 12, 25, "Christmas Day"}, {2024, 12, 26, "Boxing Day"},

    {2025, 1, 1, "New Year's Day"}, {2025, 4, 18, "Good Friday"}, {2025, 4, 21, "Easter Monday"},
    {2025, 5, 5, "Early May bank holiday"}, {2025, 5, 26, "Spring bank holiday"},
    {2025, 8, 25, "Summer bank holiday"}, {2025, 12, 25, "Christmas Day"}, {2025, 12, 26, "Boxing Day"},

    {2026, 1, 1, "New Year's Day"}, {2026, 4, 3, "Good Friday"}, {2026, 4, 6, "Easter Monday"},
    {2026, 5, 4, "Early May bank holiday"}, {2026, 5, 25, "Spring bank holiday"},
    {2026, 8, 31, "Summer bank holiday"}, {2026, 12, 25, "Christmas Day"},
    {2026, 12, 28, "Boxing Day (substitute day)"},

    {2027, 1, 1, "New Year's Day"}, {2027, 3, 26, "Good Friday"}, {2027, 3, 29, "Easter Monday"},
    {2027, 5, 3, "Early May bank holiday"}, {2027, 5, 31, "Spring bank holiday"},
    {2027, 8, 30, "Summer bank holiday"}, {2027, 12, 27, "Christmas Day (substitute day)"},
    {2027, 12, 28, "Boxing Day (substitute day)"},
};

}  // namespace

const std::vector<Holiday>& englandAndWalesBankHolidays() {
  static const std::vector<Holiday> holidays = [] {
    std::vector<Holiday> out;
    for (const Entry& e : kBankHolidays) {
      out.push_back(Holiday{Date::fromCivil(e.y, static_cast<unsigned>(e.m), static_cast<unsigned>(e.d)), e.name});
    }
    return out;
  }();
  return holidays;
}

std::vector<Holiday> allHolidays(const std::vector<Holiday>& imported) {
  std::vector<Holiday> out = imported;
  std::stable_sort(out.begin(), out.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  out.erase(std::unique(out.begin(), out.end(), [](const Holiday& a, const Holiday& b) { return a.date == b.date; }),
            out.end());
  const size_t n = out.size();
  for (const Holiday& h : englandAndWalesBankHolidays()) {
    const auto at = std::lower_bound(out.begin(), out.begin() + n, h.date,
                                     [](const Holiday& a, Date d) { return a.date < d; });
    if (at == out.begin() + n || at->date != h.date) out.push_back(h);
  }
  std::inplace_merge(out.begin(), out.begin() + n, out.end(),
                     [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return out;
}

}  // namespace hc

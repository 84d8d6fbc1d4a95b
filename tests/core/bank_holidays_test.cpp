// The shipped England and Wales bank holidays and the merge with imported ones.
#include "core/bank_holidays.h"

#include <gtest/gtest.h>

#include <map>

namespace hc {
namespace {

Date d(int y, unsigned m, unsigned day) { return Date::fromCivil(y, m, day); }

bool shipped(Date date) {
  for (const Holiday& h : englandAndWalesBankHolidays()) {
    if (h.date == date) return true;
  }
  return false;
}

TEST(BankHolidays, CoverEveryYearFrom2015To2027OnWeekdaysInOrder) {
  std::map<int, int> per_year;
  Date previous;
  for (const Holiday& h : englandAndWalesBankHolidays()) {
    EXPECT_FALSE(h.date.isWeekend()) << h.date.iso() << " " << h.name;
    EXPECT_LT(previous, h.date);
    previous = h.date;
    ++per_year[h.date.year()];
  }
  for (int y = 2015; y <= 2027; ++y) {
    const int expected = y == 2022 ? 10 : y == 2023 ? 9 : 8;
    EXPECT_EQ(per_year[y], expected) << y;
  }
}

TEST(BankHolidays, OneOffChangesAndSubstituteDays) {
  EXPECT_TRUE(shipped(d(2020, 5, 8)));    // VE day moved the early May holiday
  EXPECT_FALSE(shipped(d(2020, 5, 4)));
  EXPECT_TRUE(shipped(d(2022, 6, 2)));    // spring holiday moved for the Jubilee
  EXPECT_TRUE(shipped(d(2022, 6, 3)));
  EXPECT_FALSE(shipped(d(2022, 5, 30)));
  EXPECT_TRUE(shipped(d(2022, 9, 19)));   // State Funeral
  EXPECT_TRUE(shipped(d(2023, 5, 8)));    // Coronation
  EXPECT_TRUE(shipped(d(2021, 12, 27)));  // Christmas on a Saturday
  EXPECT_TRUE(shipped(d(2021, 12, 28)));
  EXPECT_TRUE(shipped(d(2017, 1, 2)));    // New Year on a Sunday
  EXPECT_TRUE(shipped(d(2025, 4, 18)));   // Good Friday
  EXPECT_TRUE(shipped(d(2027, 3, 29)));   // Easter Monday
}

TEST(BankHolidays, MergeAddsImportedOnesOncePerDate) {
  const auto all = allHolidays({{d(2024, 11, 5), "Closure"}, {d(2024, 12, 25), "Our Christmas"},
                                {d(2024, 11, 5), "Closure again"}});
  EXPECT_EQ(all.size(), englandAndWalesBankHolidays().size() + 1);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].date, all[i].date);
  for (const Holiday& h : all) {
    if (h.date == d(2024, 11, 5)) {
      EXPECT_EQ(h.name, "Closure");
    }
    if (h.date == d(2024, 12, 25)) {
      EXPECT_EQ(h.name, "Our Christmas");
    }
  }
}

}  // namespace
}  // namespace hc

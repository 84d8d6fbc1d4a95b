// Which number formats are dates, and what day a serial number is.
#include <gtest/gtest.h>

#include "xlsx/number_formats.h"

namespace hc::xlsx {
namespace {

TEST(NumberFormatsTest, BuiltInDateFormats) {
  EXPECT_TRUE(isBuiltInDateFormat(14));
  EXPECT_TRUE(isBuiltInDateFormat(22));
  EXPECT_TRUE(isBuiltInDateFormat(57));
  EXPECT_FALSE(isBuiltInDateFormat(0));
  EXPECT_FALSE(isBuiltInDateFormat(2));
  EXPECT_FALSE(isBuiltInDateFormat(49));  // text
}

TEST(NumberFormatsTest, CustomFormatsWithDayMonthOrYearParts) {
  EXPECT_TRUE(isDateFormatCode("dd/mm/yyyy"));
  EXPECT_TRUE(isDateFormatCode("d mmmm yyyy"));
  EXPECT_TRUE(isDateFormatCode("[$-809]dd mmm yy;@"));
  EXPECT_TRUE(isDateFormatCode("mmm-yy"));
  EXPECT_TRUE(isDateFormatCode("yyyy-mm-dd hh:mm"));
  EXPECT_FALSE(isDateFormatCode("0.00"));
  EXPECT_FALSE(isDateFormatCode("h:mm:ss"));    // minutes, not months
  EXPECT_FALSE(isDateFormatCode("[h]:mm"));     // a duration
  EXPECT_FALSE(isDateFormatCode("0\" days\""));  // the d is quoted text
  EXPECT_FALSE(isDateFormatCode("[Red]0;0"));   // the d of Red is a colour
}

TEST(NumberFormatsTest, SerialsInThe1900System) {
  EXPECT_EQ(dateOfSerial(1, false)->date.iso(), "1900-01-01");
  EXPECT_EQ(dateOfSerial(59, false)->date.iso(), "1900-02-28");
  EXPECT_EQ(dateOfSerial(61, false)->date.iso(), "1900-03-01");
  // 2025-04-01 is 45748 days after 1899-12-30 (checked in Excel).
  EXPECT_EQ(dateOfSerial(45748, false)->date.iso(), "2025-04-01");
  const auto noon = dateOfSerial(45748.5, false);
  EXPECT_EQ(noon->minute_of_day, 720);
  EXPECT_FALSE(dateOfSerial(0, false));
  EXPECT_FALSE(dateOfSerial(-3, false));
  EXPECT_FALSE(dateOfSerial(3e7, false));
}

TEST(NumberFormatsTest, SerialsInThe1904System) {
  EXPECT_EQ(dateOfSerial(0, true)->date.iso(), "1904-01-01");
  // 1462 days separate the systems: 45748 - 1462 = 44286.
  EXPECT_EQ(dateOfSerial(44286, true)->date.iso(), "2025-04-01");
}

}  // namespace
}  // namespace hc::xlsx

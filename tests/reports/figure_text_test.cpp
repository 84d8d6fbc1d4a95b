#include "reports/figure_text.h"

#include <gtest/gtest.h>

#include "core/clean_text.h"
#include "core/html_escape.h"

namespace hc::reports {
namespace {

using metrics::Unit;

TEST(FigureTextTest, FormatsNumbersWithGroupingAndNoNegativeZero) {
  EXPECT_EQ(formatNumber(1234.56, 1), "1,234.6");
  EXPECT_EQ(formatNumber(1234567, 0), "1,234,567");
  EXPECT_EQ(formatNumber(-1234.5, 1), "-1,234.5");
  EXPECT_EQ(formatNumber(-0.04, 1), "0.0");
  EXPECT_EQ(formatNumber(999.96, 1), "1,000.0");
  EXPECT_EQ(formatNumber(0.05, 0), "0");
}

TEST(FigureTextTest, FormatsValuesWithTheirUnitInWords) {
  EXPECT_EQ(formatValue(Unit::kPercent, 14.24), "14.2%");
  EXPECT_EQ(formatValue(Unit::kCount, 1234), "1,234");
  EXPECT_EQ(formatValue(Unit::kDays, 12.5), "12.5 days");
  EXPECT_EQ(formatValue(Unit::kScore, 72.44), "72.4 out of 100");
  EXPECT_EQ(formatValue(Unit::kPer100, 2.06), "2.1 per 100 cases");
  EXPECT_EQ(formatValue(Unit::kPerMonth, 1.5), "1.5 a month");
}

TEST(FigureTextTest, DirectionFollowsTheRoundedFigures) {
  EXPECT_EQ(direction(Unit::kPercent, 14.2, 11.0), Direction::kUp);
  EXPECT_EQ(direction(Unit::kPercent, 11.0, 14.2), Direction::kDown);
  EXPECT_EQ(direction(Unit::kPercent, 4.0, 4.04), Direction::kSame);  // both read 4.0%
  EXPECT_EQ(direction(Unit::kCount, 12.4, 12.0), Direction::kSame);
}

TEST(FigureTextTest, DatesAndPeriodsInWords) {
  EXPECT_EQ(longDate(Date::fromCivil(2025, 9, 30)), "30 September 2025");
  EXPECT_EQ(periodPhrase(*metrics::Period::parse("2025-Q3")), "1 July to 30 September 2025");
  EXPECT_EQ(periodPhrase(*metrics::Period::parse("csww-2025")), "1 October 2024 to 30 September 2025");
  EXPECT_EQ(periodPhrase(*metrics::Period::parse("csww-2025"), Date::fromCivil(2025, 9, 30)),
            "1 October 2024 to 30 September 2025; records up to 30 September 2025");
  EXPECT_EQ(periodPhrase(*metrics::Period::parse("2025-Q3"), std::nullopt), "1 July to 30 September 2025");
  EXPECT_STREQ(statusWord(metrics::Status::kAmber), "Amber");
  EXPECT_STREQ(statusWord(metrics::Status::kNone), "No rating");
}

TEST(CleanTextTest, ReplacesInvalidUtf8AndControlCharacters) {
  EXPECT_EQ(cleanText("Team \xC3\xA9t\xC3\xA9"), "Team \xC3\xA9t\xC3\xA9");  // valid: unchanged
  EXPECT_EQ(cleanText("a\x01" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(cleanText("a\xC3"), "a\xEF\xBF\xBD");          // truncated sequence
  EXPECT_EQ(cleanText("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(cleanText("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(cleanText("tab\tnew\nline"), "tab\tnew\nline");
  EXPECT_EQ(cleanText("=SUM(A1)"), "=SUM(A1)");
}

TEST(HtmlEscapeTest, EscapesMarkupAndQuotes) {
  EXPECT_EQ(escapeHtml("<a href='x'>\"&\"</a>"), "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
}

}  // namespace
}  // namespace hc::reports

// benchmarks import: the DfE workforce indicators file, from small files of
// our own (tests/national/data/) and from the published file itself
// (../shared/data/, skipped with a message when absent).
#include <gtest/gtest.h>

#include <filesystem>

#include "national/indicators_import.h"
#include "national/national_fixture.h"
#include "national/published_value.h"
#include "support/test_files.h"

namespace hc::testing {
namespace {

using national::importIndicators;

TEST(PublishedValue, MarkersAreNotPublishedAndNeverZero) {
  for (const char* marker : {"x", "c", "z", "u", "low", "LOW", ".", ":", "", "  x "}) {
    std::optional<double> v = 99.0;
    std::string reason;
    EXPECT_TRUE(national::readPublishedFigure(marker, v, reason)) << marker;
    EXPECT_FALSE(v.has_value()) << "'" << marker << "' must read as not published, not as a number";
  }
  std::optional<double> v;
  std::string reason;
  EXPECT_TRUE(national::readPublishedFigure("14.2", v, reason));
  EXPECT_DOUBLE_EQ(*v, 14.2);
  EXPECT_TRUE(national::readPublishedFigure("0", v, reason));
  ASSERT_TRUE(v.has_value());  // a published zero stays zero
  EXPECT_EQ(*v, 0.0);
  EXPECT_FALSE(national::readPublishedFigure("abc", v, reason));
  EXPECT_NE(reason.find("'abc' is not a number"), std::string::npos) << reason;
  EXPECT_FALSE(national::readPublishedFigure("-3", v, reason));
}

class IndicatorsImport : public NationalTest {};

TEST_F(IndicatorsImport, StoresEveryRowWithMarkersAsNull) {
  const auto report = importIndicators(db(), nationalData("indicators_small.csv"));
  ASSERT_EQ(report.outcome, ingest::FileOutcome::kStored) << messagesOf(report);
  EXPECT_EQ(report.rows_read, 9);
  EXPECT_EQ(report.inserted, 9);
  EXPECT_EQ(report.replaced, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM national_indicators"), 9);
  EXPECT_DOUBLE_EQ(*number("SELECT vacancy_rate_fte FROM national_indicators WHERE time_period = 2025 AND "
                           "geographic_level = ?", "National"), 14.2);
  // County Durham's agency rate is 'x', Middlesbrough's 'low': NULL, not 0.
  EXPECT_FALSE(number("SELECT agency_rate_fte FROM national_indicators WHERE area_code = ?", "E06000047"));
  EXPECT_FALSE(number("SELECT agency_rate_fte FROM national_indicators WHERE area_code = ?", "E06000002"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM national_indicators WHERE agency_rate_fte = 0 AND area_code <> ?", "-"), 0);
  // The row remembers its import and line.
  EXPECT_EQ(count("SELECT source_line FROM national_indicators WHERE area_code = ?", "E06000001"), 8);
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE kind = ?", "dfe_indicators"), 1);
}

TEST_F(IndicatorsImport, JointAuthoritiesAreOneRowWithBothCodes) {
  ASSERT_TRUE(importIndicators(db(), nationalData("indicators_small.csv")).stored());
  EXPECT_DOUBLE_EQ(*number("SELECT vacancy_rate_fte FROM national_indicators WHERE old_la_code = ?", "807 / 808"),
                   10.0);
}

TEST_F(IndicatorsImport, ANewerEditionReplacesTheYearsItHolds) {
  ASSERT_TRUE(importIndicators(db(), nationalData("indicators_small.csv")).stored());
  const auto report = importIndicators(db(), nationalData("indicators_revised.csv"));
  ASSERT_TRUE(report.stored()) << messagesOf(report);
  EXPECT_EQ(report.replaced, 2);  // England and Darlington 2025
  EXPECT_EQ(report.inserted, 1);  // England 2026
  // 2025 is the revised edition's: Darlington revised, Middlesbrough (not in it) gone.
  EXPECT_DOUBLE_EQ(*number("SELECT vacancy_rate_fte FROM national_indicators WHERE time_period = 2025 AND "
                           "area_code = ?", "E06000005"), 11.0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM national_indicators WHERE area_code = ?", "E06000002"), 0);
  // 2024, which the revised edition does not hold, is kept.
  EXPECT_DOUBLE_EQ(*number("SELECT vacancy_rate_fte FROM national_indicators WHERE time_period = 2024 AND "
                           "area_code = ?", "E06000005"), 9.5);
  EXPECT_EQ(count("SELECT COUNT(*) FROM national_indicators WHERE time_period = 2026 AND area_code = ?",
                  "E92000001"), 1);
}

TEST_F(IndicatorsImport, ReimportingTheSameFileChangesNothing) {
  ASSERT_TRUE(importIndicators(db(), nationalData("indicators_small.csv")).stored());
  const auto again = importIndicators(db(), nationalData("indicators_small.csv"));
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.replaced, 9);
  EXPECT_EQ(count("SELECT COUNT(*) FROM national_indicators"), 9);
}

TEST_F(IndicatorsImport, InvalidRowsAreReportedByLineAndColumnAndNothingIsStored) {
  ASSERT_TRUE(importIndicators(db(), nationalData("indicators_small.csv")).stored());
  const auto report = importIndicators(db(), nationalData("indicators_invalid.csv"));
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kRejected);
  EXPECT_EQ(report.rejected, 6) << messagesOf(report);
  EXPECT_TRUE(hasMessage(report, "indicators_invalid.csv:2: vacancy_rate_fte: 'abc' is not a number"))
      << messagesOf(report);
  EXPECT_TRUE(hasMessage(report, "indicators_invalid.csv:3: agency_rate_fte:")) << messagesOf(report);
  EXPECT_TRUE(hasMessage(report, "indicators_invalid.csv:4: time_period: '2025/26' is not a census year"));
  EXPECT_TRUE(hasMessage(report, "indicators_invalid.csv:5: geographic_level: 'Ward'"));
  EXPECT_TRUE(hasMessage(report, "indicators_invalid.csv:6: new_la_code:"));
  EXPECT_TRUE(hasMessage(report, "indicators_invalid.csv:8: repeats the row on line 7"));
  // The earlier edition is untouched: the rejected file stored nothing.
  EXPECT_EQ(count("SELECT COUNT(*) FROM national_indicators"), 9);
  EXPECT_DOUBLE_EQ(*number("SELECT vacancy_rate_fte FROM national_indicators WHERE time_period = 2025 AND "
                           "geographic_level = ?", "National"), 14.2);
}

TEST_F(IndicatorsImport, AMissingRequiredColumnRejectsTheFile) {
  const std::string dir = makeTempDir("hc-national");
  writeFile(dir + "/short.csv", "time_period,geographic_level,country_code\n2025,National,E92000001\n");
  const auto report = importIndicators(db(), dir + "/short.csv");
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kRejected);
  EXPECT_TRUE(hasMessage(report, "short.csv:1: vacancy_rate_fte: required column is missing")) << messagesOf(report);
  std::filesystem::remove_all(dir);
}

TEST_F(IndicatorsImport, AMissingFileIsReportedNotThrown) {
  const auto report = importIndicators(db(), "/nonexistent/indicators.csv");
  EXPECT_EQ(report.outcome, ingest::FileOutcome::kRejected);
  ASSERT_FALSE(report.messages.empty());
  EXPECT_NE(report.messages[0].text().find("indicators.csv"), std::string::npos);
}

// The DfE's own file, as published.
class PublishedIndicatorsFile : public NationalTest {
 protected:
  void SetUp() override {
    const std::string dir = sharedDataDir();
    path_ = dir.empty() ? "" : dir + "/csww_indicators_2017_to_2025.csv";
    if (path_.empty() || !std::filesystem::is_regular_file(path_))
      GTEST_SKIP() << "DfE indicators file not found: set HEALTHCHECK_SHARED_DATA to the folder holding "
                      "csww_indicators_2017_to_2025.csv (default ../shared/data)";
  }
  std::string path_;
};

TEST_F(PublishedIndicatorsFile, ImportsEveryRowWithSuppressedFiguresAsNull) {
  const auto report = importIndicators(db(), path_);
  ASSERT_EQ(report.outcome, ingest::FileOutcome::kStored) << messagesOf(report);
  EXPECT_EQ(report.rows_read, 1463);
  EXPECT_EQ(report.inserted, 1463);
  EXPECT_EQ(count("SELECT COUNT(DISTINCT time_period) FROM national_indicators WHERE geographic_level = ?",
                  "National"), 9);
  // The headline the members' report quotes: England's 2025 vacancy rate.
  EXPECT_DOUBLE_EQ(*number("SELECT vacancy_rate_fte FROM national_indicators WHERE time_period = 2025 AND "
                           "geographic_level = ?", "National"), 14.2);
  // 9 agency rates are 'x', 3 'low' and 2 'u' in the file: all NULL.
  EXPECT_EQ(count("SELECT COUNT(*) FROM national_indicators WHERE agency_rate_fte IS NULL AND area_code <> ?", "-"),
            14);
  // Shared services are one joint row: Kingston upon Thames and Richmond.
  EXPECT_EQ(count("SELECT COUNT(*) FROM national_indicators WHERE old_la_code = ?", "314 / 318"), 9);
}

}  // namespace
}  // namespace hc::testing

// The DfE-schema sample return (../shared/data/csww_sample_2022.xml, a
// synthetic return for LA 301, census year csww-2022: 1 Oct 2021 - 30 Sep
// 2022, 251 working days after 10 bank holidays including the Platinum
// Jubilee and the State Funeral), imported and checked against figures
// worked out by hand from its 30 worker records:
//
//  - 3 workers have FTE 0 and no FTE30 (TB966..., Wr551..., od162...): left out;
//  - in post on 30 Sep 2022 (start <= D, no end or end >= D; a missing
//    RoleStartDate means in post before the year): 6 permanent
//    (wf375 0.843488, Aj924 0.859218, QW856 0.978729, ZQ939 0.821627,
//    eW760 0.63075, Jd146 0.034436) = 4.168248 FTE,
//    12 agency workers = 5.432837 FTE;
//  - vacancy_rate  79.68 / (79.68 + 4.168248) x 100           = 95.0288192...
//  - agency_rate   5.432837 / (5.432837 + 4.168248) x 100     = 56.5856567...
//  - caseload_avg  515 cases / 5.709608 FTE of case holders   = 90.1988367...
//  - sickness_rate 292.64 days lost by permanent staff in post in the year
//                  (16.74 + 98.22 + 94.67 + 83.01) / (4.168248 x 251) x 100
//                                                             = 27.9708984...
//  - turnover_rate no permanent worker's RoleEndDate falls in the year: 0.
// The return's own LA figures: 59.82 agency FTE and 71 agency workers,
// against 5.43 FTE and 12 in its worker records.
#include <gtest/gtest.h>

#include <filesystem>

#include "national/census_import.h"
#include "national/indicators_import.h"
#include "national/national_fixture.h"
#include "support/test_files.h"

namespace hc::testing {
namespace {

class CensusSample : public NationalTest {
 protected:
  void SetUp() override {
    dir_ = sharedDataDir();
    if (dir_.empty() || !std::filesystem::is_regular_file(dir_ + "/csww_sample_2022.xml"))
      GTEST_SKIP() << "csww_sample_2022.xml not found: set HEALTHCHECK_SHARED_DATA to the folder holding the "
                      "DfE sample census return (default ../shared/data)";
  }
  std::optional<double> ours(const national::CensusCheck& check, const std::string& id) {
    for (const auto& f : check.figures)
      if (f.id == id) return f.ours;
    return std::nullopt;
  }
  std::string dir_;
};

TEST_F(CensusSample, FiguresMatchTheHandCalculation) {
  const national::CensusImport result = national::importCensus(db(), dir_ + "/csww_sample_2022.xml", std::nullopt);
  ASSERT_TRUE(result.stored);
  EXPECT_EQ(result.workers_read, 30);
  EXPECT_EQ(result.workers_rejected, 0);
  const national::CensusCheck& check = *result.check;
  EXPECT_EQ(check.period_label, "csww-2022");
  EXPECT_EQ(check.la_code, "301");
  EXPECT_EQ(check.workers, 27);
  EXPECT_NEAR(*ours(check, "inpost_fte"), 4.168248, 1e-9);
  EXPECT_NEAR(*ours(check, "agency_fte"), 5.432837, 1e-9);
  EXPECT_EQ(*ours(check, "agency_headcount"), 12);
  EXPECT_NEAR(*ours(check, "vacancy_rate"), 100 * 79.68 / (79.68 + 4.168248), 1e-9);
  EXPECT_NEAR(*ours(check, "agency_rate"), 100 * 5.432837 / (5.432837 + 4.168248), 1e-9);
  EXPECT_NEAR(*ours(check, "caseload_avg"), 515 / 5.709608, 1e-9);
  EXPECT_NEAR(*ours(check, "sickness_rate"), 100 * 292.64 / (4.168248 * 251), 1e-9);
  EXPECT_NEAR(*ours(check, "turnover_rate"), 0.0, 1e-12);
  // Workers the census year cannot count are warnings naming their line.
  bool warned = false;
  for (const auto& m : result.diagnostics.kept())
    warned = warned || m.text() == "csww_sample_2022.xml:210: FTE: warning: neither FTE nor FTE30 is above 0: "
                                   "worker TB9669555723 is left out of the figures";
  EXPECT_TRUE(warned);
}

TEST_F(CensusSample, IsComparedWithTheDfesPublishedFiguresForTheAuthority) {
  if (!std::filesystem::is_regular_file(dir_ + "/csww_indicators_2017_to_2025.csv"))
    GTEST_SKIP() << "csww_indicators_2017_to_2025.csv not found in " << dir_;
  ASSERT_TRUE(national::importIndicators(db(), dir_ + "/csww_indicators_2017_to_2025.csv").stored());
  const national::CensusImport result = national::importCensus(db(), dir_ + "/csww_sample_2022.xml", std::nullopt);
  ASSERT_TRUE(result.stored);
  // Barking and Dagenham (301), 2022: vacancy 20.6, agency 23.5 published.
  int compared = 0;
  for (const auto& f : result.check->figures) {
    if (f.id == "vacancy_rate") {
      EXPECT_DOUBLE_EQ(*f.published, 20.6);
      ++compared;
    }
    if (f.id == "agency_rate") {
      EXPECT_DOUBLE_EQ(*f.published, 23.5);
      ++compared;
    }
  }
  EXPECT_EQ(compared, 2);
}

}  // namespace
}  // namespace hc::testing

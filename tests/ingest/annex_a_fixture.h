// Annex A workbooks for the import tests: the teams and named staff they
// refer to, and an import with the options a test gives.
#ifndef HC_TESTS_INGEST_ANNEX_A_FIXTURE_H_
#define HC_TESTS_INGEST_ANNEX_A_FIXTURE_H_

#include "ingest/annex_a/annex_a_import.h"
#include "ingest_fixture.h"
#include "support/annex_a_workbooks.h"
#include "support/xlsx_builder.h"

namespace hc::ingest {

class AnnexATest : public IngestTest {
 protected:
  // The teams and named staff of support/annex_a_workbooks.h.
  void loadTeamsAndStaff() {
    ASSERT_TRUE(importOne("teams.csv", testing::kAnnexATeamsCsv).stored());
    ASSERT_TRUE(importOne("staff.csv", testing::kAnnexAStaffCsv).stored());
  }

  annex_a::Report importWorkbook(const testing::XlsxBuilder& book, const std::string& extracted,
                                 annex_a::Options options = {}) {
    const std::string file = path("annex-a.xlsx");
    book.write(file);
    options.extracted = *Date::parse(extracted);
    return annex_a::importAnnexA(db(), file, options);
  }
};

}  // namespace hc::ingest

#endif  // HC_TESTS_INGEST_ANNEX_A_FIXTURE_H_

// Annex A workbooks for the import tests: the teams and named staff they
// refer to, and an import with the options a test gives.
#ifndef HC_TESTS_INGEST_ANNEX_A_FIXTURE_H_
#define HC_TESTS_INGEST_ANNEX_A_FIXTURE_H_

#include "ingest/annex_a/annex_a_import.h"
#include "ingest_fixture.h"
#include "support/xlsx_builder.h"

namespace hc::ingest {

class AnnexATest : public IngestTest {
 protected:
  // Teams T1 "Assessment Team" and T2 "CIN Team"; staff S1 Sam Jones, S2
  // Priya Patel (T1), S3 Alex Brown (T2).
  void loadTeamsAndStaff() {
    ASSERT_TRUE(importOne("teams.csv", "team_id,name,service\nT1,Assessment Team,children\nT2,CIN Team,children\n")
                    .stored());
    ASSERT_TRUE(importOne("staff.csv",
                          "staff_id,team_id,role,employment,fte,start_date,name\n"
                          "S1,T1,social_worker,permanent,1,2020-01-06,Sam Jones\n"
                          "S2,T1,social_worker,permanent,1,2020-01-06,Priya Patel\n"
                          "S3,T2,social_worker,agency,1,2021-05-04,Alex Brown\n")
                    .stored());
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

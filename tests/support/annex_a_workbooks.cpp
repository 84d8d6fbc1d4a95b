#include "support/annex_a_workbooks.h"

#include <string>

namespace hc::testing {

const char* const kAnnexATeamsCsv = "team_id,name,service\nT1,Assessment Team,children\nT2,CIN Team,children\n";
const char* const kAnnexAStaffCsv =
    "staff_id,team_id,role,employment,fte,start_date,name\n"
    "S1,T1,social_worker,permanent,1,2020-01-06,Sam Jones\n"
    "S2,T1,social_worker,permanent,1,2020-01-06,Priya Patel\n"
    "S3,T2,social_worker,agency,1,2021-05-04,Alex Brown\n";

XlsxBuilder quirkyAnnexA() {
  const std::string nbsp = "\xC2\xA0";
  XlsxBuilder book;
  book.sheet("Cover", {{"Annex A"}});
  book.sheet("List 1", {{"Child Unique ID"}, {"C9"}});
  book.sheet("List 3 - Referrals",
             {{"Annex A List 3: referrals in the last six months"},
              {"Extracted 30/04/2025"},
              {"child unique id", "Date of referral ", "Referral NFA ?", "Allocated" + nbsp + "Team",
               "Allocated Worker", "Ethnicity"},
              {"C1", "@2025-04-10", "b) No", "Assessment Team", "Sam" + nbsp + " Jones", "x"},
              {"C2", "03/02/2025", "a) Yes", "assessment  team", "#N/A"},
              {"C3", "2025-03-01", "N", "=CIN Team", "Priya Patel"},
              {"C4", "@14:2025-04-20", "No", "CIN Team", "Alex Brown"},
              {"C5", "25/4/2025", "", "T2", "="}});
  book.sheet("List4", {{"Child Unique ID", "Continuous Assessment Start Date",
                        "Continuous Assessment Date of Authorisation", "Allocated Team", "Allocated Worker"},
                       {"C1", "@2025-04-12", "", "Assessment Team", "SAM JONES"},
                       {"C3", "@2025-03-02", "5/3/2025", "CIN Team", "Priya Patel"}});
  book.sheet("LIST 6", {{"Child Unique ID", "CIN Start Date", "CIN Closure Date", "Allocated Team", "Allocated Worker"},
                        {"C3", "=@2025-03-06", "N/A", "CIN Team", "Unallocated"}});
  return book;
}

}  // namespace hc::testing

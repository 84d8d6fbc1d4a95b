// A hand-written Annex A workbook holding every messiness that
// shared/spec/annex-a.md lists, and the teams and named staff it refers
// to, shared by the import tests (tests/ingest) and the metrics check
// (tests/cli), whose expected figures are worked out by hand from it.
#ifndef HC_TESTS_SUPPORT_ANNEX_A_WORKBOOKS_H_
#define HC_TESTS_SUPPORT_ANNEX_A_WORKBOOKS_H_

#include "support/xlsx_builder.h"

namespace hc::testing {

// teams.csv: T1 "Assessment Team", T2 "CIN Team" (children's).
extern const char* const kAnnexATeamsCsv;
// staff.csv with names: S1 Sam Jones, S2 Priya Patel (T1), S3 Alex Brown (T2).
extern const char* const kAnnexAStaffCsv;

// Extracted 2025-04-30. Title and note rows above list 3's header, header
// variants, a non-breaking space in a name, #N/A, text dates in three
// layouts, formula cells (one without a cached value), "a) Yes" answers, a
// team named by its id, and sheets that are not lists. Its children:
//   C1 referred 2025-04-10, assessment open from 04-12 with Sam Jones (T1)
//   C2 referred 2025-02-03, no further action that day (T1)
//   C3 referred 03-01, assessed 03-02 to 03-05, CIN from 03-06 unallocated (T2)
//   C4 referred 2025-04-20, open with Alex Brown (T2)
//   C5 referred 2025-04-25, worker a formula without a value (T2)
XlsxBuilder quirkyAnnexA();

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_ANNEX_A_WORKBOOKS_H_

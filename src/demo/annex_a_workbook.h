// The demo council's children's services as Ofsted's Annex A workbook
// (shared/spec/annex-a.md), written with libxlsxwriter from the demo's own
// CSV files, so that `healthcheck annex-a import` can be tried (and tested)
// on the same council as the CSV route.
//
// Each children's case becomes a list 3 row (its referral), a list 4 row
// when it has a completed assessment, and a list 6 row from the assessment
// (or referral) to its closure, held by the worker allocated on the extract
// date. Staff get names (addStaffNames) for the worker matching. The
// workbook carries the messiness of real ones: a title row above list 3's
// header, header variants, a #N/A, a non-breaking space in a name and text
// dates.
//
// Thread-safety: plain functions over files; no shared state.
#ifndef HC_DEMO_ANNEX_A_WORKBOOK_H_
#define HC_DEMO_ANNEX_A_WORKBOOK_H_

#include <cstdint>
#include <string>

#include "core/date.h"

namespace hc::demo {

// Adds a `name` column to <dir>/staff.csv: a made-up name per staff_id
// (staffName). Idempotent.
void addStaffNames(const std::string& dir);

// A made-up person's name for a staff_id, the same every time.
std::string staffName(const std::string& staff_id);

// Writes the children's teams' cases in <dir> (teams.csv, staff.csv,
// cases.csv, allocations.csv) as an Annex A workbook extracted on
// `extracted`. Returns the number of children written; throws
// std::runtime_error when a file cannot be read or written.
int64_t writeAnnexA(const std::string& dir, Date extracted, const std::string& xlsx_path);

}  // namespace hc::demo

#endif  // HC_DEMO_ANNEX_A_WORKBOOK_H_

// Reads the lists of an Annex A workbook that the health check uses (3, 4,
// 6, 7 and 8) into episodes per child, as shared/spec/annex-a.md says real
// files must be read: the list found by the number in its sheet's name, the
// header found among the first 10 rows, headers matched in a normal form,
// and every cell read through cell_values.h. Each problem is a Diagnostic
// naming the cell ("List 3!F12: Date of Referral: ...").
//
// Thread-safety: one thread.
#ifndef HC_INGEST_ANNEX_A_LIST_READER_H_
#define HC_INGEST_ANNEX_A_LIST_READER_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "ingest/annex_a/child_case.h"
#include "ingest/diagnostic.h"

namespace hc::ingest::annex_a {

struct ListRow {
  std::string child;  // Child Unique ID; empty when the row has none
  Episode episode;
  std::string raw;    // the row as a rejects-file line (see kRejectsHeader)
  std::string reason;  // the row's first error; empty when it has none
};

// The columns of a rejected row: where it was and what was read from it.
inline constexpr const char* kRejectsHeader =
    "sheet,row,child_unique_id,start_date,end_date,allocated_team,allocated_worker";

struct Lists {
  std::vector<ListRow> rows;
  std::map<std::string, std::vector<size_t>> rows_of_child;  // into rows
  std::set<std::string> invalid_children;  // a row of theirs has an error
  std::vector<size_t> invalid_orphans;     // rows in error without a Child Unique ID
  int64_t rows_read = 0;
  bool usable = true;  // false: the workbook or a list cannot be read at all
};

// Reads the workbook at `path` (as `file` in messages); rows dated after
// `extracted` are errors. Findings go to `out`.
Lists readLists(const std::string& path, Date extracted, DiagnosticList& out);

// The number of the Annex A list a sheet holds, from its name: "List 3",
// "List3", "List 3 - Referrals", "LIST 3" -> 3; 0 when the name has none.
int listNumber(const std::string& sheet_name);

}  // namespace hc::ingest::annex_a

#endif  // HC_INGEST_ANNEX_A_LIST_READER_H_
